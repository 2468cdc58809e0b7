package dev.carerecord.sdk.fhir.internal.shcr;

import dev.carerecord.sdk.core.exception.DeadlineExceededException;
import java.time.Duration;

/** A deadline on the monotonic clock, shared by every call of one operation. Not part of the public API. */
public final class Deadline {
    private final long endNanos;
    private final Duration total;

    private Deadline(Duration total) {
        this.total = total;
        this.endNanos = System.nanoTime() + total.toNanos();
    }

    /** A deadline {@code total} from now. */
    public static Deadline in(Duration total) {
        return new Deadline(total);
    }

    /** The time left (zero or negative once passed). */
    public Duration remaining() {
        return Duration.ofNanos(endNanos - System.nanoTime());
    }

    /**
     * The time left, for the next call.
     *
     * @throws DeadlineExceededException when none is left
     */
    public Duration require(String what) {
        Duration left = remaining();
        if (left.isNegative() || left.isZero()) {
            throw new DeadlineExceededException("the " + total.toMillis() + " ms deadline passed before " + what,
                    null, 0, null);
        }
        return left;
    }

    /** The whole deadline. */
    public Duration total() {
        return total;
    }
}
