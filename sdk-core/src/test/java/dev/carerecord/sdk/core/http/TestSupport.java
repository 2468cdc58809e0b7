package dev.carerecord.sdk.core.http;

import dev.carerecord.sdk.core.RequesterContext;
import dev.carerecord.sdk.core.audit.AuditEvent;
import dev.carerecord.sdk.core.audit.AuditSink;
import dev.carerecord.sdk.core.ids.NhsNumber;
import dev.carerecord.sdk.core.ids.OdsCode;
import dev.carerecord.sdk.core.ids.SdsRoleProfileId;
import dev.carerecord.sdk.core.ids.SdsUserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/** Shared pieces for pipeline tests: requesters, recording sleeper, sink and listener, a movable clock. */
final class TestSupport {
    /** A valid test NHS number (check digit correct). */
    static final NhsNumber PATIENT = NhsNumber.parse("9434765919");
    static final NhsNumber OTHER_PATIENT = NhsNumber.parse("9000000009");

    private TestSupport() {
    }

    static RequesterContext requester() {
        return RequesterContext.builder()
                .sdsUserId(SdsUserId.of("111222333444"))
                .sdsRoleProfileId(SdsRoleProfileId.of("555666777888"))
                .familyName("Sharp").givenNames("Alex").namePrefixes("Dr")
                .localUser("user-42", "https://consumer.example/users")
                .practitionerId("practitioner-42")
                .organisation(OdsCode.of("A81001"))
                .organisationName("Example Practice")
                .build();
    }

    static PipelineRequest.Builder get(String url) {
        return PipelineRequest.builder(HttpMethod.GET, url)
                .source("Test Source").operation("read").requester(requester());
    }

    static PipelineRequest.Builder post(String url, String body) {
        return PipelineRequest.builder(HttpMethod.POST, url)
                .source("Test Source").operation("write").requester(requester())
                .header("Content-Type", "application/fhir+json")
                .body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Records waits instead of sleeping. */
    static final class RecordingSleeper implements Sleeper {
        final List<Duration> sleeps = new CopyOnWriteArrayList<>();

        @Override
        public void sleep(Duration duration) {
            sleeps.add(duration);
        }
    }

    /** Keeps every audit event. */
    static final class RecordingSink implements AuditSink {
        final List<AuditEvent> events = new CopyOnWriteArrayList<>();

        @Override
        public void record(AuditEvent event) {
            events.add(event);
        }
    }

    /** Keeps every listener event. */
    static final class RecordingListener implements PipelineListener {
        final List<RetryEvent> retries = new CopyOnWriteArrayList<>();
        final List<CircuitStateEvent> circuits = new CopyOnWriteArrayList<>();
        final List<CallCompletedEvent> calls = new CopyOnWriteArrayList<>();

        @Override
        public void onRetry(RetryEvent event) {
            retries.add(event);
        }

        @Override
        public void onCircuitStateChange(CircuitStateEvent event) {
            circuits.add(event);
        }

        @Override
        public void onCallCompleted(CallCompletedEvent event) {
            calls.add(event);
        }
    }

    /** A clock tests move by hand. */
    static final class MutableClock extends Clock {
        private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2025-01-15T10:00:00Z"));

        void advance(Duration by) {
            now.updateAndGet(t -> t.plus(by));
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }
}
