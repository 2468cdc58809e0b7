package dev.carerecord.sdk.core.http.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.carerecord.sdk.core.RequesterContext;
import dev.carerecord.sdk.core.http.CircuitBreakerOptions;
import dev.carerecord.sdk.core.http.HttpMethod;
import dev.carerecord.sdk.core.http.HttpPipeline;
import dev.carerecord.sdk.core.http.PipelineRequest;
import dev.carerecord.sdk.core.http.RetryOptions;
import dev.carerecord.sdk.core.ids.OdsCode;
import dev.carerecord.sdk.core.ids.SdsUserId;
import dev.carerecord.sdk.testing.Reply;
import dev.carerecord.sdk.testing.ScriptedHttpServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

class MicrometerPipelineListenerTest {
    @Test
    void callsRetriesAndCircuitChanges_becomeMeters() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (ScriptedHttpServer server = ScriptedHttpServer.start();
             HttpPipeline pipeline = HttpPipeline.builder().clientName("metrics-test")
                     .addListener(new MicrometerPipelineListener(registry))
                     .retryOptions(RetryOptions.builder().maxAttempts(2).build())
                     .circuitBreakerOptions(CircuitBreakerOptions.builder().slidingWindowSize(2)
                             .minimumNumberOfCalls(2).build())
                     .auditSink(e -> { })
                     .sleeper(d -> { }).build()) {
            server.on("/ok", Reply.status(503), Reply.json(200, "{}"));
            server.on("/down", Reply.status(503));
            RequesterContext requester = RequesterContext.builder().sdsUserId(SdsUserId.UNKNOWN)
                    .organisation(OdsCode.of("X26")).build();

            pipeline.execute(request(server.baseUrl() + "/ok", "ep-1", requester), r -> r);
            assertThatThrownBy(() -> pipeline.execute(request(server.baseUrl() + "/down", "ep-2", requester), r -> r))
                    .isInstanceOf(RuntimeException.class);
        }

        assertThat(registry.get("carerecord.http.calls").tags("client", "metrics-test", "endpoint", "ep-1",
                "outcome", "SUCCESS").timer().count()).isEqualTo(1);
        assertThat(registry.get("carerecord.http.calls").tags("endpoint", "ep-2", "outcome", "FAILURE").timer()
                .count()).isEqualTo(1);
        assertThat(registry.get("carerecord.http.retries").tags("endpoint", "ep-1").counter().count()).isEqualTo(1);
        assertThat(registry.get("carerecord.http.circuit.transitions").tags("endpoint", "ep-2", "to", "OPEN")
                .counter().count()).isEqualTo(1);
        assertThat(registry.get("carerecord.http.circuit.state").tags("endpoint", "ep-2").gauge().value())
                .isEqualTo(1.0);
    }

    private static PipelineRequest request(String url, String endpoint, RequesterContext requester) {
        return PipelineRequest.builder(HttpMethod.GET, url).source("s").operation("o").requester(requester)
                .endpointKey(endpoint).build();
    }
}
