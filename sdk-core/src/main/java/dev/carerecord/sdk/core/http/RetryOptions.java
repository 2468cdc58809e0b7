package dev.carerecord.sdk.core.http;

import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

/**
 * When and how failed attempts are repeated. Only requests that are safe to repeat are retried (idempotent
 * methods, or writes carrying an idempotency key), only on connection failures, attempt timeouts, truncated
 * bodies and the {@link #retryStatuses()}, with capped exponential backoff and jitter. A server's
 * {@code Retry-After} is honoured instead of the backoff; a wait that would pass the call's deadline, or a
 * {@code Retry-After} longer than {@link #maxRetryAfter()}, ends the retries. Immutable.
 */
public final class RetryOptions {
    private static final RetryOptions DEFAULTS = builder().build();

    private final int maxAttempts;
    private final Duration initialBackoff;
    private final double multiplier;
    private final Duration maxBackoff;
    private final double jitter;
    private final Set<Integer> retryStatuses;
    private final Duration maxRetryAfter;

    private RetryOptions(Builder b) {
        this.maxAttempts = b.maxAttempts;
        this.initialBackoff = b.initialBackoff;
        this.multiplier = b.multiplier;
        this.maxBackoff = b.maxBackoff;
        this.jitter = b.jitter;
        this.retryStatuses = Set.copyOf(b.retryStatuses);
        this.maxRetryAfter = b.maxRetryAfter;
    }

    /** 3 attempts, 250 ms doubling to 5 s, jitter 0.5, statuses 408/429/502/503/504, Retry-After up to 30 s. */
    public static RetryOptions defaults() {
        return DEFAULTS;
    }

    /** One attempt only: nothing is retried. */
    public static RetryOptions disabled() {
        return builder().maxAttempts(1).build();
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these options. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.maxAttempts = maxAttempts;
        b.initialBackoff = initialBackoff;
        b.multiplier = multiplier;
        b.maxBackoff = maxBackoff;
        b.jitter = jitter;
        b.retryStatuses = new TreeSet<>(retryStatuses);
        b.maxRetryAfter = maxRetryAfter;
        return b;
    }

    /** Attempts in all, the first included. Default 3. */
    public int maxAttempts() {
        return maxAttempts;
    }

    /** Wait before the second attempt, before jitter. Default 250 ms. */
    public Duration initialBackoff() {
        return initialBackoff;
    }

    /** Factor applied to the wait after each failed attempt. Default 2. */
    public double multiplier() {
        return multiplier;
    }

    /** Longest wait between attempts, before jitter. Default 5 s. */
    public Duration maxBackoff() {
        return maxBackoff;
    }

    /** Share of each wait that is random: the wait is cut by up to this fraction. 0 to 1; default 0.5. */
    public double jitter() {
        return jitter;
    }

    /** HTTP statuses that are retried. Default 408, 429, 502, 503, 504. */
    public Set<Integer> retryStatuses() {
        return retryStatuses;
    }

    /** Longest {@code Retry-After} honoured; a longer one ends the retries. Default 30 s. */
    public Duration maxRetryAfter() {
        return maxRetryAfter;
    }

    @Override
    public String toString() {
        return "RetryOptions[maxAttempts=" + maxAttempts + ", initialBackoff=" + initialBackoff + ", multiplier="
                + multiplier + ", maxBackoff=" + maxBackoff + ", jitter=" + jitter + ", retryStatuses="
                + new TreeSet<>(retryStatuses) + ", maxRetryAfter=" + maxRetryAfter + "]";
    }

    /** Collects {@link RetryOptions}. Not thread-safe. */
    public static final class Builder {
        private int maxAttempts = 3;
        private Duration initialBackoff = Duration.ofMillis(250);
        private double multiplier = 2.0;
        private Duration maxBackoff = Duration.ofSeconds(5);
        private double jitter = 0.5;
        private Set<Integer> retryStatuses = new TreeSet<>(Set.of(408, 429, 502, 503, 504));
        private Duration maxRetryAfter = Duration.ofSeconds(30);

        private Builder() {
        }

        /** Attempts in all, at least 1 (1 disables retrying). */
        public Builder maxAttempts(int value) {
            this.maxAttempts = Options.atLeast(value, 1, "maxAttempts");
            return this;
        }

        /** Wait before the second attempt; not negative. */
        public Builder initialBackoff(Duration value) {
            this.initialBackoff = Options.notNegative(value, "initialBackoff");
            return this;
        }

        /** Growth factor of the wait, at least 1. */
        public Builder multiplier(double value) {
            if (!(value >= 1.0) || Double.isInfinite(value)) {
                throw new IllegalArgumentException("multiplier must be at least 1");
            }
            this.multiplier = value;
            return this;
        }

        /** Longest wait between attempts; not negative. */
        public Builder maxBackoff(Duration value) {
            this.maxBackoff = Options.notNegative(value, "maxBackoff");
            return this;
        }

        /** Random share of each wait, 0 (none) to 1. */
        public Builder jitter(double value) {
            if (!(value >= 0.0 && value <= 1.0)) {
                throw new IllegalArgumentException("jitter must be between 0 and 1");
            }
            this.jitter = value;
            return this;
        }

        /** The statuses to retry, replacing the defaults. */
        public Builder retryStatuses(Integer... statuses) {
            TreeSet<Integer> set = new TreeSet<>();
            Arrays.stream(statuses).forEach(s -> set.add(Options.status(s)));
            this.retryStatuses = set;
            return this;
        }

        /** Longest {@code Retry-After} honoured; not negative. */
        public Builder maxRetryAfter(Duration value) {
            this.maxRetryAfter = Options.notNegative(value, "maxRetryAfter");
            return this;
        }

        /**
         * The options.
         *
         * @throws IllegalStateException if the initial backoff exceeds the maximum
         */
        public RetryOptions build() {
            if (initialBackoff.compareTo(maxBackoff) > 0) {
                throw new IllegalStateException("initialBackoff exceeds maxBackoff");
            }
            return new RetryOptions(this);
        }
    }
}
