package dev.carerecord.sdk.benchmarks;

import dev.carerecord.sdk.core.http.CorrelationPolicy;
import dev.carerecord.sdk.core.http.HttpMethod;
import dev.carerecord.sdk.core.http.HttpPipeline;
import dev.carerecord.sdk.core.http.PipelineRequest;
import dev.carerecord.sdk.core.RequesterContext;
import dev.carerecord.sdk.gpconnect.GpConnectClient;
import dev.carerecord.sdk.gpconnect.StructuredRecordRequest;
import dev.carerecord.sdk.gpconnect.StructuredRecordResult;
import dev.carerecord.sdk.sandbox.RecordedRequest;
import dev.carerecord.sdk.sandbox.Sandbox;
import dev.carerecord.sdk.sandbox.SandboxRoutes;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.hl7.fhir.dstu3.model.Bundle;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Benchmark 4: {@code GpConnectClient.getStructuredRecord} against the sandbox on loopback (the rich patient at
 * scale 8, about 300 KB), against a bare {@code java.net.http} call carrying the same headers, JWT and body
 * (taken from the request the client sent in setup, {@code Accept-Encoding: gzip} included, with a fresh
 * {@code Ssp-TraceID} per call), gunzipping the answer as the client does, followed by HAPI's parse. A third
 * method splits the gap: the same request through the client's own {@link HttpPipeline} (retry, circuit breaker,
 * audit, gzip) followed by HAPI's parse, without the GP Connect mapping. Run with {@code -t 1} and
 * {@code -t 8}; sample time gives p50/p99, and throughput is threads / mean time (a closed loop).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RoundTripBenchmark {
    /** The sandbox scale: about 300 KB per response. */
    public static final int SCALE = 8;
    /** Headers the HTTP client sets itself (restricted or hop-by-hop), and the trace id, fresh per call. */
    private static final Set<String> NOT_COPIED = Set.of("host", "content-length", "connection", "ssp-traceid",
            "user-agent", "upgrade", "http2-settings", "expect");

    private final RequesterContext requester = GpConnectSetup.requester();
    private final StructuredRecordRequest request = GpConnectSetup.request();
    private Sandbox sandbox;
    private GpConnectClient client;
    private HttpClient bare;
    private URI uri;
    private Map<String, List<String>> headers;
    private byte[] requestBody;
    private HttpPipeline pipeline;

    @Setup
    public void start() {
        sandbox = Sandbox.builder().scale(SCALE).clock(BenchInputs.CLOCK).start();
        pipeline = HttpPipeline.builder().clientName("bench-roundtrip").build();
        client = GpConnectSetup.client(sandbox.urls().gpConnectStructured(GpConnectSetup.PRACTICE.value()), pipeline);
        sdkGetStructuredRecord();
        RecordedRequest sent = sandbox.requests().last(SandboxRoutes.GPC_STRUCTURED).orElseThrow();
        uri = URI.create(sandbox.urls().base() + sent.path() + (sent.rawQuery() == null ? "" : "?" + sent.rawQuery()));
        headers = sent.headers();
        requestBody = sent.body().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        bare = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        bareHttpAndHapiParse();
        pipelineAndHapiParse();
        sandbox.requests().clear();
    }

    @TearDown
    public void stop() {
        client.close();
        pipeline.close();
        sandbox.close();
    }

    @Benchmark
    public StructuredRecordResult sdkGetStructuredRecord() {
        return client.getStructuredRecord(requester, GpConnectSetup.PATIENT, GpConnectSetup.PRACTICE, request);
    }

    /** The client's pipeline carrying the recorded request, then HAPI's parse: the SDK minus the mapping. */
    @Benchmark
    public Bundle pipelineAndHapiParse() {
        PipelineRequest.Builder call = PipelineRequest.builder(HttpMethod.POST, uri.toString()).body(requestBody)
                .idempotent(true).endpointKey("bench-roundtrip").operation("bench.pipeline").source("bench")
                .requester(requester).patient(GpConnectSetup.PATIENT)
                .correlation(CorrelationPolicy.freshPerAttempt("Ssp-TraceID"));
        headers.forEach((name, values) -> {
            if (!NOT_COPIED.contains(name)) {
                values.forEach(v -> call.header(name, v));
            }
        });
        return pipeline.execute(call.build(), response -> Baselines.hapiStu3(response.body()));
    }

    @Benchmark
    public Bundle bareHttpAndHapiParse() {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofByteArray(requestBody));
        headers.forEach((name, values) -> {
            if (!NOT_COPIED.contains(name)) {
                values.forEach(v -> request.header(name, v));
            }
        });
        request.header("Ssp-TraceID", UUID.randomUUID().toString());
        try {
            HttpResponse<byte[]> response = bare.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("the sandbox answered " + response.statusCode());
            }
            byte[] body = response.body();
            if (response.headers().firstValue("Content-Encoding").filter("gzip"::equalsIgnoreCase).isPresent()) {
                try (GZIPInputStream unzip = new GZIPInputStream(new ByteArrayInputStream(body))) {
                    body = unzip.readAllBytes();
                }
            }
            return Baselines.hapiStu3(body);
        } catch (IOException e) {
            throw new IllegalStateException("the bare call failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
