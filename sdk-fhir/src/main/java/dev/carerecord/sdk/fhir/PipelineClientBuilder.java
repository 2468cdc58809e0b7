package dev.carerecord.sdk.fhir;

import dev.carerecord.sdk.core.audit.AuditSink;
import dev.carerecord.sdk.core.cache.CacheOptions;
import dev.carerecord.sdk.core.cache.ResponseCache;
import dev.carerecord.sdk.core.http.BulkheadOptions;
import dev.carerecord.sdk.core.http.CircuitBreakerOptions;
import dev.carerecord.sdk.core.http.HttpPipeline;
import dev.carerecord.sdk.core.http.LogOptions;
import dev.carerecord.sdk.core.http.PipelineListener;
import dev.carerecord.sdk.core.http.RetryOptions;
import dev.carerecord.sdk.core.http.Sleeper;
import dev.carerecord.sdk.core.http.TransportOptions;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * The settings every sdk-fhir client builder shares: the clock, and the HTTP pipeline the client talks
 * through, either given ({@link #httpPipeline(HttpPipeline)}, shared and not closed by the client) or made by
 * the client from the pipeline options set here (mutual TLS and timeouts in {@link #transportOptions}, retries,
 * circuit breaking, bulkhead, default deadline, cache, audit, logging, listeners). Setting both is refused at
 * build time. Not thread-safe.
 *
 * @param <B> the concrete builder
 */
public abstract class PipelineClientBuilder<B extends PipelineClientBuilder<B>> {
    private HttpPipeline pipeline;
    private final HttpPipeline.Builder options = HttpPipeline.builder();
    private String clientName;
    private boolean optionsSet;
    private boolean cacheSet;
    private Clock clock = Clock.systemUTC();

    /** For subclasses. */
    protected PipelineClientBuilder() {
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    private B option() {
        optionsSet = true;
        return self();
    }

    /**
     * A pipeline to talk through, shared with other clients; the client does not close it. Not together with
     * the pipeline options of this builder.
     */
    public B httpPipeline(HttpPipeline value) {
        this.pipeline = Objects.requireNonNull(value, "httpPipeline");
        return self();
    }

    /** The name of the client's own pipeline (logs, audit, metrics); each client has a default. */
    public B clientName(String value) {
        options.clientName(value);
        this.clientName = value;
        return option();
    }

    /** Connection, TLS (mutual TLS, trust), timeouts, size cap of the client's own pipeline. */
    public B transportOptions(TransportOptions value) {
        options.transportOptions(value);
        return option();
    }

    /** Retrying of the client's own pipeline. */
    public B retryOptions(RetryOptions value) {
        options.retryOptions(value);
        return option();
    }

    /** Circuit breaking of the client's own pipeline. */
    public B circuitBreakerOptions(CircuitBreakerOptions value) {
        options.circuitBreakerOptions(value);
        return option();
    }

    /** Concurrency limit per endpoint of the client's own pipeline. */
    public B bulkheadOptions(BulkheadOptions value) {
        options.bulkheadOptions(value);
        return option();
    }

    /** The deadline of calls that set none (default 60 s). */
    public B defaultDeadline(Duration value) {
        options.defaultDeadline(value);
        return option();
    }

    /** Caching choices of the client's own cache (clinical caching is off unless switched on here). */
    public B cacheOptions(CacheOptions value) {
        options.cacheOptions(value);
        cacheSet = true;
        return option();
    }

    /** A cache shared with other pipelines (purged together). */
    public B responseCache(ResponseCache value) {
        options.responseCache(value);
        cacheSet = true;
        return option();
    }

    /** Where audit events go (an SLF4J audit logger unless set). */
    public B auditSink(AuditSink value) {
        options.auditSink(value);
        return option();
    }

    /** What the DEBUG/TRACE wire logs show. */
    public B logOptions(LogOptions value) {
        options.logOptions(value);
        return option();
    }

    /** Adds a listener of retries, circuit changes and completed calls. */
    public B addListener(PipelineListener value) {
        options.addListener(value);
        return option();
    }

    /** What waits between attempts (tests). */
    public B sleeper(Sleeper value) {
        options.sleeper(value);
        return option();
    }

    /**
     * The clock for token expiry, trace times, and the audit and cache times of the client's own pipeline. The
     * UTC system clock unless set.
     */
    public B clock(Clock value) {
        this.clock = Objects.requireNonNull(value, "clock");
        options.clock(value);
        return self();
    }

    /** The clock set, or the system UTC clock. */
    protected Clock clock() {
        return clock;
    }

    /** True when the caller set a cache of their own (options or a shared cache). */
    protected boolean cacheConfigured() {
        return cacheSet || pipeline != null;
    }

    /**
     * The pipeline: the one given, or a new one made from the options (named {@code defaultName} unless a
     * client name was set). See {@link #pipelineOwned()}.
     *
     * @throws IllegalStateException if a pipeline was given together with pipeline options
     */
    protected HttpPipeline buildPipeline(String defaultName) {
        if (pipeline != null) {
            if (optionsSet) {
                throw new IllegalStateException("give an httpPipeline or pipeline options, not both");
            }
            return pipeline;
        }
        if (clientName == null) {
            options.clientName(defaultName);
        }
        return options.build();
    }

    /** True when {@link #buildPipeline} makes the pipeline (the client then closes it), false when it was given. */
    protected boolean pipelineOwned() {
        return pipeline == null;
    }
}
