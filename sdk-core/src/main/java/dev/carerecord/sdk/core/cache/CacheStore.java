package dev.carerecord.sdk.core.cache;

import dev.carerecord.sdk.core.internal.cache.CaffeineCacheStore;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Where a {@link ResponseCache} keeps its entries. Keys are opaque strings holding no identifier in clear (a
 * keyed hash of the request, the requester and the patient). Implementations must be thread-safe and must not
 * serve an entry after its {@link CacheEntry#expiresAt()} (the cache checks again on read). The SDK provides an
 * in-memory store ({@link #inMemory(long, Clock)}) and a JCache adapter ({@link JCacheStore}).
 */
public interface CacheStore {

    /** The entry under {@code key}, if held. */
    Optional<CacheEntry> get(String key);

    /** Holds {@code entry} under {@code key}, replacing any. */
    void put(String key, CacheEntry entry);

    /** Removes every entry whose key matches. */
    void removeIf(Predicate<String> keyMatches);

    /** Removes every entry. */
    void clear();

    /** Entries held, or -1 when unknown. */
    long size();

    /**
     * True when other processes read and write the same entries (a distributed cache). The cache then insists on
     * a fixed {@link CacheOptions#keySalt()}: with a random one per process, keys would not agree and a purge on
     * one node would miss what another wrote. False unless overridden.
     */
    default boolean isSharedAcrossProcesses() {
        return false;
    }

    /**
     * A bounded in-memory store (least recently and frequently used entries go first) whose entries expire at
     * their {@code expiresAt} by {@code clock}.
     */
    static CacheStore inMemory(long maximumEntries, Clock clock) {
        return new CaffeineCacheStore(maximumEntries, clock);
    }
}
