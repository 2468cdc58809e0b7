package dev.carerecord.sdk.core.http;

import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

/**
 * The circuit breaker kept per endpoint key: when at least {@link #failureRateThreshold()} percent of the last
 * {@link #slidingWindowSize()} attempts failed (after at least {@link #minimumNumberOfCalls()}), the circuit
 * opens and calls fail fast with {@code CircuitOpenException} for {@link #waitInOpenState()}; then
 * {@link #permittedCallsInHalfOpenState()} probe attempts decide whether it closes again. Failures are
 * connection failures, attempt timeouts, truncated bodies and the {@link #failureStatuses()}; other answers
 * (4xx included) show the endpoint is up. Immutable.
 */
public final class CircuitBreakerOptions {
    private static final CircuitBreakerOptions DEFAULTS = builder().build();

    private final boolean enabled;
    private final float failureRateThreshold;
    private final int slidingWindowSize;
    private final int minimumNumberOfCalls;
    private final Duration waitInOpenState;
    private final int permittedCallsInHalfOpenState;
    private final Set<Integer> failureStatuses;

    private CircuitBreakerOptions(Builder b) {
        this.enabled = b.enabled;
        this.failureRateThreshold = b.failureRateThreshold;
        this.slidingWindowSize = b.slidingWindowSize;
        this.minimumNumberOfCalls = b.minimumNumberOfCalls;
        this.waitInOpenState = b.waitInOpenState;
        this.permittedCallsInHalfOpenState = b.permittedCallsInHalfOpenState;
        this.failureStatuses = Set.copyOf(b.failureStatuses);
    }

    /** On; opens at 50% failures over 10 attempts (5 at least); open 30 s; 3 half-open probes. */
    public static CircuitBreakerOptions defaults() {
        return DEFAULTS;
    }

    /** No circuit breaking. */
    public static CircuitBreakerOptions disabled() {
        return builder().enabled(false).build();
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** Whether circuit breaking is on. Default true. */
    public boolean enabled() {
        return enabled;
    }

    /** Failure percentage (1 to 100) at or above which the circuit opens. Default 50. */
    public float failureRateThreshold() {
        return failureRateThreshold;
    }

    /** How many recent attempts the failure rate is computed over. Default 10. */
    public int slidingWindowSize() {
        return slidingWindowSize;
    }

    /** Attempts needed before the failure rate counts. Default 5. */
    public int minimumNumberOfCalls() {
        return minimumNumberOfCalls;
    }

    /** How long the circuit stays open before probing. Default 30 s. */
    public Duration waitInOpenState() {
        return waitInOpenState;
    }

    /** Probe attempts let through when half-open. Default 3. */
    public int permittedCallsInHalfOpenState() {
        return permittedCallsInHalfOpenState;
    }

    /** Statuses that count as failures. Default 500, 502, 503, 504. */
    public Set<Integer> failureStatuses() {
        return failureStatuses;
    }

    @Override
    public String toString() {
        return "CircuitBreakerOptions[enabled=" + enabled + ", failureRateThreshold=" + failureRateThreshold
                + ", slidingWindowSize=" + slidingWindowSize + ", minimumNumberOfCalls=" + minimumNumberOfCalls
                + ", waitInOpenState=" + waitInOpenState + ", permittedCallsInHalfOpenState="
                + permittedCallsInHalfOpenState + ", failureStatuses=" + new TreeSet<>(failureStatuses) + "]";
    }

    /** Collects {@link CircuitBreakerOptions}. Not thread-safe. */
    public static final class Builder {
        private boolean enabled = true;
        private float failureRateThreshold = 50f;
        private int slidingWindowSize = 10;
        private int minimumNumberOfCalls = 5;
        private Duration waitInOpenState = Duration.ofSeconds(30);
        private int permittedCallsInHalfOpenState = 3;
        private Set<Integer> failureStatuses = new TreeSet<>(Set.of(500, 502, 503, 504));

        private Builder() {
        }

        /** Whether circuit breaking is on. */
        public Builder enabled(boolean value) {
            this.enabled = value;
            return this;
        }

        /** Failure percentage, more than 0 and at most 100. */
        public Builder failureRateThreshold(float value) {
            if (!(value > 0f && value <= 100f)) {
                throw new IllegalArgumentException("failureRateThreshold must be in (0, 100]");
            }
            this.failureRateThreshold = value;
            return this;
        }

        /** Attempts in the window, at least 1. */
        public Builder slidingWindowSize(int value) {
            this.slidingWindowSize = Options.atLeast(value, 1, "slidingWindowSize");
            return this;
        }

        /** Attempts needed before the rate counts, at least 1. */
        public Builder minimumNumberOfCalls(int value) {
            this.minimumNumberOfCalls = Options.atLeast(value, 1, "minimumNumberOfCalls");
            return this;
        }

        /** Time open before probing; positive. */
        public Builder waitInOpenState(Duration value) {
            this.waitInOpenState = Options.positive(value, "waitInOpenState");
            return this;
        }

        /** Probe attempts when half-open, at least 1. */
        public Builder permittedCallsInHalfOpenState(int value) {
            this.permittedCallsInHalfOpenState = Options.atLeast(value, 1, "permittedCallsInHalfOpenState");
            return this;
        }

        /** Statuses that count as failures, replacing the defaults. */
        public Builder failureStatuses(Integer... statuses) {
            TreeSet<Integer> set = new TreeSet<>();
            Arrays.stream(statuses).forEach(s -> set.add(Options.status(s)));
            this.failureStatuses = set;
            return this;
        }

        /** The options. */
        public CircuitBreakerOptions build() {
            return new CircuitBreakerOptions(this);
        }
    }
}
