package dev.carerecord.sdk.core.internal.http;

import dev.carerecord.sdk.core.audit.AuditSink;
import dev.carerecord.sdk.core.http.BulkheadOptions;
import dev.carerecord.sdk.core.http.CircuitBreakerOptions;
import dev.carerecord.sdk.core.http.LogOptions;
import dev.carerecord.sdk.core.http.PipelineListener;
import dev.carerecord.sdk.core.http.RetryOptions;
import dev.carerecord.sdk.core.http.Sleeper;
import dev.carerecord.sdk.core.http.TransportOptions;
import dev.carerecord.sdk.core.internal.cache.CacheEngine;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.DoubleSupplier;

/**
 * Everything an {@code HttpPipeline} is built from.
 *
 * @param cache the response cache engine, or null for none
 * @param random the source of jitter (0 inclusive to 1 exclusive)
 */
public record PipelineSettings(String clientName, TransportOptions transport, RetryOptions retry,
        CircuitBreakerOptions circuitBreaker, BulkheadOptions bulkhead, Duration defaultDeadline, CacheEngine cache,
        AuditSink auditSink, LogOptions log, List<PipelineListener> listeners, Clock clock, Sleeper sleeper,
        DoubleSupplier random) {
}
