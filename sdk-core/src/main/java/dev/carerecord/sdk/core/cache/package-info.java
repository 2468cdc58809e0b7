/**
 * Response caching: {@link dev.carerecord.sdk.core.cache.ResponseCache} (shareable, purgeable by patient),
 * the integrator's {@link dev.carerecord.sdk.core.cache.CacheOptions}, the per-request
 * {@link dev.carerecord.sdk.core.cache.CachePolicy}, and the {@link dev.carerecord.sdk.core.cache.CacheStore} SPI
 * with an in-memory store and a JCache adapter.
 */
package dev.carerecord.sdk.core.cache;
