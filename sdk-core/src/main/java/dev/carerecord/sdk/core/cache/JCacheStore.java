package dev.carerecord.sdk.core.cache;

import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import javax.cache.Cache;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link CacheStore} over a JCache (JSR-107) cache, so that several processes share one cache through an
 * existing engine (Hazelcast, Infinispan, Ehcache, Caffeine's JCache provider). Values are written as text by a
 * {@link CacheValueCodec}, with their expiry; configure the cache's own expiry policy at or above the longest
 * TTL in {@link CacheOptions} so the engine also evicts them. Every process must use the same
 * {@link CacheOptions.Builder#keySalt(byte[])}. Purging by patient iterates the cache's keys.
 * Needs {@code javax.cache:cache-api} on the class path.
 */
public final class JCacheStore implements CacheStore {
    private static final Logger LOG = LoggerFactory.getLogger(JCacheStore.class);

    private final Cache<String, String> cache;
    private final CacheValueCodec codec;

    private JCacheStore(Cache<String, String> cache, CacheValueCodec codec) {
        this.cache = cache;
        this.codec = codec;
    }

    /** A store over {@code cache}, writing values with {@code codec}. */
    public static JCacheStore of(Cache<String, String> cache, CacheValueCodec codec) {
        return new JCacheStore(Objects.requireNonNull(cache, "cache"), Objects.requireNonNull(codec, "codec"));
    }

    @Override
    public Optional<CacheEntry> get(String key) {
        String stored = cache.get(key);
        if (stored == null) {
            return Optional.empty();
        }
        int newline = stored.indexOf('\n');
        try {
            Instant expiresAt = Instant.ofEpochMilli(Long.parseLong(stored.substring(0, newline)));
            return Optional.of(new CacheEntry(codec.decode(stored.substring(newline + 1)), expiresAt));
        } catch (RuntimeException e) {
            LOG.debug("Dropping an unreadable cache entry ({})", e.getClass().getSimpleName());
            cache.remove(key);
            return Optional.empty();
        }
    }

    @Override
    public void put(String key, CacheEntry entry) {
        codec.encode(entry.value()).ifPresentOrElse(
                text -> cache.put(key, entry.expiresAt().toEpochMilli() + "\n" + text),
                () -> LOG.debug("Not caching a {}: not registered with the codec",
                        entry.value().getClass().getSimpleName()));
    }

    @Override
    public void removeIf(Predicate<String> keyMatches) {
        Set<String> doomed = new HashSet<>();
        for (Cache.Entry<String, String> entry : cache) {
            if (keyMatches.test(entry.getKey())) {
                doomed.add(entry.getKey());
            }
        }
        if (!doomed.isEmpty()) {
            cache.removeAll(doomed);
        }
    }

    @Override
    public void clear() {
        cache.clear();
    }

    @Override
    public long size() {
        return -1;
    }

    /** True: a JCache is there to be shared, so the cache asks for a fixed key salt. */
    @Override
    public boolean isSharedAcrossProcesses() {
        return true;
    }
}
