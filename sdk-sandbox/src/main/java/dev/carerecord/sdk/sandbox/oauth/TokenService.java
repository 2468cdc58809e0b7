package dev.carerecord.sdk.sandbox.oauth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Issues opaque bearer tokens, checks them, and remembers the {@code jti} of every client assertion until it
 * expires (so a replayed assertion is refused). Times come from the sandbox's JWT clock, so tests can move time
 * on instead of waiting. Thread-safe.
 */
public final class TokenService {
    private static final char[] ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
    private static final int TOKEN_LENGTH = 28;
    private static final int PURGE_ABOVE = 10_000;

    /** One issued access token. */
    public record Issued(String token, String clientId, Instant issuedAt, Instant expiresAt) {
    }

    private final Clock clock;
    private final Duration lifetime;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Issued> tokens = new ConcurrentHashMap<>();
    private final Map<String, Instant> usedJtis = new ConcurrentHashMap<>();

    public TokenService(Clock clock, Duration lifetime) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.lifetime = Objects.requireNonNull(lifetime, "lifetime");
    }

    public Clock clock() {
        return clock;
    }

    /** How long a token stays valid after it is issued. */
    public Duration lifetime() {
        return lifetime;
    }

    /** Issues a new token for a client. */
    public Issued issue(String clientId) {
        Instant now = clock.instant();
        if (tokens.size() > PURGE_ABOVE) {
            tokens.values().removeIf(t -> !t.expiresAt().isAfter(now));
        }
        StringBuilder value = new StringBuilder(TOKEN_LENGTH);
        for (int i = 0; i < TOKEN_LENGTH; i++) {
            value.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        Issued issued = new Issued(value.toString(), clientId, now, now.plus(lifetime));
        tokens.put(issued.token(), issued);
        return issued;
    }

    /** The token's details when it was issued here and has not expired (or been revoked). */
    public Optional<Issued> validate(String token) {
        if (token == null) {
            return Optional.empty();
        }
        Issued issued = tokens.get(token);
        if (issued == null || !issued.expiresAt().isAfter(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(issued);
    }

    /** Forgets every issued token: each one is refused from now on. */
    public void revokeAll() {
        tokens.clear();
    }

    /**
     * Records a client assertion's {@code jti}; false when this client used it before (while it could still be
     * replayed, i.e. until its {@code exp}).
     */
    public boolean useJti(String clientId, String jti, Instant expiresAt) {
        Instant now = clock.instant();
        if (usedJtis.size() > PURGE_ABOVE) {
            usedJtis.values().removeIf(exp -> exp.isBefore(now));
        }
        return usedJtis.putIfAbsent(clientId + "\n" + jti, expiresAt) == null;
    }

    /** Whether this client has already used this {@code jti}. */
    public boolean jtiUsed(String clientId, String jti) {
        return usedJtis.containsKey(clientId + "\n" + jti);
    }
}
