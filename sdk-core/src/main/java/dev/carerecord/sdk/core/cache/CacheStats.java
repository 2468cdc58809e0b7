package dev.carerecord.sdk.core.cache;

/**
 * Counters of a {@link ResponseCache} since it was made.
 *
 * @param hits lookups answered from the cache
 * @param misses lookups that went to the source
 * @param stores results stored
 * @param noStoreSkips results not stored because the source said {@code no-store} or {@code no-cache}
 * @param size entries held now, or -1 when the store cannot tell cheaply
 */
public record CacheStats(long hits, long misses, long stores, long noStoreSkips, long size) {
}
