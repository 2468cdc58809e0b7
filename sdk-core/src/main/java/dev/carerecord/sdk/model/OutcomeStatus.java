package dev.carerecord.sdk.model;

/** How asking one source went. */
public enum OutcomeStatus {
    /** Everything asked for came back. */
    SUCCESS,
    /** Something came back, with warnings or with some parts failed. */
    PARTIAL,
    /** The SDK did not ask: a safety rule or policy blocked the call (it was still audited). */
    BLOCKED,
    /** Asking failed; nothing from this source is in the record. */
    FAILED
}
