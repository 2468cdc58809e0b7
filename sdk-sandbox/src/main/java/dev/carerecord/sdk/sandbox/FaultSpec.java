package dev.carerecord.sdk.sandbox;

import dev.carerecord.sdk.sandbox.http.ActiveFault;
import dev.carerecord.sdk.sandbox.http.FaultEngine;
import java.time.Duration;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Builds one fault: first say how often it fires ({@link #next(int)}, {@link #fraction(double)}; default: every
 * matching request until cleared), then what it does (a terminal method, which activates it at once).
 */
public final class FaultSpec {
    private final FaultEngine engine;
    private final String route;
    private final Pattern path;
    private int count = -1;
    private double fraction = 1.0;
    private long seed;

    FaultSpec(FaultEngine engine, String route, Pattern path, long seed) {
        this.engine = engine;
        this.route = route;
        this.path = path;
        this.seed = seed;
    }

    /** Fire for the next {@code n} matching requests only. */
    public FaultSpec next(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1");
        }
        this.count = n;
        return this;
    }

    /** Fire for each matching request with this probability, drawn from a seeded random (reproducible). */
    public FaultSpec fraction(double probability) {
        if (!(probability > 0 && probability <= 1)) {
            throw new IllegalArgumentException("probability must be in (0, 1]");
        }
        this.fraction = probability;
        return this;
    }

    /** The seed of the random used by {@link #fraction(double)} (default: the sandbox's seed). */
    public FaultSpec seed(long seed) {
        this.seed = seed;
        return this;
    }

    /** Delay matching requests, then serve them normally (or apply another fault). */
    public FaultRule latency(Duration delay) {
        Objects.requireNonNull(delay, "delay");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay must not be negative");
        }
        return add(FaultKind.LATENCY, 0, 0, delay);
    }

    /** Answer with this error status (400-599) and the API's OperationOutcome. */
    public FaultRule status(int status) {
        return status(status, 0);
    }

    /** Answer with this error status and a {@code Retry-After} header (seconds; 0 for none). */
    public FaultRule status(int status, int retryAfterSeconds) {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("status must be 400-599");
        }
        if (retryAfterSeconds < 0) {
            throw new IllegalArgumentException("retryAfterSeconds must not be negative");
        }
        return add(FaultKind.STATUS, status, retryAfterSeconds, Duration.ZERO);
    }

    /** Answer 429 with {@code Retry-After: seconds}. */
    public FaultRule tooManyRequests(int retryAfterSeconds) {
        if (retryAfterSeconds < 0) {
            throw new IllegalArgumentException("retryAfterSeconds must not be negative");
        }
        return add(FaultKind.TOO_MANY_REQUESTS, 429, retryAfterSeconds, Duration.ZERO);
    }

    /** Close the connection without any response. */
    public FaultRule reset() {
        return add(FaultKind.RESET, 0, 0, Duration.ZERO);
    }

    /** Send the headers with the full Content-Length, about half the body, then close. */
    public FaultRule truncate() {
        return add(FaultKind.TRUNCATE, 0, 0, Duration.ZERO);
    }

    /** Hold matching requests until the fault is cleared, the sandbox stops, or the hang cap passes. */
    public FaultRule hang() {
        return add(FaultKind.HANG, 0, 0, Duration.ZERO);
    }

    /**
     * Serve matching requests normally, then answer with {@code rewrite} applied to the body text (UTF-8),
     * keeping the status and headers: e.g. a provider returning another patient's record. Java API only.
     */
    public FaultRule rewriteBody(UnaryOperator<String> rewrite) {
        Objects.requireNonNull(rewrite, "rewrite");
        return add(FaultKind.REWRITE, 0, 0, Duration.ZERO, rewrite, null);
    }

    /**
     * Answer with this GP Connect provider error (status, issue type, Spine code and display as GP Connect sends
     * them), e.g. {@link GpConnectError#ACCESS_DENIED} for a practice with GP Connect switched off. Requests on
     * routes of other APIs get that API's error for the same status.
     */
    public FaultRule gpConnectError(GpConnectError error) {
        Objects.requireNonNull(error, "error");
        return add(FaultKind.GPCONNECT_ERROR, error.status(), 0, Duration.ZERO, null, error);
    }

    /** Adds a fault of any kind (used by the admin endpoint). */
    FaultRule add(FaultKind kind, int status, int retryAfterSeconds, Duration latency) {
        return add(kind, status, retryAfterSeconds, latency, null, null);
    }

    private FaultRule add(FaultKind kind, int status, int retryAfterSeconds, Duration latency,
                          UnaryOperator<String> rewrite, GpConnectError error) {
        ActiveFault fault = new ActiveFault(engine.nextId(), route, path, kind, status, retryAfterSeconds, latency,
                count, fraction, seed, rewrite, error);
        engine.add(fault);
        return new FaultRule(fault, engine);
    }
}
