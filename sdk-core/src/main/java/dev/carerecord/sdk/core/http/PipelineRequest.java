package dev.carerecord.sdk.core.http;

import dev.carerecord.sdk.core.RequesterContext;
import dev.carerecord.sdk.core.cache.CachePolicy;
import dev.carerecord.sdk.core.exception.InvalidInputException;
import dev.carerecord.sdk.core.ids.NhsNumber;
import dev.carerecord.sdk.core.internal.http.HeaderRules;
import dev.carerecord.sdk.core.internal.http.RawUrl;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One call to make through an {@link HttpPipeline}: method, URL (a raw string, sent as given), headers, body,
 * whether it is safe to retry, which endpoint it counts against, who asks (and for which patient), the
 * deadline, how it is correlated, per-attempt headers, how its result may be cached, and how errors are read.
 * Immutable; build with {@link #builder(HttpMethod, String)}. {@link #toString()} shows no URL or body.
 */
public final class PipelineRequest {
    private final HttpMethod method;
    private final String url;
    private final URI uri;
    private final HttpHeaders headers;
    private final byte[] body;
    private final boolean idempotent;
    private final Optional<String> idempotencyKeyHeader;
    private final Optional<String> idempotencyKey;
    private final String endpointKey;
    private final String operation;
    private final String source;
    private final RequesterContext requester;
    private final Optional<NhsNumber> patient;
    private final Optional<Duration> deadline;
    private final CorrelationPolicy correlation;
    private final Optional<AttemptHeaders> attemptHeaders;
    private final CachePolicy cachePolicy;
    private final ErrorDecoder errorDecoder;

    private PipelineRequest(Builder b, URI uri) {
        this.method = b.method;
        this.url = b.url;
        this.uri = uri;
        this.headers = b.headers.build();
        this.body = b.body;
        this.idempotent = b.idempotent != null ? b.idempotent : b.method.retriedByDefault();
        this.idempotencyKeyHeader = Optional.ofNullable(b.idempotencyKeyHeader);
        this.idempotencyKey = Optional.ofNullable(b.idempotencyKey);
        this.endpointKey = b.endpointKey != null ? b.endpointKey : RawUrl.origin(uri);
        this.operation = b.operation;
        this.source = b.source;
        this.requester = b.requester;
        this.patient = Optional.ofNullable(b.patient);
        this.deadline = Optional.ofNullable(b.deadline);
        this.correlation = b.correlation;
        this.attemptHeaders = Optional.ofNullable(b.attemptHeaders);
        this.cachePolicy = b.cachePolicy;
        this.errorDecoder = b.errorDecoder;
    }

    /** A builder for a request with {@code method} to {@code url} (sent as given; see {@link #url()}). */
    public static Builder builder(HttpMethod method, String url) {
        return new Builder(method, url);
    }

    /** The method. */
    public HttpMethod method() {
        return method;
    }

    /**
     * The URL exactly as given. It is sent unchanged, except that characters which cannot appear in a URI at
     * all (such as {@code |} or a space) are percent-encoded.
     */
    public String url() {
        return url;
    }

    /** The URL as sent. */
    public URI uri() {
        return uri;
    }

    /** The headers sent on every attempt (before correlation and per-attempt headers). */
    public HttpHeaders headers() {
        return headers;
    }

    /** A copy of the body; empty when there is none. */
    public byte[] body() {
        return body.clone();
    }

    /** The body length in bytes. */
    public int bodyLength() {
        return body.length;
    }

    /** Whether repeating the request is safe: by method, or as marked (e.g. a read-only POST). */
    public boolean isIdempotent() {
        return idempotent;
    }

    /** The idempotency key sent with a write, if any; it makes the write retryable. */
    public Optional<String> idempotencyKey() {
        return idempotencyKey;
    }

    /** The header carrying {@link #idempotencyKey()}, if any. */
    public Optional<String> idempotencyKeyHeader() {
        return idempotencyKeyHeader;
    }

    /** True when failed attempts may be repeated: idempotent, or carrying an idempotency key. */
    public boolean isRetryable() {
        return idempotent || idempotencyKey.isPresent();
    }

    /** What the circuit breaker, bulkhead and metrics count against; by default the URL's origin. */
    public String endpointKey() {
        return endpointKey;
    }

    /** The operation, e.g. {@code "getStructuredRecord"} (audit, logs, errors). */
    public String operation() {
        return operation;
    }

    /** The source, e.g. {@code "GP Connect A20047"} (audit, logs, errors). */
    public String source() {
        return source;
    }

    /** Who asks. */
    public RequesterContext requester() {
        return requester;
    }

    /** The patient the call concerns, if any (audit, cache purge by patient). */
    public Optional<NhsNumber> patient() {
        return patient;
    }

    /** This call's deadline, when it differs from the pipeline's default. */
    public Optional<Duration> deadline() {
        return deadline;
    }

    /** How the call is correlated. */
    public CorrelationPolicy correlation() {
        return correlation;
    }

    /** The per-attempt header supplier, if any. */
    public Optional<AttemptHeaders> attemptHeaders() {
        return attemptHeaders;
    }

    /** How the result may be cached. */
    public CachePolicy cachePolicy() {
        return cachePolicy;
    }

    /** How error responses are read. */
    public ErrorDecoder errorDecoder() {
        return errorDecoder;
    }

    /** Method, source, operation and endpoint only: the URL and body can hold identifiers. */
    @Override
    public String toString() {
        return "PipelineRequest[" + method + ", source=" + source + ", operation=" + operation + ", endpointKey="
                + endpointKey + "]";
    }

    /** Collects a {@link PipelineRequest}; {@link #build()} validates it. Not thread-safe. */
    public static final class Builder {
        private final HttpMethod method;
        private final String url;
        private final HttpHeaders.Builder headers = HttpHeaders.builder();
        private byte[] body = new byte[0];
        private Boolean idempotent;
        private String idempotencyKeyHeader;
        private String idempotencyKey;
        private String endpointKey;
        private String operation;
        private String source;
        private RequesterContext requester;
        private NhsNumber patient;
        private Duration deadline;
        private CorrelationPolicy correlation = CorrelationPolicy.none();
        private AttemptHeaders attemptHeaders;
        private CachePolicy cachePolicy = CachePolicy.none();
        private ErrorDecoder errorDecoder = ErrorDecoder.operationOutcome();

        private Builder(HttpMethod method, String url) {
            this.method = Objects.requireNonNull(method, "method");
            this.url = url;
        }

        /** Adds a header value. */
        public Builder header(String name, String value) {
            headers.add(name, value);
            return this;
        }

        /** Adds every header in {@code values}. */
        public Builder headers(HttpHeaders values) {
            values.map().forEach((name, list) -> list.forEach(v -> headers.add(name, v)));
            return this;
        }

        /** The body (copied). Set {@code Content-Type} as a header. */
        public Builder body(byte[] value) {
            this.body = Objects.requireNonNull(value, "body").clone();
            return this;
        }

        /** Marks the request as safe (or not) to repeat, overriding the method's default. */
        public Builder idempotent(boolean value) {
            this.idempotent = value;
            return this;
        }

        /** Sends {@code key} in {@code headerName} on every attempt, which makes a write retryable. */
        public Builder idempotencyKey(String headerName, String key) {
            this.idempotencyKeyHeader = Objects.requireNonNull(headerName, "headerName");
            this.idempotencyKey = Objects.requireNonNull(key, "key");
            return this;
        }

        /** What the circuit breaker and bulkhead count against (e.g. the provider ODS code and interaction). */
        public Builder endpointKey(String value) {
            this.endpointKey = Objects.requireNonNull(value, "endpointKey");
            return this;
        }

        /** The operation name (required). */
        public Builder operation(String value) {
            this.operation = value;
            return this;
        }

        /** The source name (required). */
        public Builder source(String value) {
            this.source = value;
            return this;
        }

        /** Who asks (required). */
        public Builder requester(RequesterContext value) {
            this.requester = value;
            return this;
        }

        /** The patient the call concerns. */
        public Builder patient(NhsNumber value) {
            this.patient = value;
            return this;
        }

        /** This call's deadline (all attempts and waits included), overriding the pipeline's default. */
        public Builder deadline(Duration value) {
            this.deadline = Options.positive(value, "deadline");
            return this;
        }

        /** How the call is correlated; {@link CorrelationPolicy#none()} by default. */
        public Builder correlation(CorrelationPolicy value) {
            this.correlation = Objects.requireNonNull(value, "correlation");
            return this;
        }

        /** Headers made afresh for each attempt (e.g. a JWT). */
        public Builder attemptHeaders(AttemptHeaders value) {
            this.attemptHeaders = Objects.requireNonNull(value, "attemptHeaders");
            return this;
        }

        /** How the result may be cached; {@link CachePolicy#none()} by default. */
        public Builder cachePolicy(CachePolicy value) {
            this.cachePolicy = Objects.requireNonNull(value, "cachePolicy");
            return this;
        }

        /** How error responses are read; {@link ErrorDecoder#operationOutcome()} by default. */
        public Builder errorDecoder(ErrorDecoder value) {
            this.errorDecoder = Objects.requireNonNull(value, "errorDecoder");
            return this;
        }

        /**
         * The request.
         *
         * @throws InvalidInputException if the URL is not absolute http(s), the operation, source or requester
         *     is missing, or a header is one the transport sets itself, is set twice by the correlation policy,
         *     or holds a line break
         */
        public PipelineRequest build() {
            URI uri = RawUrl.parse(url);
            require(operation, "operation");
            require(source, "source");
            if (requester == null) {
                throw new InvalidInputException("requester", "is missing");
            }
            HttpHeaders built = headers.build();
            built.map().forEach((name, values) -> values.forEach(v -> HeaderRules.check(name, v)));
            Optional<String> correlationHeader = correlation.headerName();
            if (correlationHeader.isPresent()) {
                HeaderRules.check(correlationHeader.get(), "");
                if (built.contains(correlationHeader.get())) {
                    throw new InvalidInputException("headers", correlationHeader.get()
                            + " is set by the correlation policy");
                }
            }
            if (idempotencyKeyHeader != null) {
                HeaderRules.check(idempotencyKeyHeader, idempotencyKey);
                if (idempotencyKey.isBlank()) {
                    throw new InvalidInputException("idempotencyKey", "is blank");
                }
            }
            return new PipelineRequest(this, uri);
        }

        private static void require(String value, String field) {
            if (value == null || value.isBlank()) {
                throw new InvalidInputException(field, "is missing");
            }
        }
    }
}
