package dev.carerecord.sdk.core.http;

import java.util.Objects;
import java.util.Optional;

/**
 * Which header carries the request's correlation id (a random UUID) and whether retries reuse it.
 * PDS and NRL want {@code X-Request-ID} kept across retries (they de-duplicate on it):
 * {@link #stableAcrossRetries(String)}. GP Connect wants a new {@code Ssp-TraceID} per attempt:
 * {@link #freshPerAttempt(String)}. With {@link #none()} an id is still made, for audit and logs, but not sent.
 */
public final class CorrelationPolicy {
    /** Whether retries of one call reuse the correlation id. */
    public enum Mode {
        /** Every attempt of a call sends the same id. */
        STABLE_ACROSS_RETRIES,
        /** Every attempt sends a new id. */
        FRESH_PER_ATTEMPT
    }

    private static final CorrelationPolicy NONE = new CorrelationPolicy(null, Mode.STABLE_ACROSS_RETRIES);

    private final String headerName;
    private final Mode mode;

    private CorrelationPolicy(String headerName, Mode mode) {
        this.headerName = headerName;
        this.mode = mode;
    }

    /** One id per call, sent in {@code headerName} on every attempt. */
    public static CorrelationPolicy stableAcrossRetries(String headerName) {
        return new CorrelationPolicy(requireHeader(headerName), Mode.STABLE_ACROSS_RETRIES);
    }

    /** A new id per attempt, sent in {@code headerName}. */
    public static CorrelationPolicy freshPerAttempt(String headerName) {
        return new CorrelationPolicy(requireHeader(headerName), Mode.FRESH_PER_ATTEMPT);
    }

    /** No header: the id (one per call) only appears in audit events, logs and exceptions. */
    public static CorrelationPolicy none() {
        return NONE;
    }

    /** The header the id is sent in, if any. */
    public Optional<String> headerName() {
        return Optional.ofNullable(headerName);
    }

    /** Whether retries reuse the id. */
    public Mode mode() {
        return mode;
    }

    private static String requireHeader(String headerName) {
        Objects.requireNonNull(headerName, "headerName");
        if (headerName.isBlank()) {
            throw new IllegalArgumentException("headerName is blank");
        }
        return headerName.strip();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CorrelationPolicy p && Objects.equals(p.headerName, headerName) && p.mode == mode;
    }

    @Override
    public int hashCode() {
        return Objects.hash(headerName, mode);
    }

    @Override
    public String toString() {
        return "CorrelationPolicy[" + (headerName == null ? "none" : headerName + ", " + mode) + "]";
    }
}
