package dev.carerecord.sdk.core.internal.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import dev.carerecord.sdk.core.cache.CacheEntry;
import dev.carerecord.sdk.core.cache.CacheStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The default in-memory {@link CacheStore} on Caffeine: bounded by size, each entry expiring at its own
 * {@code expiresAt}, time read from the given clock (so tests can move it). Maintenance runs on the calling
 * thread, so eviction is immediate and needs no background thread.
 */
public final class CaffeineCacheStore implements CacheStore {
    private final Clock clock;
    private final Cache<String, CacheEntry> cache;

    /** A store of at most {@code maximumEntries} entries, on {@code clock}. */
    public CaffeineCacheStore(long maximumEntries, Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        if (maximumEntries < 1) {
            throw new IllegalArgumentException("maximumEntries must be at least 1");
        }
        this.cache = Caffeine.newBuilder()
                .maximumSize(maximumEntries)
                .ticker(this::nanos)
                .executor(Runnable::run)
                .expireAfter(Expiry.<String, CacheEntry>writing((key, entry) -> timeLeft(entry)))
                .build();
    }

    @Override
    public Optional<CacheEntry> get(String key) {
        return Optional.ofNullable(cache.getIfPresent(key));
    }

    @Override
    public void put(String key, CacheEntry entry) {
        cache.put(key, entry);
    }

    @Override
    public void removeIf(Predicate<String> keyMatches) {
        cache.asMap().keySet().removeIf(keyMatches);
    }

    @Override
    public void clear() {
        cache.invalidateAll();
    }

    @Override
    public long size() {
        cache.cleanUp();
        return cache.estimatedSize();
    }

    private Duration timeLeft(CacheEntry entry) {
        Duration left = Duration.between(clock.instant(), entry.expiresAt());
        return left.isNegative() ? Duration.ZERO : left;
    }

    private long nanos() {
        Instant now = clock.instant();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }
}
