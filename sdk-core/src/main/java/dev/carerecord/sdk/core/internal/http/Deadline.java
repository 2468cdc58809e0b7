package dev.carerecord.sdk.core.internal.http;

import java.time.Duration;

/** A point on the monotonic clock by which a call must end. */
final class Deadline {
    private final long endNanos;

    private Deadline(long endNanos) {
        this.endNanos = endNanos;
    }

    static Deadline after(Duration budget) {
        long now = System.nanoTime();
        long nanos = budget.toNanos();
        return new Deadline(now + nanos);
    }

    /** Time left; zero or negative once passed. */
    Duration remaining() {
        return Duration.ofNanos(endNanos - System.nanoTime());
    }

    boolean passed() {
        return endNanos - System.nanoTime() <= 0;
    }
}
