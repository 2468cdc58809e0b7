package dev.carerecord.sdk.core.http;

import static dev.carerecord.sdk.core.http.TestSupport.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.carerecord.sdk.core.exception.InvalidInputException;
import dev.carerecord.sdk.core.exception.SourceUnavailableException;
import dev.carerecord.sdk.testing.RecordedRequest;
import dev.carerecord.sdk.testing.Reply;
import dev.carerecord.sdk.testing.ScriptedHttpServer;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CorrelationTest {
    private ScriptedHttpServer server;
    private HttpPipeline pipeline;

    @BeforeEach
    void start() {
        server = ScriptedHttpServer.start();
        pipeline = HttpPipeline.builder().clientName("correlation-test")
                .circuitBreakerOptions(CircuitBreakerOptions.disabled())
                .auditSink(new TestSupport.RecordingSink()).sleeper(new TestSupport.RecordingSleeper()).build();
    }

    @AfterEach
    void stop() {
        pipeline.close();
        server.close();
    }

    @Test
    void stableAcrossRetries_sendsOneUuidOnEveryAttempt() {
        server.on("/r", Reply.status(503), Reply.status(503), Reply.json(200, "{}"));

        HttpResponse response = pipeline.execute(get(server.baseUrl() + "/r")
                .correlation(CorrelationPolicy.stableAcrossRetries("X-Request-ID")).build(), r -> r);

        List<String> ids = server.requests("/r").stream().map(r -> r.header("X-Request-ID").orElseThrow()).toList();
        assertThat(ids).hasSize(3).containsOnly(ids.get(0));
        assertThat(UUID.fromString(ids.get(0))).isNotNull();
        assertThat(response.correlationId()).isEqualTo(ids.get(0));
    }

    @Test
    void freshPerAttempt_sendsANewUuidOnEachAttempt() {
        server.on("/r", Reply.status(502), Reply.status(502), Reply.json(200, "{}"));

        HttpResponse response = pipeline.execute(get(server.baseUrl() + "/r")
                .correlation(CorrelationPolicy.freshPerAttempt("Ssp-TraceID")).build(), r -> r);

        List<String> ids = server.requests("/r").stream().map(r -> r.header("Ssp-TraceID").orElseThrow()).toList();
        assertThat(ids).hasSize(3).doesNotHaveDuplicates();
        ids.forEach(id -> assertThat(UUID.fromString(id)).isNotNull());
        assertThat(response.correlationId()).isEqualTo(ids.get(2));
    }

    @Test
    void failedCall_reportsTheLastCorrelationIdSent() {
        server.on("/r", Reply.status(503));

        assertThatThrownBy(() -> pipeline.execute(get(server.baseUrl() + "/r")
                .correlation(CorrelationPolicy.freshPerAttempt("Ssp-TraceID")).build(), r -> r))
                .isInstanceOfSatisfying(SourceUnavailableException.class, e -> assertThat(e.correlationId())
                        .contains(server.requests("/r").get(2).header("Ssp-TraceID").orElseThrow()));
    }

    @Test
    void perAttemptHeaders_areCalledOncePerAttempt_withThatAttemptsCorrelationId() {
        server.on("/r", Reply.status(503), Reply.status(504), Reply.json(200, "{}"));
        List<String> calls = new CopyOnWriteArrayList<>();

        pipeline.execute(get(server.baseUrl() + "/r")
                .correlation(CorrelationPolicy.freshPerAttempt("Ssp-TraceID"))
                .header("Authorization", "Bearer static")
                .attemptHeaders((attempt, correlationId) -> {
                    calls.add(attempt + ":" + correlationId);
                    return Map.of("Authorization", "Bearer jwt-" + attempt);
                }).build(), r -> r);

        List<RecordedRequest> sent = server.requests("/r");
        assertThat(calls).hasSize(3);
        for (int i = 0; i < 3; i++) {
            RecordedRequest request = sent.get(i);
            assertThat(calls.get(i)).isEqualTo((i + 1) + ":" + request.header("Ssp-TraceID").orElseThrow());
            assertThat(request.headers().get("Authorization")).containsExactly("Bearer jwt-" + (i + 1));
        }
    }

    @Test
    void noCorrelationPolicy_sendsNoHeaderButStillReportsAnId() {
        server.on("/r", Reply.json(200, "{}"));

        HttpResponse response = pipeline.execute(get(server.baseUrl() + "/r").build(), r -> r);

        assertThat(response.correlationId()).isNotBlank();
        assertThat(server.requests("/r").get(0).headers().keySet())
                .noneMatch(h -> h.equalsIgnoreCase("X-Request-ID") || h.equalsIgnoreCase("Ssp-TraceID"));
    }

    @Test
    void correlationHeaderAlsoSetByHand_isRefusedBeforeSending() {
        assertThatThrownBy(() -> get(server.baseUrl() + "/r").header("x-request-id", "mine")
                .correlation(CorrelationPolicy.stableAcrossRetries("X-Request-ID")).build())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("correlation");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void perAttemptHeaderWithALineBreak_isRefused() {
        server.on("/r", Reply.json(200, "{}"));

        assertThatThrownBy(() -> pipeline.execute(get(server.baseUrl() + "/r")
                .attemptHeaders((a, c) -> Map.of("X-Bad", "a\r\nInjected: yes")).build(), r -> r))
                .isInstanceOf(InvalidInputException.class);
        assertThat(server.requests()).isEmpty();
    }
}
