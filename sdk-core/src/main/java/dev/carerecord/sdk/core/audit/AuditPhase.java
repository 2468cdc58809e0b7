package dev.carerecord.sdk.core.audit;

/** Whether an audit event reports one attempt on the wire or the whole call. */
public enum AuditPhase {
    /** One attempt sent to the source (one per attempt, retries included). */
    ATTEMPT,
    /** The call's result (exactly one per call: cache hits and blocked calls included). */
    OUTCOME
}
