package dev.carerecord.sdk.core.internal.cache;

import dev.carerecord.sdk.core.cache.CacheEntry;
import dev.carerecord.sdk.core.cache.CacheOptions;
import dev.carerecord.sdk.core.cache.CachePolicy;
import dev.carerecord.sdk.core.cache.CacheStats;
import dev.carerecord.sdk.core.cache.CacheStore;
import dev.carerecord.sdk.core.http.HttpHeaders;
import dev.carerecord.sdk.core.http.PipelineRequest;
import dev.carerecord.sdk.core.ids.NhsNumber;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The working part of a {@code ResponseCache}: decides whether a request may be cached, builds its key, reads
 * and writes the store, honours {@code Cache-Control}, and counts.
 */
public final class CacheEngine {
    private static final Logger LOG = LoggerFactory.getLogger(CacheEngine.class);
    private final CacheOptions options;
    private final CacheStore store;
    private final Clock clock;
    private final CacheKeys keys;
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();
    private final LongAdder stores = new LongAdder();
    private final LongAdder noStoreSkips = new LongAdder();

    /** An engine over {@code store} (null: an in-memory store sized by the options) on {@code clock}. */
    public CacheEngine(CacheOptions options, CacheStore store, Clock clock) {
        this.options = Objects.requireNonNull(options, "options");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.store = store != null ? store : new CaffeineCacheStore(options.maximumEntries(), clock);
        if (this.store.isSharedAcrossProcesses() && options.keySalt().isEmpty()) {
            throw new IllegalStateException("a cache store shared across processes needs CacheOptions.keySalt, the"
                    + " same in every process, so that keys agree and a purge reaches entries other nodes wrote");
        }
        this.keys = new CacheKeys(options.keySalt().orElseGet(CacheEngine::randomSalt));
    }

    /** The options. */
    public CacheOptions options() {
        return options;
    }

    /**
     * The key for {@code request}, or empty when its policy is not cached under the options. Clinical data is
     * cached only for a request that names its patient: the key then starts with the patient's prefix, so
     * {@link #purgePatient} reaches it (a demographic search or a search by other criteria is never cached).
     */
    public Optional<String> keyFor(PipelineRequest request) {
        CachePolicy.Kind kind = request.cachePolicy().kind();
        if (!options.caches(kind)) {
            return Optional.empty();
        }
        if (kind == CachePolicy.Kind.CLINICAL_DATA && request.patient().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(keys.keyFor(request));
    }

    /**
     * The live value under {@code key}, counting a hit or a miss. A store that fails counts as a miss: the
     * cache is an optimisation, and an outage of a shared store must not fail the call.
     */
    public Optional<Object> get(String key) {
        Optional<CacheEntry> entry;
        try {
            entry = store.get(key);
        } catch (RuntimeException e) {
            storeFailed("read", e);
            entry = Optional.empty();
        }
        if (entry.isPresent() && entry.get().expiresAt().isAfter(clock.instant())) {
            hits.increment();
            return Optional.of(entry.get().value());
        }
        misses.increment();
        return Optional.empty();
    }

    /**
     * Stores {@code value} for {@code request} unless the response forbids it; returns whether it was stored.
     */
    public boolean put(String key, PipelineRequest request, HttpHeaders responseHeaders, Object value) {
        if (value == null) {
            return false;
        }
        if (forbidsStoring(responseHeaders) && !mayOverrideNoStore(request)) {
            noStoreSkips.increment();
            return false;
        }
        CachePolicy policy = request.cachePolicy();
        Duration ttl = options.ttlFor(policy.kind());
        if (policy.ttl().isPresent() && policy.ttl().get().compareTo(ttl) < 0) {
            ttl = policy.ttl().get();
        }
        Instant expiresAt;
        try {
            expiresAt = clock.instant().plus(ttl);
        } catch (java.time.DateTimeException | ArithmeticException e) {
            expiresAt = Instant.MAX; // a TTL past the end of time: as good as forever
        }
        try {
            store.put(key, new CacheEntry(value, expiresAt));
        } catch (RuntimeException e) {
            storeFailed("write", e);
            return false;
        }
        stores.increment();
        return true;
    }

    private static void storeFailed(String what, RuntimeException e) {
        // the exception's type only: its message could echo a key or a value
        LOG.warn("The cache store failed to {} an entry ({}); the call goes on without the cache", what,
                e.getClass().getName());
    }

    /** Removes every entry of {@code patient}. */
    public void purgePatient(NhsNumber patient) {
        String prefix = keys.prefixFor(Objects.requireNonNull(patient, "patient"));
        store.removeIf(key -> key.startsWith(prefix));
    }

    /** Removes every entry. */
    public void purgeAll() {
        store.clear();
    }

    /** The counters. */
    public CacheStats stats() {
        return new CacheStats(hits.sum(), misses.sum(), stores.sum(), noStoreSkips.sum(), store.size());
    }

    private boolean mayOverrideNoStore(PipelineRequest request) {
        if (!request.cachePolicy().isNoStoreOverridable()) {
            return false;
        }
        String source = request.source();
        for (String named : options.noStoreOverrideSources()) {
            if (named.equals(source) || named.endsWith("*") && source.startsWith(named.substring(0, named.length() - 1))) {
                return true;
            }
        }
        return false;
    }

    static boolean forbidsStoring(HttpHeaders headers) {
        for (String value : headers.allValues("Cache-Control")) {
            for (String directive : value.split(",")) {
                String d = directive.strip().toLowerCase(Locale.ROOT);
                if (d.equals("no-store") || d.equals("no-cache") || d.startsWith("no-cache=")) {
                    return true;
                }
            }
        }
        for (String value : headers.allValues("Pragma")) {
            if (value.toLowerCase(Locale.ROOT).contains("no-cache")) {
                return true;
            }
        }
        return false;
    }

    private static byte[] randomSalt() {
        byte[] salt = new byte[32];
        new SecureRandom().nextBytes(salt);
        return salt;
    }
}
