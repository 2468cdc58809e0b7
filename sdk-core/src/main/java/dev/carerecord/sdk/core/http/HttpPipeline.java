package dev.carerecord.sdk.core.http;

import dev.carerecord.sdk.core.audit.AuditSink;
import dev.carerecord.sdk.core.audit.Slf4jAuditSink;
import dev.carerecord.sdk.core.cache.CacheOptions;
import dev.carerecord.sdk.core.cache.ResponseCache;
import dev.carerecord.sdk.core.exception.InvalidInputException;
import dev.carerecord.sdk.core.exception.SdkException;
import dev.carerecord.sdk.core.internal.cache.CacheEngines;
import dev.carerecord.sdk.core.internal.http.PipelineEngine;
import dev.carerecord.sdk.core.internal.http.PipelineSettings;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The one HTTP pipeline every client talks through. Per call: response cache lookup, deadline, one OUTCOME
 * audit event. Per attempt: circuit breaker and bulkhead (per endpoint key), correlation id and per-attempt
 * headers, the JDK transport (TLS 1.2+, gzip, size cap, timeouts), typed errors, one ATTEMPT audit event, and
 * redacted DEBUG logging. Retries wrap the attempts where safe. Build one per client with {@link #builder()};
 * thread-safe; {@link #close()} releases its threads.
 *
 * <pre>{@code
 * HttpPipeline pipeline = HttpPipeline.builder().clientName("pds").build();
 * PipelineRequest request = PipelineRequest.builder(HttpMethod.GET, baseUrl + "/Patient/" + nhs.value())
 *     .source("PDS").operation("readPatient").requester(requester).patient(nhs)
 *     .correlation(CorrelationPolicy.stableAcrossRetries("X-Request-ID"))
 *     .header("Accept", "application/fhir+json")
 *     .build();
 * Patient patient = pipeline.execute(request, response -> parse(response.bodyText()));
 * }</pre>
 */
public final class HttpPipeline implements AutoCloseable {
    private final String clientName;
    private final PipelineEngine engine;
    private final ResponseCache cache;

    private HttpPipeline(Builder b, ResponseCache cache) {
        this.clientName = b.clientName;
        this.cache = cache;
        this.engine = new PipelineEngine(new PipelineSettings(b.clientName, b.transport, b.retry, b.circuitBreaker,
                b.bulkhead, b.defaultDeadline, CacheEngines.of(cache), b.auditSink, b.log,
                List.copyOf(b.listeners), b.clock, b.sleeper, () -> ThreadLocalRandom.current().nextDouble()));
    }

    /** A builder; only {@link Builder#clientName(String)} is required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Runs {@code request} and hands the successful (2xx) response to {@code handler}. The handler's result
     * may be cached and served again to the same requester (see {@link PipelineRequest#cachePolicy()}).
     *
     * @return the handler's result
     * @throws dev.carerecord.sdk.core.exception.ServiceException the server answered with an error (subtype by
     *     status and code; after retries where allowed; with the attempt count)
     * @throws dev.carerecord.sdk.core.exception.SdkClientException no usable answer: {@code
     *     ConnectionFailedException}, {@code ResponseTruncatedException}, {@code DeadlineExceededException},
     *     {@code ResponseTooLargeException}, {@code CircuitOpenException}, {@code BulkheadFullException},
     *     {@code CallInterruptedException} (the interrupt flag is set again), or {@code
     *     MalformedResponseException} when the handler threw (an {@link SdkException} it throws passes as is)
     */
    public <T> T execute(PipelineRequest request, ResponseHandler<T> handler) {
        return engine.execute(request, handler);
    }

    /**
     * Records that the client refused to send {@code request} (e.g. a safety rule): one OUTCOME audit event
     * with outcome BLOCKED and {@code reason}, and a completed-call event. Nothing goes on the wire.
     *
     * @param reason why, short and without clinical content (NHS numbers in it are masked)
     * @throws InvalidInputException if the reason is missing
     */
    public void auditBlocked(PipelineRequest request, String reason) {
        engine.auditBlocked(request, reason);
    }

    /** The state of the circuit breaker of {@code endpointKey} ({@code CLOSED} before its first call). */
    public CircuitState circuitState(String endpointKey) {
        return engine.circuitState(Objects.requireNonNull(endpointKey, "endpointKey"));
    }

    /** The response cache this pipeline uses (shared, or its own), e.g. to purge a patient. */
    public ResponseCache responseCache() {
        return cache;
    }

    /** The client name given to the builder. */
    public String clientName() {
        return clientName;
    }

    /** Stops the transport's threads. Calls in flight may fail. */
    @Override
    public void close() {
        engine.close();
    }

    @Override
    public String toString() {
        return "HttpPipeline[" + clientName + "]";
    }

    /** Collects the pipeline's settings; every one has a safe default but the client name. Not thread-safe. */
    public static final class Builder {
        private String clientName;
        private TransportOptions transport = TransportOptions.defaults();
        private RetryOptions retry = RetryOptions.defaults();
        private CircuitBreakerOptions circuitBreaker = CircuitBreakerOptions.defaults();
        private BulkheadOptions bulkhead = BulkheadOptions.defaults();
        private Duration defaultDeadline = Duration.ofSeconds(60);
        private CacheOptions cacheOptions;
        private ResponseCache sharedCache;
        private AuditSink auditSink;
        private LogOptions log = LogOptions.defaults();
        private final List<PipelineListener> listeners = new ArrayList<>();
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.system();

        private Builder() {
        }

        /** The client's name, e.g. {@code "gp-connect"} (logs, audit, metrics, thread names). Required. */
        public Builder clientName(String value) {
            Objects.requireNonNull(value, "clientName");
            if (!value.matches("[A-Za-z0-9._-]{1,64}")) {
                throw new IllegalArgumentException("clientName must be 1 to 64 letters, digits, '.', '_' or '-'");
            }
            this.clientName = value;
            return this;
        }

        /** Connection, TLS, timeouts, size cap; {@link TransportOptions#defaults()} unless set. */
        public Builder transportOptions(TransportOptions value) {
            this.transport = Objects.requireNonNull(value, "transportOptions");
            return this;
        }

        /** Retrying; {@link RetryOptions#defaults()} unless set. */
        public Builder retryOptions(RetryOptions value) {
            this.retry = Objects.requireNonNull(value, "retryOptions");
            return this;
        }

        /** Circuit breaking per endpoint key; {@link CircuitBreakerOptions#defaults()} unless set. */
        public Builder circuitBreakerOptions(CircuitBreakerOptions value) {
            this.circuitBreaker = Objects.requireNonNull(value, "circuitBreakerOptions");
            return this;
        }

        /** Concurrency limit per endpoint key; {@link BulkheadOptions#defaults()} unless set. */
        public Builder bulkheadOptions(BulkheadOptions value) {
            this.bulkhead = Objects.requireNonNull(value, "bulkheadOptions");
            return this;
        }

        /** The deadline of calls that set none (all attempts and waits included). Default 60 s. */
        public Builder defaultDeadline(Duration value) {
            this.defaultDeadline = Options.positive(value, "defaultDeadline");
            return this;
        }

        /**
         * A cache of this pipeline's own with {@code value}; without this or {@link #responseCache}, the
         * pipeline makes one with {@link CacheOptions#defaults()} (reference data only).
         */
        public Builder cacheOptions(CacheOptions value) {
            this.cacheOptions = Objects.requireNonNull(value, "cacheOptions");
            return this;
        }

        /** A cache shared with other pipelines (purged together). Not together with {@link #cacheOptions}. */
        public Builder responseCache(ResponseCache value) {
            this.sharedCache = Objects.requireNonNull(value, "responseCache");
            return this;
        }

        /** Where audit events go; an {@link Slf4jAuditSink} unless set. */
        public Builder auditSink(AuditSink value) {
            this.auditSink = Objects.requireNonNull(value, "auditSink");
            return this;
        }

        /** What the DEBUG/TRACE logs show; {@link LogOptions#defaults()} unless set. */
        public Builder logOptions(LogOptions value) {
            this.log = Objects.requireNonNull(value, "logOptions");
            return this;
        }

        /** Adds a listener of retries, circuit changes and completed calls. */
        public Builder addListener(PipelineListener value) {
            listeners.add(Objects.requireNonNull(value, "listener"));
            return this;
        }

        /** The clock for audit timestamps, cache expiry, {@code Retry-After} dates and circuit waits (tests). */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** What waits between attempts (tests record the waits). {@link Sleeper#system()} unless set. */
        public Builder sleeper(Sleeper value) {
            this.sleeper = Objects.requireNonNull(value, "sleeper");
            return this;
        }

        /**
         * The pipeline.
         *
         * @throws IllegalStateException if the client name is missing, or both cache options and a shared cache
         *     were given
         */
        public HttpPipeline build() {
            if (clientName == null) {
                throw new IllegalStateException("clientName is required");
            }
            if (cacheOptions != null && sharedCache != null) {
                throw new IllegalStateException("give cacheOptions or a shared responseCache, not both");
            }
            if (auditSink == null) {
                auditSink = Slf4jAuditSink.create();
            }
            ResponseCache cache = sharedCache;
            if (cache == null) {
                CacheOptions options = cacheOptions == null ? CacheOptions.defaults() : cacheOptions;
                cache = ResponseCache.builder().options(options).clock(clock).build();
            }
            return new HttpPipeline(this, cache);
        }
    }
}
