package dev.carerecord.sdk.core.audit;

/** How an attempt or a call ended. */
public enum AuditOutcome {
    /** The source answered with what was asked for. */
    SUCCESS,
    /** An error: the source answered with an error, or no usable answer was had. */
    FAILURE,
    /** The client refused to send the call (e.g. a safety rule); nothing went on the wire. */
    BLOCKED,
    /** The source answered with only part of what was asked for. */
    PARTIAL,
    /** Served from the response cache; nothing went on the wire. */
    CACHE_HIT
}
