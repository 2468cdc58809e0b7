package dev.carerecord.sdk.fhir.internal.auth;

import dev.carerecord.sdk.fhir.auth.AccessToken;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Holds one access token and refreshes it: a token is handed out until {@code refreshMargin} before it expires
 * (or, for a short-lived token, until half its life has passed), then one caller fetches a new one while the
 * others wait; a token is never handed out at or after its expiry. A failed fetch is thrown to the caller that
 * made it and the next caller tries again. Thread-safe. Not part of the public API.
 */
public final class TokenCache {
    private final Clock clock;
    private final Duration refreshMargin;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile Held held;

    /** A token and when it should be refreshed. */
    private record Held(AccessToken token, Instant refreshAt) {
    }

    public TokenCache(Clock clock, Duration refreshMargin) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.refreshMargin = Objects.requireNonNull(refreshMargin, "refreshMargin");
    }

    /** The held token while it is fresh, else a new one from {@code fetch}. */
    public AccessToken get(Supplier<AccessToken> fetch) {
        Held current = held;
        if (current != null && fresh(current)) {
            return current.token();
        }
        lock.lock();
        try {
            current = held;
            if (current != null && fresh(current)) {
                return current.token();
            }
            Instant fetchedAt = clock.instant();
            AccessToken token = Objects.requireNonNull(fetch.get(), "the token fetch returned nothing");
            Held next = new Held(token, refreshAt(fetchedAt, token.expiresAt()));
            held = next;
            return token;
        } finally {
            lock.unlock();
        }
    }

    /** Forgets the held token, so the next call fetches a new one (e.g. after the server refused it). */
    public void invalidate() {
        held = null;
    }

    private boolean fresh(Held h) {
        Instant now = clock.instant();
        return now.isBefore(h.refreshAt()) && !h.token().isExpiredAt(now);
    }

    private Instant refreshAt(Instant fetchedAt, Instant expiresAt) {
        Instant byMargin = expiresAt.minus(refreshMargin);
        Duration life = Duration.between(fetchedAt, expiresAt);
        Instant byHalfLife = life.isNegative() ? fetchedAt : fetchedAt.plus(life.dividedBy(2));
        return byMargin.isAfter(byHalfLife) ? byMargin : byHalfLife;
    }
}
