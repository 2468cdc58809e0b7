package dev.carerecord.sdk.core.http;

/** The state of an endpoint's circuit breaker. */
public enum CircuitState {
    /** Calls flow; failures are counted. */
    CLOSED,
    /** Calls fail fast with {@code CircuitOpenException}. */
    OPEN,
    /** A few probe calls are let through to decide whether to close again. */
    HALF_OPEN,
    /** Circuit breaking is off, or forced by an operator. */
    DISABLED
}
