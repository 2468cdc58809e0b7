package dev.carerecord.sdk.core.cache;

import java.time.Instant;
import java.util.Objects;

/**
 * A cached result and the instant it expires (by the cache's clock).
 *
 * @param value the result the response handler produced
 * @param expiresAt when it stops being served
 */
public record CacheEntry(Object value, Instant expiresAt) {
    public CacheEntry {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
