package dev.carerecord.sdk.core.internal.cache;

import dev.carerecord.sdk.core.cache.ResponseCache;
import java.util.function.Function;

/**
 * Lets the pipeline reach the engine inside a public {@link ResponseCache} without the engine appearing in the
 * public API. {@code ResponseCache} registers the accessor when its class initialises.
 */
public final class CacheEngines {
    private static volatile Function<ResponseCache, CacheEngine> accessor;

    private CacheEngines() {
    }

    /** Called once by {@link ResponseCache}; later calls are refused. */
    public static synchronized void register(Function<ResponseCache, CacheEngine> value) {
        if (accessor != null) {
            throw new IllegalStateException("already registered");
        }
        accessor = value;
    }

    /** The engine of {@code cache}. */
    public static CacheEngine of(ResponseCache cache) {
        return accessor.apply(cache);
    }
}
