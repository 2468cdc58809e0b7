package dev.carerecord.sdk.core.cache;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How one request's result may be cached. Client authors choose it per operation; whether the cache is used at
 * all is then the integrator's choice in {@link CacheOptions} (reference data cached by default, clinical data
 * not). The effective time to live is the shorter of this policy's and the options' TTL for the kind.
 */
public final class CachePolicy {
    /** What the response holds, which decides whether and how long it may be cached. */
    public enum Kind {
        /** Never cached. */
        NONE,
        /** Directory and capability data (SDS endpoints, capability statements): no patient content. */
        REFERENCE_DATA,
        /** Patient data: cached only when the integrator turns clinical caching on. */
        CLINICAL_DATA
    }

    private static final CachePolicy NONE = new CachePolicy(Kind.NONE, null, false);

    private final Kind kind;
    private final Duration ttl;
    private final boolean noStoreOverridable;

    private CachePolicy(Kind kind, Duration ttl, boolean noStoreOverridable) {
        this.kind = kind;
        this.ttl = ttl;
        this.noStoreOverridable = noStoreOverridable;
    }

    /** Never cache. The default. */
    public static CachePolicy none() {
        return NONE;
    }

    /** Reference data, for the options' reference TTL. */
    public static CachePolicy referenceData() {
        return new CachePolicy(Kind.REFERENCE_DATA, null, false);
    }

    /** Reference data, for at most {@code ttl}. */
    public static CachePolicy referenceData(Duration ttl) {
        return new CachePolicy(Kind.REFERENCE_DATA, positive(ttl), false);
    }

    /** Clinical data, for the options' clinical TTL (only when clinical caching is on). */
    public static CachePolicy clinicalData() {
        return new CachePolicy(Kind.CLINICAL_DATA, null, false);
    }

    /** Clinical data, for at most {@code ttl} (only when clinical caching is on). */
    public static CachePolicy clinicalData(Duration ttl) {
        return new CachePolicy(Kind.CLINICAL_DATA, positive(ttl), false);
    }

    /**
     * This policy, marking the source as one whose {@code Cache-Control: no-store} may be overridden (e.g. a
     * source that sends it on every response regardless of content). The override only happens when the
     * integrator also names the source in {@link CacheOptions.Builder#overrideNoStoreFor(String...)}.
     */
    public CachePolicy noStoreOverridable() {
        if (kind == Kind.NONE) {
            throw new IllegalStateException("a NONE policy caches nothing");
        }
        return new CachePolicy(kind, ttl, true);
    }

    /** What the response holds. */
    public Kind kind() {
        return kind;
    }

    /** This policy's upper bound on the time to live, if it sets one. */
    public Optional<Duration> ttl() {
        return Optional.ofNullable(ttl);
    }

    /** True when the source's {@code no-store} may be overridden by the integrator. */
    public boolean isNoStoreOverridable() {
        return noStoreOverridable;
    }

    private static Duration positive(Duration ttl) {
        Objects.requireNonNull(ttl, "ttl");
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("ttl must be positive");
        }
        return ttl;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CachePolicy p && p.kind == kind && Objects.equals(p.ttl, ttl)
                && p.noStoreOverridable == noStoreOverridable;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, ttl, noStoreOverridable);
    }

    @Override
    public String toString() {
        return "CachePolicy[" + kind + (ttl == null ? "" : ", ttl=" + ttl)
                + (noStoreOverridable ? ", noStoreOverridable" : "") + "]";
    }
}
