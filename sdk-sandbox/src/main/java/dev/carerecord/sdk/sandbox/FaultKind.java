package dev.carerecord.sdk.sandbox;

/** What an injected fault does to a matching request. */
public enum FaultKind {
    /** Wait, then serve the request normally (combines with one other fault). */
    LATENCY,
    /** Answer with an error status (e.g. 500, 502, 503, 504) and the API's OperationOutcome body. */
    STATUS,
    /** Answer 429 with a {@code Retry-After} header in seconds. */
    TOO_MANY_REQUESTS,
    /** Close the connection without sending any response. */
    RESET,
    /** Declare the full Content-Length, send about half the body, then close the connection. */
    TRUNCATE,
    /** Hold the request until the fault is cleared, the sandbox stops or the hang cap passes. */
    HANG,
    /**
     * Serve the request, then replace the response body with a rewrite of it (status and headers kept): a source
     * that answers with faulty content. Java API only.
     */
    REWRITE,
    /**
     * Answer with a named GP Connect provider error ({@link GpConnectError}) as a GPConnect-OperationOutcome-1;
     * on routes of other APIs, with that API's error for the same status.
     */
    GPCONNECT_ERROR
}
