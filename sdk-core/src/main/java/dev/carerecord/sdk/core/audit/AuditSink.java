package dev.carerecord.sdk.core.audit;

/**
 * Receives audit events: who asked for which patient's data, from which source, why, and what happened.
 * Implementations must be thread-safe and quick (they run on the calling thread); an exception they throw is
 * logged and ignored, never failing the call. The default is {@link Slf4jAuditSink}.
 */
@FunctionalInterface
public interface AuditSink {

    /** Records {@code event}. */
    void record(AuditEvent event);
}
