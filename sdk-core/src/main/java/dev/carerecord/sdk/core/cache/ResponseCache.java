package dev.carerecord.sdk.core.cache;

import dev.carerecord.sdk.core.ids.NhsNumber;
import dev.carerecord.sdk.core.internal.cache.CacheEngine;
import dev.carerecord.sdk.core.internal.cache.CacheEngines;
import java.time.Clock;
import java.util.Objects;

/**
 * The cache of response handler results shared by one or more pipelines. Every key includes the requester
 * context and the full request, so one professional's view is never served to another, and a keyed hash of
 * the NHS number (never the number), so {@link #purgePatient(NhsNumber)} works without holding it in clear.
 * Give the same instance to several pipelines' builders to share it and purge it in one go. Thread-safe.
 */
public final class ResponseCache {
    static {
        CacheEngines.register(cache -> cache.engine);
    }

    private final CacheEngine engine;

    private ResponseCache(CacheEngine engine) {
        this.engine = engine;
    }

    /** An in-memory cache with {@code options}, on the system clock. */
    public static ResponseCache create(CacheOptions options) {
        return builder().options(options).build();
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Removes every entry concerning {@code patient}, from every requester. */
    public void purgePatient(NhsNumber patient) {
        engine.purgePatient(patient);
    }

    /** Removes every entry. */
    public void purgeAll() {
        engine.purgeAll();
    }

    /** Hit, miss and store counts, and the size where known. */
    public CacheStats stats() {
        return engine.stats();
    }

    /** The options in force. */
    public CacheOptions options() {
        return engine.options();
    }

    @Override
    public String toString() {
        return "ResponseCache[" + engine.options() + "]";
    }

    /** Collects a {@link ResponseCache}. Not thread-safe. */
    public static final class Builder {
        private CacheOptions options = CacheOptions.defaults();
        private CacheStore store;
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /** The options; {@link CacheOptions#defaults()} unless set. */
        public Builder options(CacheOptions value) {
            this.options = Objects.requireNonNull(value, "options");
            return this;
        }

        /** Where entries live; an in-memory store bounded by {@link CacheOptions#maximumEntries()} unless set. */
        public Builder store(CacheStore value) {
            this.store = Objects.requireNonNull(value, "store");
            return this;
        }

        /** The clock entries expire by (for tests); the system clock unless set. */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** The cache. */
        public ResponseCache build() {
            return new ResponseCache(new CacheEngine(options, store, clock));
        }
    }
}
