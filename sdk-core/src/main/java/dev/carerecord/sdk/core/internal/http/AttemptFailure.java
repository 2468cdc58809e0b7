package dev.carerecord.sdk.core.internal.http;

import dev.carerecord.sdk.core.exception.SdkException;
import java.time.Duration;
import java.util.Optional;

/**
 * One failed attempt, as the retry driver sees it: the SDK exception to throw if no retry follows, whether a
 * retry is allowed, and the server's {@code Retry-After}. Never reaches callers.
 */
final class AttemptFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient SdkException failure;
    private final boolean retryable;
    private final transient Optional<Duration> retryAfter;
    private final String reason;

    AttemptFailure(SdkException failure, boolean retryable, Optional<Duration> retryAfter, String reason) {
        super(null, null, false, false);
        this.failure = failure;
        this.retryable = retryable;
        this.retryAfter = retryAfter;
        this.reason = reason;
    }

    SdkException failure() {
        return failure;
    }

    boolean retryable() {
        return retryable;
    }

    Optional<Duration> retryAfter() {
        return retryAfter;
    }

    /** Why the attempt failed, for events and logs: {@code "status 503"} or the exception's simple name. */
    String reason() {
        return reason;
    }
}
