package dev.carerecord.sdk.core.http;

import java.time.Duration;

/**
 * Limits concurrent attempts per endpoint key, so one slow source cannot take every thread. An attempt that
 * finds no free slot within {@link #maxWait()} fails with {@code BulkheadFullException} without going on the
 * wire. Slots are held per attempt, not while waiting to retry. Immutable.
 */
public final class BulkheadOptions {
    private static final BulkheadOptions DEFAULTS = builder().build();

    private final boolean enabled;
    private final int maxConcurrentCalls;
    private final Duration maxWait;

    private BulkheadOptions(Builder b) {
        this.enabled = b.enabled;
        this.maxConcurrentCalls = b.maxConcurrentCalls;
        this.maxWait = b.maxWait;
    }

    /** On; 16 concurrent attempts per endpoint key; no waiting for a slot. */
    public static BulkheadOptions defaults() {
        return DEFAULTS;
    }

    /** No limit. */
    public static BulkheadOptions disabled() {
        return builder().enabled(false).build();
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** Whether the limit applies. Default true. */
    public boolean enabled() {
        return enabled;
    }

    /** Concurrent attempts allowed per endpoint key. Default 16. */
    public int maxConcurrentCalls() {
        return maxConcurrentCalls;
    }

    /** Longest wait for a free slot. Default 0: fail at once. */
    public Duration maxWait() {
        return maxWait;
    }

    @Override
    public String toString() {
        return "BulkheadOptions[enabled=" + enabled + ", maxConcurrentCalls=" + maxConcurrentCalls
                + ", maxWait=" + maxWait + "]";
    }

    /** Collects {@link BulkheadOptions}. Not thread-safe. */
    public static final class Builder {
        private boolean enabled = true;
        private int maxConcurrentCalls = 16;
        private Duration maxWait = Duration.ZERO;

        private Builder() {
        }

        /** Whether the limit applies. */
        public Builder enabled(boolean value) {
            this.enabled = value;
            return this;
        }

        /** Concurrent attempts per endpoint key, at least 1. */
        public Builder maxConcurrentCalls(int value) {
            this.maxConcurrentCalls = Options.atLeast(value, 1, "maxConcurrentCalls");
            return this;
        }

        /** Longest wait for a slot; not negative. */
        public Builder maxWait(Duration value) {
            this.maxWait = Options.notNegative(value, "maxWait");
            return this;
        }

        /** The options. */
        public BulkheadOptions build() {
            return new BulkheadOptions(this);
        }
    }
}
