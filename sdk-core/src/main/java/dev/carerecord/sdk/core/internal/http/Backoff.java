package dev.carerecord.sdk.core.internal.http;

import dev.carerecord.sdk.core.http.RetryOptions;
import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * The wait before the next attempt: the server's {@code Retry-After} when it sent one, else
 * {@code initial * multiplier^(failures - 1)} capped at the maximum, cut by a random share of up to the jitter.
 */
final class Backoff {
    private final RetryOptions options;
    private final DoubleSupplier random;

    Backoff(RetryOptions options, DoubleSupplier random) {
        this.options = options;
        this.random = random;
    }

    /** The wait after {@code failures} failed attempts (1 or more), without a {@code Retry-After}. */
    Duration after(int failures) {
        double base = options.initialBackoff().toNanos() * Math.pow(options.multiplier(), Math.max(0, failures - 1));
        double capped = Math.min(base, options.maxBackoff().toNanos());
        double jittered = capped * (1.0 - options.jitter() * random.getAsDouble());
        return Duration.ofNanos((long) Math.max(0, jittered));
    }
}
