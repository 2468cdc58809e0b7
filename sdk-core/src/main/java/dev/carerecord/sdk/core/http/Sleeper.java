package dev.carerecord.sdk.core.http;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Waits between retry attempts. The pipeline does all its sleeping through this, so tests can record the
 * waits instead of sleeping.
 */
@FunctionalInterface
public interface Sleeper {

    /** Sleeps for {@code duration}; throws when the thread is interrupted. */
    void sleep(Duration duration) throws InterruptedException;

    /** Sleeps on the calling thread. */
    static Sleeper system() {
        return duration -> TimeUnit.NANOSECONDS.sleep(duration.toNanos());
    }
}
