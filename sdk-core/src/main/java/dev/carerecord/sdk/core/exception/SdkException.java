package dev.carerecord.sdk.core.exception;

import java.util.Optional;

/**
 * Root of every exception the SDK throws. Unchecked, immutable.
 *
 * <p>Two branches: {@link SdkClientException} (no usable response: bad input, connect failure, timeout,
 * truncated or malformed body, circuit open) and {@link ServiceException} (the server answered with an error).
 */
public abstract class SdkException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int attempts;
    private final String correlationId;

    protected SdkException(String message, Throwable cause, int attempts, String correlationId) {
        super(message, cause);
        this.attempts = Math.max(0, attempts);
        this.correlationId = correlationId;
    }

    /** How many times the request was sent before this exception was thrown; 0 when it never went on the wire. */
    public int attempts() {
        return attempts;
    }

    /** The correlation id of the last attempt ({@code Ssp-TraceID}, {@code X-Request-ID}), when one was sent. */
    public Optional<String> correlationId() {
        return Optional.ofNullable(correlationId);
    }
}
