package dev.carerecord.sdk.core.internal.http;

import dev.carerecord.sdk.core.http.BulkheadOptions;
import dev.carerecord.sdk.core.http.CircuitBreakerOptions;
import dev.carerecord.sdk.core.http.CircuitState;
import dev.carerecord.sdk.core.http.CircuitStateEvent;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The Resilience4j circuit breaker and the bulkhead (a fair semaphore) of each endpoint key, made on first use.
 * An open circuit refuses at once. Otherwise the bulkhead is taken first, its wait bounded by the call's time
 * left as well as by {@link BulkheadOptions#maxWait()} (Resilience4j's bulkhead has one wait for every call, so
 * it is not used), and the breaker's permission is asked for once a slot is held, so a half-open trial is not
 * held while waiting. The breaker's open wait runs on the pipeline's clock. State changes go to the listeners.
 */
final class EndpointGuards {
    private final String clientName;
    private final CircuitBreakerOptions breakerOptions;
    private final BulkheadOptions bulkheadOptions;
    private final CircuitBreakerConfig breakerConfig;
    private final Listeners listeners;
    private final WireLogger log;
    private final ConcurrentHashMap<String, CircuitBreaker> breakers = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Semaphore> bulkheads = new ConcurrentHashMap<>();

    EndpointGuards(String clientName, CircuitBreakerOptions breakerOptions, BulkheadOptions bulkheadOptions,
            Clock clock, Listeners listeners, WireLogger log) {
        this.clientName = clientName;
        this.breakerOptions = breakerOptions;
        this.bulkheadOptions = bulkheadOptions;
        this.listeners = listeners;
        this.log = log;
        this.breakerConfig = CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(breakerOptions.slidingWindowSize())
                .minimumNumberOfCalls(breakerOptions.minimumNumberOfCalls())
                .failureRateThreshold(breakerOptions.failureRateThreshold())
                .waitDurationInOpenState(breakerOptions.waitInOpenState())
                .permittedNumberOfCallsInHalfOpenState(breakerOptions.permittedCallsInHalfOpenState())
                .automaticTransitionFromOpenToHalfOpenEnabled(false)
                .writableStackTraceEnabled(false)
                .clock(clock)
                .build();
    }

    /** Whether a status counts as a failure of the endpoint. */
    boolean isFailureStatus(int status) {
        return breakerOptions.failureStatuses().contains(status);
    }

    /** The state of {@code endpointKey}'s circuit. */
    CircuitState state(String endpointKey) {
        if (!breakerOptions.enabled()) {
            return CircuitState.DISABLED;
        }
        CircuitBreaker breaker = breakers.get(endpointKey);
        return breaker == null ? CircuitState.CLOSED : map(breaker.getState());
    }

    /**
     * Takes a permit for one attempt to {@code endpointKey}, waiting for a bulkhead slot at most
     * {@code timeLeft} (the call's) or the configured wait, whichever is shorter.
     *
     * @throws Refused when the bulkhead stays full (or the wait is interrupted, with the flag kept) or the
     *     circuit is open
     */
    Permit acquire(String endpointKey, Duration timeLeft) throws Refused {
        Semaphore bulkhead = bulkheadOptions.enabled()
                ? bulkheads.computeIfAbsent(endpointKey, k -> new Semaphore(bulkheadOptions.maxConcurrentCalls(), true))
                : null;
        CircuitBreaker breaker = breakerOptions.enabled() ? breakers.computeIfAbsent(endpointKey, this::breaker) : null;
        boolean permitted = false;
        if (breaker != null && isOpen(breaker)) {
            // an open circuit fails fast, never after a slot wait; if its wait is over this permission is the
            // half-open trial, held while a slot is found
            if (!breaker.tryAcquirePermission()) {
                throw new Refused(true);
            }
            permitted = true;
        }
        if (bulkhead != null && !slot(bulkhead, timeLeft)) {
            if (permitted) {
                breaker.releasePermission();
            }
            throw new Refused(false);
        }
        if (breaker != null && !permitted && !breaker.tryAcquirePermission()) {
            if (bulkhead != null) {
                bulkhead.release();
            }
            throw new Refused(true);
        }
        return new Permit(breaker, bulkhead, System.nanoTime());
    }

    private static boolean isOpen(CircuitBreaker breaker) {
        CircuitBreaker.State state = breaker.getState();
        return state == CircuitBreaker.State.OPEN || state == CircuitBreaker.State.FORCED_OPEN;
    }

    private boolean slot(Semaphore bulkhead, Duration timeLeft) {
        if (bulkhead.tryAcquire()) {
            return true;
        }
        Duration wait = bulkheadOptions.maxWait().compareTo(timeLeft) < 0 ? bulkheadOptions.maxWait() : timeLeft;
        if (wait.isNegative() || wait.isZero()) {
            return false;
        }
        try {
            return bulkhead.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private CircuitBreaker breaker(String endpointKey) {
        CircuitBreaker breaker = CircuitBreaker.of(clientName + "|" + endpointKey, breakerConfig);
        breaker.getEventPublisher().onStateTransition(event -> {
            CircuitState from = map(event.getStateTransition().getFromState());
            CircuitState to = map(event.getStateTransition().getToState());
            log.circuit(endpointKey, from, to);
            listeners.circuit(new CircuitStateEvent(clientName, endpointKey, from, to));
        });
        return breaker;
    }

    private static CircuitState map(CircuitBreaker.State state) {
        return switch (state) {
            case CLOSED -> CircuitState.CLOSED;
            case OPEN, FORCED_OPEN -> CircuitState.OPEN;
            case HALF_OPEN -> CircuitState.HALF_OPEN;
            default -> CircuitState.DISABLED;
        };
    }

    /** Why a permit was refused. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        private final boolean circuitOpen;

        Refused(boolean circuitOpen) {
            super(null, null, false, false);
            this.circuitOpen = circuitOpen;
        }

        boolean circuitOpen() {
            return circuitOpen;
        }
    }

    /** A permit for one attempt; exactly one of its methods must be called. */
    static final class Permit {
        private final CircuitBreaker breaker;
        private final Semaphore bulkhead;
        private final long start;
        private boolean settled;

        private Permit(CircuitBreaker breaker, Semaphore bulkhead, long start) {
            this.breaker = breaker;
            this.bulkhead = bulkhead;
            this.start = start;
        }

        /** The endpoint answered (whatever the status, unless a failure status). */
        void succeeded() {
            if (!settle()) {
                return;
            }
            if (breaker != null) {
                breaker.onSuccess(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            }
            done();
        }

        /** The endpoint failed. */
        void failed(Throwable failure) {
            if (!settle()) {
                return;
            }
            if (breaker != null) {
                breaker.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, failure);
            }
            done();
        }

        /** The attempt was abandoned without a verdict on the endpoint (e.g. interrupted). */
        void released() {
            if (!settle()) {
                return;
            }
            if (breaker != null) {
                breaker.releasePermission();
            }
            done();
        }

        /** True the first time: a permit is settled once, whichever way, and later calls do nothing. */
        private boolean settle() {
            if (settled) {
                return false;
            }
            settled = true;
            return true;
        }

        private void done() {
            if (bulkhead != null) {
                bulkhead.release();
            }
        }
    }
}
