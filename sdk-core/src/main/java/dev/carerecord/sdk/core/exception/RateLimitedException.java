package dev.carerecord.sdk.core.exception;

import java.time.Duration;
import java.util.Optional;

/** The source is rate limiting this client (429). {@link #retryAfter()} says when to try again, if it said. */
public class RateLimitedException extends ServiceException {
    private static final long serialVersionUID = 1L;

    /** An exception for {@code error}, with the standard message (source, status, code, trace id). */
    public RateLimitedException(ServiceError error) {
        super(error);
    }

    /** How long the source asked us to wait ({@code Retry-After}), when it said. */
    public Optional<Duration> retryAfter() {
        return error().retryAfter();
    }
}
