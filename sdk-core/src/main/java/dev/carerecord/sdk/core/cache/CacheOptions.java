package dev.carerecord.sdk.core.cache;

import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The integrator's caching choices. Reference data (directory and capability lookups) is cached by default;
 * clinical data is not, and must be switched on explicitly. Entries are bounded in number and live at most the
 * TTL of their kind. {@code Cache-Control: no-store} (and {@code no-cache}) is honoured unless the integrator
 * names the source in {@link Builder#overrideNoStoreFor(String...)} and the client marked the source's policy
 * {@link CachePolicy#noStoreOverridable()}. Immutable.
 */
public final class CacheOptions {
    private static final CacheOptions DEFAULTS = builder().build();

    private final boolean referenceCaching;
    private final Duration referenceTtl;
    private final boolean clinicalCaching;
    private final Duration clinicalTtl;
    private final long maximumEntries;
    private final Set<String> noStoreOverrideSources;
    private final byte[] keySalt;

    private CacheOptions(Builder b) {
        this.referenceCaching = b.referenceCaching;
        this.referenceTtl = b.referenceTtl;
        this.clinicalCaching = b.clinicalCaching;
        this.clinicalTtl = b.clinicalTtl;
        this.maximumEntries = b.maximumEntries;
        this.noStoreOverrideSources = Set.copyOf(b.noStoreOverrideSources);
        this.keySalt = b.keySalt == null ? null : b.keySalt.clone();
    }

    /** Reference data on (10 min), clinical data off (5 min when on), 10,000 entries, no override of no-store. */
    public static CacheOptions defaults() {
        return DEFAULTS;
    }

    /** Nothing cached. */
    public static CacheOptions disabled() {
        return builder().referenceCaching(false).clinicalCaching(false).build();
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** Whether reference data is cached. Default true. */
    public boolean referenceCaching() {
        return referenceCaching;
    }

    /** Longest life of a reference entry. Default 10 minutes. */
    public Duration referenceTtl() {
        return referenceTtl;
    }

    /** Whether clinical data is cached. Default false. */
    public boolean clinicalCaching() {
        return clinicalCaching;
    }

    /** Longest life of a clinical entry. Default 5 minutes. */
    public Duration clinicalTtl() {
        return clinicalTtl;
    }

    /** Most entries held by the in-memory store. Default 10,000. */
    public long maximumEntries() {
        return maximumEntries;
    }

    /** Sources (by request source name) whose {@code no-store} the integrator chose to override. */
    public Set<String> noStoreOverrideSources() {
        return noStoreOverrideSources;
    }

    /**
     * The secret mixed into cache keys, when set: every process sharing one store (JCache) must use the same.
     * When absent, a random one is made per {@link ResponseCache}.
     */
    public Optional<byte[]> keySalt() {
        return keySalt == null ? Optional.empty() : Optional.of(keySalt.clone());
    }

    /** Whether {@code kind} is cached under these options. */
    public boolean caches(CachePolicy.Kind kind) {
        return switch (kind) {
            case REFERENCE_DATA -> referenceCaching;
            case CLINICAL_DATA -> clinicalCaching;
            case NONE -> false;
        };
    }

    /** The TTL for {@code kind}, or zero for {@code NONE}. */
    public Duration ttlFor(CachePolicy.Kind kind) {
        return switch (kind) {
            case REFERENCE_DATA -> referenceTtl;
            case CLINICAL_DATA -> clinicalTtl;
            case NONE -> Duration.ZERO;
        };
    }

    @Override
    public String toString() {
        return "CacheOptions[referenceCaching=" + referenceCaching + ", referenceTtl=" + referenceTtl
                + ", clinicalCaching=" + clinicalCaching + ", clinicalTtl=" + clinicalTtl + ", maximumEntries="
                + maximumEntries + ", noStoreOverrideSources=" + noStoreOverrideSources + ", keySalt="
                + (keySalt == null ? "random" : "set") + "]";
    }

    /** Collects {@link CacheOptions}. Not thread-safe. */
    public static final class Builder {
        private boolean referenceCaching = true;
        private Duration referenceTtl = Duration.ofMinutes(10);
        private boolean clinicalCaching;
        private Duration clinicalTtl = Duration.ofMinutes(5);
        private long maximumEntries = 10_000;
        private final Set<String> noStoreOverrideSources = new TreeSet<>();
        private byte[] keySalt;

        private Builder() {
        }

        /** Whether reference data is cached. */
        public Builder referenceCaching(boolean value) {
            this.referenceCaching = value;
            return this;
        }

        /** Longest life of a reference entry; positive. */
        public Builder referenceTtl(Duration value) {
            this.referenceTtl = positive(value, "referenceTtl");
            return this;
        }

        /** Whether clinical data is cached. Switch on only where the host application may hold patient data. */
        public Builder clinicalCaching(boolean value) {
            this.clinicalCaching = value;
            return this;
        }

        /** Longest life of a clinical entry; positive. */
        public Builder clinicalTtl(Duration value) {
            this.clinicalTtl = positive(value, "clinicalTtl");
            return this;
        }

        /** Most entries in the in-memory store; at least 1. */
        public Builder maximumEntries(long value) {
            if (value < 1) {
                throw new IllegalArgumentException("maximumEntries must be at least 1");
            }
            this.maximumEntries = value;
            return this;
        }

        /**
         * Override {@code no-store} for these sources (by request source name, e.g. {@code "PDS"}; a trailing
         * {@code *} matches a prefix, e.g. {@code "GP Connect*"} for every practice), where the client allows it.
         */
        public Builder overrideNoStoreFor(String... sources) {
            Arrays.stream(sources).map(s -> Objects.requireNonNull(s, "source")).forEach(noStoreOverrideSources::add);
            return this;
        }

        /** The key secret shared by every process using one store; at least 16 bytes. */
        public Builder keySalt(byte[] value) {
            Objects.requireNonNull(value, "keySalt");
            if (value.length < 16) {
                throw new IllegalArgumentException("keySalt must be at least 16 bytes");
            }
            this.keySalt = value.clone();
            return this;
        }

        /** The options. */
        public CacheOptions build() {
            return new CacheOptions(this);
        }

        private static Duration positive(Duration value, String name) {
            Objects.requireNonNull(value, name);
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException(name + " must be positive");
            }
            return value;
        }
    }
}
