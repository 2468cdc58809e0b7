package dev.carerecord.sdk.core.internal.http;

import dev.carerecord.sdk.core.RequesterContext;
import dev.carerecord.sdk.core.audit.AuditEvent;
import dev.carerecord.sdk.core.audit.AuditOutcome;
import dev.carerecord.sdk.core.audit.AuditPhase;
import dev.carerecord.sdk.core.audit.AuditSink;
import dev.carerecord.sdk.core.exception.ErrorCode;
import dev.carerecord.sdk.core.exception.SdkException;
import dev.carerecord.sdk.core.exception.ServiceException;
import dev.carerecord.sdk.core.http.PipelineRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes audit events (sequence numbers increase across the process) and hands them to the sink. A failing
 * sink is logged, by exception type only, and never fails the call.
 */
final class Auditor {
    private static final Logger LOG = LoggerFactory.getLogger(Auditor.class);
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private final String clientName;
    private final AuditSink sink;
    private final Clock clock;

    Auditor(String clientName, AuditSink sink, Clock clock) {
        this.clientName = clientName;
        this.sink = sink;
        this.clock = clock;
    }

    /** One attempt that went on the wire. */
    void attempt(PipelineRequest request, String correlationId, int attempt, Integer status, SdkException error,
            Duration took) {
        AuditOutcome outcome = error == null ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE;
        emit(base(request, AuditPhase.ATTEMPT, outcome, correlationId, attempt, status, error, took));
    }

    /** The end of a call. */
    void outcome(PipelineRequest request, AuditOutcome outcome, String correlationId, int attempts, Integer status,
            SdkException error, String detail, Duration took) {
        emit(base(request, AuditPhase.OUTCOME, outcome, correlationId, attempts, status, error, took)
                .detail(detail));
    }

    private AuditEvent.Builder base(PipelineRequest request, AuditPhase phase, AuditOutcome outcome,
            String correlationId, int attempt, Integer status, SdkException error, Duration took) {
        RequesterContext r = request.requester();
        if (status == null && error instanceof ServiceException se) {
            status = se.statusCode();
        }
        return AuditEvent.builder()
                .clientName(clientName)
                .phase(phase)
                .outcome(outcome)
                .requester(r.sdsUserId(), r.sdsRoleProfileId(), r.organisation(), r.purposeOfUse())
                .consumerAsid(r.consumerAsid().orElse(null))
                .patient(request.patient().orElse(null))
                .target(request.source(), request.operation(), request.endpointKey())
                .correlationId(correlationId)
                .attempt(attempt)
                .httpStatus(status)
                .errorCode(error instanceof ServiceException se ? se.errorCode().map(ErrorCode::value).orElse(null)
                        : null)
                .errorType(error == null ? null : error.getClass().getSimpleName())
                .duration(took);
    }

    private void emit(AuditEvent.Builder event) {
        // The sequence is taken last so that events reach the sink in sequence order per thread.
        AuditEvent built = event.sequence(SEQUENCE.incrementAndGet()).timestamp(clock.instant()).build();
        try {
            sink.record(built);
        } catch (RuntimeException e) {
            LOG.warn("Audit sink {} failed with {}; the call went on", sink.getClass().getName(),
                    e.getClass().getName());
        }
    }
}
