package dev.carerecord.sdk.core.internal.http;

import java.time.Duration;

/** A point on the monotonic clock by which a call must end. */
final class Deadline {
    private final long endNanos;

    private Deadline(long endNanos) {
        this.endNanos = endNanos;
    }

    /** Beyond this a budget is as good as none, and nanosecond arithmetic would overflow. */
    private static final Duration LONGEST = Duration.ofDays(1000);

    static Deadline after(Duration budget) {
        long now = System.nanoTime();
        long nanos = (budget.compareTo(LONGEST) > 0 ? LONGEST : budget).toNanos();
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
