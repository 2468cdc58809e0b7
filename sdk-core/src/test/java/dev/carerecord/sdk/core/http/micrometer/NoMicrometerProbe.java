package dev.carerecord.sdk.core.http.micrometer;

import dev.carerecord.sdk.core.RequesterContext;
import dev.carerecord.sdk.core.http.HttpMethod;
import dev.carerecord.sdk.core.http.HttpPipeline;
import dev.carerecord.sdk.core.http.HttpResponse;
import dev.carerecord.sdk.core.http.PipelineRequest;
import dev.carerecord.sdk.core.ids.OdsCode;
import dev.carerecord.sdk.core.ids.SdsUserId;

/** Loaded in a class loader without Micrometer: builds a pipeline and makes one call. */
public final class NoMicrometerProbe {
    private NoMicrometerProbe() {
    }

    /** The status of a GET to {@code url}. */
    public static int call(String url) {
        try (HttpPipeline pipeline = HttpPipeline.builder().clientName("no-micrometer").auditSink(e -> { }).build()) {
            RequesterContext requester = RequesterContext.builder().sdsUserId(SdsUserId.UNKNOWN)
                    .organisation(OdsCode.of("X26")).build();
            return pipeline.execute(PipelineRequest.builder(HttpMethod.GET, url).source("s").operation("o")
                    .requester(requester).build(), HttpResponse::status);
        }
    }
}
