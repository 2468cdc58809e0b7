package dev.carerecord.sdk.sandbox.http;

import dev.carerecord.sdk.sandbox.FaultKind;
import dev.carerecord.sdk.sandbox.GpConnectError;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * One injected fault: which requests it matches (a route name or glob, or a path regex), how often it fires
 * (the next N matching requests, or a fraction drawn from a seeded random) and what it does.
 */
public final class ActiveFault {
    private final String id;
    private final String route;
    private final Pattern path;
    private final FaultKind kind;
    private final int status;
    private final int retryAfterSeconds;
    private final Duration latency;
    private final AtomicInteger remaining;
    private final double fraction;
    private final Random random;
    private final UnaryOperator<String> rewrite;
    private final GpConnectError gpConnectError;
    private final AtomicInteger fired = new AtomicInteger();
    private final CountDownLatch released = new CountDownLatch(1);
    private volatile boolean cleared;

    /**
     * @param count how many matching requests it fires for, or -1 for no limit
     * @param fraction the probability it fires for a matching request (1 = always)
     */
    public ActiveFault(String id, String route, Pattern path, FaultKind kind, int status, int retryAfterSeconds,
                       Duration latency, int count, double fraction, long seed) {
        this(id, route, path, kind, status, retryAfterSeconds, latency, count, fraction, seed, null);
    }

    /** @param rewrite what a {@link FaultKind#REWRITE} fault does to the body text (null for other kinds) */
    public ActiveFault(String id, String route, Pattern path, FaultKind kind, int status, int retryAfterSeconds,
                       Duration latency, int count, double fraction, long seed, UnaryOperator<String> rewrite) {
        this(id, route, path, kind, status, retryAfterSeconds, latency, count, fraction, seed, rewrite, null);
    }

    /** @param gpConnectError what a {@link FaultKind#GPCONNECT_ERROR} fault answers with (null for other kinds) */
    public ActiveFault(String id, String route, Pattern path, FaultKind kind, int status, int retryAfterSeconds,
                       Duration latency, int count, double fraction, long seed, UnaryOperator<String> rewrite,
                       GpConnectError gpConnectError) {
        this.rewrite = rewrite;
        this.gpConnectError = gpConnectError;
        this.id = id;
        this.route = route;
        this.path = path;
        this.kind = kind;
        this.status = status;
        this.retryAfterSeconds = retryAfterSeconds;
        this.latency = latency;
        this.remaining = new AtomicInteger(count);
        this.fraction = fraction;
        this.random = new Random(seed);
    }

    public String id() {
        return id;
    }

    /** The route name or glob ({@code gpconnect.*}, {@code *}), or null when matching by path. */
    public String route() {
        return route;
    }

    /** The path regex, or null when matching by route. */
    public Pattern path() {
        return path;
    }

    public FaultKind kind() {
        return kind;
    }

    public int status() {
        return status;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public Duration latency() {
        return latency;
    }

    /** The body rewrite of a {@link FaultKind#REWRITE} fault, else null. */
    public UnaryOperator<String> rewrite() {
        return rewrite;
    }

    /** The error of a {@link FaultKind#GPCONNECT_ERROR} fault, else null. */
    public GpConnectError gpConnectError() {
        return gpConnectError;
    }

    /** How many times it has fired. */
    public int fired() {
        return fired.get();
    }

    /** How many more times it may fire, or -1 when unlimited. */
    public int remaining() {
        return remaining.get();
    }

    public double fraction() {
        return fraction;
    }

    /** Whether it can never fire again (count used up, or cleared). */
    public boolean exhausted() {
        return cleared || remaining.get() == 0;
    }

    public boolean isCleared() {
        return cleared;
    }

    boolean matches(String requestRoute, String requestPath) {
        if (path != null) {
            return path.matcher(requestPath).matches();
        }
        if ("*".equals(route)) {
            return true;
        }
        if (route.endsWith(".*")) {
            String prefix = route.substring(0, route.length() - 2);
            return requestRoute.equals(prefix) || requestRoute.startsWith(prefix + ".");
        }
        return route.equals(requestRoute);
    }

    /** Decides (and counts) whether it fires for one matching request. */
    boolean tryFire() {
        if (cleared) {
            return false;
        }
        if (fraction < 1.0) {
            boolean hit;
            synchronized (random) {
                hit = random.nextDouble() < fraction;
            }
            if (!hit) {
                return false;
            }
        }
        while (true) {
            int left = remaining.get();
            if (left == 0) {
                return false;
            }
            if (left < 0 || remaining.compareAndSet(left, left - 1)) {
                fired.incrementAndGet();
                return true;
            }
        }
    }

    /** Stops it firing and releases any request it holds. */
    public void clear() {
        cleared = true;
        released.countDown();
    }

    /** Waits until cleared or the cap passes; returns whether it was released (not timed out). */
    boolean awaitRelease(Duration cap) throws InterruptedException {
        return released.await(cap.toMillis(), TimeUnit.MILLISECONDS);
    }
}
