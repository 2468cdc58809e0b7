package dev.carerecord.sdk.core.http;

import static dev.carerecord.sdk.core.http.TestSupport.PATIENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.carerecord.sdk.core.audit.AuditEvent;
import dev.carerecord.sdk.core.audit.AuditOutcome;
import dev.carerecord.sdk.core.audit.AuditPhase;
import dev.carerecord.sdk.core.cache.CachePolicy;
import dev.carerecord.sdk.core.exception.ConnectionFailedException;
import dev.carerecord.sdk.core.exception.InvalidInputException;
import dev.carerecord.sdk.core.exception.PatientNotFoundException;
import dev.carerecord.sdk.testing.Reply;
import dev.carerecord.sdk.testing.ScriptedHttpServer;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuditTest {
    private static final String SECRET_BODY = "CLINICAL-CONTENT-Asthma-diagnosis";
    private static final String NOT_FOUND = """
            {"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"not-found",
             "details":{"coding":[{"code":"PATIENT_NOT_FOUND","display":"Patient not found"}]}}]}""";

    private ScriptedHttpServer server;
    private TestSupport.RecordingSink sink;
    private TestSupport.RecordingListener listener;
    private HttpPipeline pipeline;

    @BeforeEach
    void start() {
        server = ScriptedHttpServer.start();
        sink = new TestSupport.RecordingSink();
        listener = new TestSupport.RecordingListener();
        pipeline = HttpPipeline.builder().clientName("audit-test").auditSink(sink).addListener(listener)
                .sleeper(new TestSupport.RecordingSleeper()).build();
    }

    @AfterEach
    void stop() {
        pipeline.close();
        server.close();
    }

    private PipelineRequest.Builder request(String path) {
        return TestSupport.get(server.baseUrl() + path).source("GP Connect A81001").operation("structured")
                .endpointKey("gpc-A81001").patient(PATIENT);
    }

    @Test
    void success_oneAttemptAndOneOutcome_withWhoWhatWhy() {
        server.on("/ok", Reply.json(200, "{\"text\":\"" + SECRET_BODY + "\"}"));

        pipeline.execute(request("/ok").build(), HttpResponse::bodyText);

        assertThat(sink.events).extracting(AuditEvent::phase).containsExactly(AuditPhase.ATTEMPT, AuditPhase.OUTCOME);
        AuditEvent outcome = sink.events.get(1);
        assertThat(outcome.outcome()).isEqualTo(AuditOutcome.SUCCESS);
        assertThat(outcome.userId().value()).isEqualTo("111222333444");
        assertThat(outcome.roleProfileId().value()).isEqualTo("555666777888");
        assertThat(outcome.organisation().value()).isEqualTo("A81001");
        assertThat(outcome.purposeOfUse().value()).isEqualTo("directcare");
        assertThat(outcome.patient()).contains(PATIENT);
        assertThat(outcome.source()).isEqualTo("GP Connect A81001");
        assertThat(outcome.operation()).isEqualTo("structured");
        assertThat(outcome.endpointKey()).isEqualTo("gpc-A81001");
        assertThat(outcome.httpStatus()).hasValue(200);
        assertThat(outcome.attempt()).isEqualTo(1);
        assertThat(outcome.correlationId()).isEqualTo(sink.events.get(0).correlationId());
        assertThat(outcome.clientName()).isEqualTo("audit-test");
        assertThat(sink.events).allSatisfy(e -> assertThat(e.toString()).doesNotContain(SECRET_BODY)
                .doesNotContain(PATIENT.value()));
    }

    @Test
    void serviceFailureAfterRetries_oneAttemptEventPerAttempt_thenAFailureOutcomeWithTheCode() {
        server.on("/busy", Reply.status(503), Reply.json(404, NOT_FOUND));

        assertThatThrownBy(() -> pipeline.execute(request("/busy").build(), r -> r))
                .isInstanceOf(PatientNotFoundException.class);

        assertThat(sink.events).extracting(AuditEvent::phase)
                .containsExactly(AuditPhase.ATTEMPT, AuditPhase.ATTEMPT, AuditPhase.OUTCOME);
        assertThat(sink.events).extracting(AuditEvent::attempt).containsExactly(1, 2, 2);
        assertThat(sink.events).extracting(e -> e.httpStatus().getAsInt()).containsExactly(503, 404, 404);
        AuditEvent outcome = sink.events.get(2);
        assertThat(outcome.outcome()).isEqualTo(AuditOutcome.FAILURE);
        assertThat(outcome.errorCode()).contains("PATIENT_NOT_FOUND");
        assertThat(outcome.errorType()).contains("PatientNotFoundException");
    }

    @Test
    void clientSideFailure_isAuditedWithItsType() {
        server.on("/gone", Reply.closeConnection());

        assertThatThrownBy(() -> pipeline.execute(request("/gone").build(), r -> r))
                .isInstanceOf(ConnectionFailedException.class);

        List<AuditEvent> attempts = sink.events.stream().filter(e -> e.phase() == AuditPhase.ATTEMPT).toList();
        assertThat(attempts).hasSize(3).allSatisfy(e -> {
            assertThat(e.outcome()).isEqualTo(AuditOutcome.FAILURE);
            assertThat(e.httpStatus()).isEmpty();
            assertThat(e.errorType()).contains("ConnectionFailedException");
        });
        AuditEvent outcome = sink.events.get(sink.events.size() - 1);
        assertThat(outcome.phase()).isEqualTo(AuditPhase.OUTCOME);
        assertThat(outcome.outcome()).isEqualTo(AuditOutcome.FAILURE);
        assertThat(outcome.attempt()).isEqualTo(3);
    }

    @Test
    void cacheHit_isOneOutcomeEventAndNoAttempt() {
        server.on("/ref", Reply.json(200, "{}"));
        PipelineRequest request = request("/ref").cachePolicy(CachePolicy.referenceData()).build();
        pipeline.execute(request, HttpResponse::bodyText);
        sink.events.clear();

        pipeline.execute(request, HttpResponse::bodyText);

        assertThat(sink.events).singleElement().satisfies(e -> {
            assertThat(e.phase()).isEqualTo(AuditPhase.OUTCOME);
            assertThat(e.outcome()).isEqualTo(AuditOutcome.CACHE_HIT);
            assertThat(e.attempt()).isZero();
        });
        assertThat(listener.calls.get(listener.calls.size() - 1).outcome()).isEqualTo(AuditOutcome.CACHE_HIT);
    }

    @Test
    void blockedCall_isAuditedWithItsReason_andNothingIsSent() {
        pipeline.auditBlocked(request("/never").build(), "patient is S-flagged: record withheld 9434765919");

        assertThat(server.requests()).isEmpty();
        assertThat(sink.events).singleElement().satisfies(e -> {
            assertThat(e.phase()).isEqualTo(AuditPhase.OUTCOME);
            assertThat(e.outcome()).isEqualTo(AuditOutcome.BLOCKED);
            assertThat(e.detail()).hasValueSatisfying(d -> assertThat(d).contains("S-flagged")
                    .doesNotContain("9434765919"));
            assertThat(e.attempt()).isZero();
        });
        assertThat(listener.calls).singleElement().extracting(CallCompletedEvent::outcome)
                .isEqualTo(AuditOutcome.BLOCKED);
        assertThatThrownBy(() -> pipeline.auditBlocked(request("/never").build(), " "))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void partialResults_areAuditedAsPartial() {
        server.on("/part", Reply.json(200, "{\"warning\":true}"));

        pipeline.execute(request("/part").build(),
                ResponseHandler.withPartial(HttpResponse::bodyText, body -> body.contains("warning")));

        assertThat(sink.events.get(sink.events.size() - 1).outcome()).isEqualTo(AuditOutcome.PARTIAL);
    }

    @Test
    void sequenceNumbers_increase() {
        server.on("/ok", Reply.json(200, "{}"));
        for (int i = 0; i < 5; i++) {
            pipeline.execute(request("/ok").build(), r -> r);
        }
        pipeline.auditBlocked(request("/ok").build(), "rule");

        List<Long> sequence = sink.events.stream().map(AuditEvent::sequence).toList();
        assertThat(sequence).hasSize(11).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void aFailingSink_neverFailsTheCall() {
        server.on("/ok", Reply.json(200, "{}"));
        try (HttpPipeline p = HttpPipeline.builder().clientName("bad-sink").auditSink(e -> {
            throw new IllegalStateException("sink down");
        }).build()) {
            assertThat(p.execute(request("/ok").build(), HttpResponse::bodyText)).isEqualTo("{}");
        }
    }

    @Test
    void completedCallEvents_reportOutcomeAttemptsAndStatus() {
        server.on("/ok", Reply.status(502), Reply.json(200, "{}"));

        pipeline.execute(request("/ok").build(), r -> r);

        assertThat(listener.calls).singleElement().satisfies(c -> {
            assertThat(c.outcome()).isEqualTo(AuditOutcome.SUCCESS);
            assertThat(c.attempts()).isEqualTo(2);
            assertThat(c.status()).hasValue(200);
            assertThat(c.endpointKey()).isEqualTo("gpc-A81001");
        });
    }
}
