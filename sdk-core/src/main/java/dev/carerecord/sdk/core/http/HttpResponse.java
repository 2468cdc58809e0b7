package dev.carerecord.sdk.core.http;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A complete HTTP response as the pipeline received it: status, headers, the body (already gzip-decoded and
 * within the size cap), the correlation id the attempt sent and which attempt this was. Immutable.
 */
public final class HttpResponse {
    private final int status;
    private final HttpHeaders headers;
    private final byte[] body;
    private final String correlationId;
    private final int attempts;
    private final Optional<Duration> retryAfter;

    private HttpResponse(Builder b) {
        this.status = b.status;
        this.headers = b.headers;
        this.body = b.body;
        this.correlationId = b.correlationId;
        this.attempts = b.attempts;
        this.retryAfter = Optional.ofNullable(b.retryAfter);
    }

    /** A builder (used by the pipeline, and by tests of handlers and decoders). */
    public static Builder builder() {
        return new Builder();
    }

    /** The HTTP status code. */
    public int status() {
        return status;
    }

    /** True for 2xx. */
    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    /** The response headers (case-insensitive). After gzip decoding, {@code Content-Encoding} is removed. */
    public HttpHeaders headers() {
        return headers;
    }

    /** A copy of the body bytes. */
    public byte[] body() {
        return body.clone();
    }

    /** The body as a stream over the bytes held (no copy). */
    public InputStream bodyStream() {
        return new ByteArrayInputStream(body);
    }

    /** The body length in bytes. */
    public int bodyLength() {
        return body.length;
    }

    /** The body decoded with the {@code charset} of {@code Content-Type}, or UTF-8. */
    public String bodyText() {
        return new String(body, charset());
    }

    /** The correlation id sent with the attempt that produced this response. */
    public String correlationId() {
        return correlationId;
    }

    /** Which attempt produced this response (1 for the first). */
    public int attempts() {
        return attempts;
    }

    /** The {@code Retry-After} the server sent (seconds or HTTP-date), as a delay from receipt. */
    public Optional<Duration> retryAfter() {
        return retryAfter;
    }

    /** The media type of the body without parameters, lower case, e.g. {@code application/fhir+json}. */
    public Optional<String> mediaType() {
        return headers.firstValue("Content-Type")
                .map(v -> v.split(";", 2)[0].strip().toLowerCase(Locale.ROOT))
                .filter(v -> !v.isEmpty());
    }

    private Charset charset() {
        Optional<String> type = headers.firstValue("Content-Type");
        if (type.isPresent()) {
            for (String part : type.get().split(";")) {
                String p = part.strip();
                if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                    try {
                        return Charset.forName(p.substring(8).replace("\"", "").strip());
                    } catch (IllegalArgumentException e) {
                        return StandardCharsets.UTF_8;
                    }
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    /** Status, attempt and size only: the body may be clinical. */
    @Override
    public String toString() {
        return "HttpResponse[status=" + status + ", attempts=" + attempts + ", bodyLength=" + body.length + "]";
    }

    /** Collects an {@link HttpResponse}. Not thread-safe. */
    public static final class Builder {
        private int status = 200;
        private HttpHeaders headers = HttpHeaders.empty();
        private byte[] body = new byte[0];
        private String correlationId = "";
        private int attempts = 1;
        private Duration retryAfter;

        private Builder() {
        }

        /** The status code (100 to 599). */
        public Builder status(int value) {
            if (value < 100 || value > 599) {
                throw new IllegalArgumentException("status must be 100 to 599: " + value);
            }
            this.status = value;
            return this;
        }

        /** The headers. */
        public Builder headers(HttpHeaders value) {
            this.headers = Objects.requireNonNull(value, "headers");
            return this;
        }

        /** The body; the array is kept, not copied, so do not change it afterwards. */
        public Builder body(byte[] value) {
            this.body = Objects.requireNonNull(value, "body");
            return this;
        }

        /** The correlation id of the attempt. */
        public Builder correlationId(String value) {
            this.correlationId = Objects.requireNonNull(value, "correlationId");
            return this;
        }

        /** Which attempt this was (1 or more). */
        public Builder attempts(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("attempts must be at least 1");
            }
            this.attempts = value;
            return this;
        }

        /** The server's {@code Retry-After}, as a delay; null when absent. */
        public Builder retryAfter(Duration value) {
            this.retryAfter = value;
            return this;
        }

        /** The response. */
        public HttpResponse build() {
            return new HttpResponse(this);
        }
    }
}
