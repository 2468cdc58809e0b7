/**
 * The HTTP pipeline every client talks through: {@link dev.carerecord.sdk.core.http.HttpPipeline} (built once per
 * client), {@link dev.carerecord.sdk.core.http.PipelineRequest}, the response and handler types, and the options
 * ({@code TransportOptions}, {@code RetryOptions}, {@code CircuitBreakerOptions}, {@code BulkheadOptions},
 * {@code LogOptions}). No Resilience4j, Caffeine or HTTP-client type appears here.
 */
package dev.carerecord.sdk.core.http;
