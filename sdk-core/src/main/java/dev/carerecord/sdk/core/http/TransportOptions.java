package dev.carerecord.sdk.core.http;

import dev.carerecord.sdk.core.internal.http.HeaderRules;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import javax.net.ssl.SSLContext;

/**
 * How the pipeline connects: timeouts, the response size cap, TLS (mutual TLS through an {@link SSLContext},
 * e.g. from {@link TlsContexts}), an HTTP proxy, gzip and the user agent. TLS is always limited to 1.2 and 1.3.
 * Immutable; see {@link #defaults()} for the values used when nothing is set.
 */
public final class TransportOptions {
    private static final TransportOptions DEFAULTS = builder().build();

    private final Duration connectTimeout;
    private final Duration attemptTimeout;
    private final long maxResponseBytes;
    private final SSLContext sslContext;
    private final InetSocketAddress proxy;
    private final boolean gzip;
    private final String userAgent;

    private TransportOptions(Builder b) {
        this.connectTimeout = b.connectTimeout;
        this.attemptTimeout = b.attemptTimeout;
        this.maxResponseBytes = b.maxResponseBytes;
        this.sslContext = b.sslContext;
        this.proxy = b.proxy;
        this.gzip = b.gzip;
        this.userAgent = b.userAgent;
    }

    /** Connect 10 s, per attempt 30 s, 64 MiB cap, JDK default trust, no proxy, gzip on. */
    public static TransportOptions defaults() {
        return DEFAULTS;
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these options. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.connectTimeout = connectTimeout;
        b.attemptTimeout = attemptTimeout;
        b.maxResponseBytes = maxResponseBytes;
        b.sslContext = sslContext;
        b.proxy = proxy;
        b.gzip = gzip;
        b.userAgent = userAgent;
        return b;
    }

    /** Longest wait for a TCP (and TLS) connection. Default 10 s. */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /** Longest time one attempt may take, headers and whole body. Default 30 s. */
    public Duration attemptTimeout() {
        return attemptTimeout;
    }

    /** Largest body accepted, checked while reading and again after gzip decoding. Default 64 MiB. */
    public long maxResponseBytes() {
        return maxResponseBytes;
    }

    /** The TLS context (client certificate and trust anchors), when not the JDK default. */
    public Optional<SSLContext> sslContext() {
        return Optional.ofNullable(sslContext);
    }

    /** The HTTP proxy, when one is used. */
    public Optional<InetSocketAddress> proxy() {
        return Optional.ofNullable(proxy);
    }

    /** Whether {@code Accept-Encoding: gzip} is sent (gzip responses are decoded either way). Default true. */
    public boolean gzip() {
        return gzip;
    }

    /** The {@code User-Agent} sent. Default {@code care-record-sdk}. */
    public String userAgent() {
        return userAgent;
    }

    @Override
    public String toString() {
        return "TransportOptions[connectTimeout=" + connectTimeout + ", attemptTimeout=" + attemptTimeout
                + ", maxResponseBytes=" + maxResponseBytes + ", customTls=" + (sslContext != null)
                + ", proxy=" + (proxy != null) + ", gzip=" + gzip + "]";
    }

    /** Collects {@link TransportOptions}. Not thread-safe. */
    public static final class Builder {
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration attemptTimeout = Duration.ofSeconds(30);
        private long maxResponseBytes = 64L * 1024 * 1024;
        private SSLContext sslContext;
        private InetSocketAddress proxy;
        private boolean gzip = true;
        private String userAgent = "care-record-sdk";

        private Builder() {
        }

        /** Longest wait for a connection; positive. */
        public Builder connectTimeout(Duration value) {
            this.connectTimeout = Options.positive(value, "connectTimeout");
            return this;
        }

        /** Longest time one attempt may take; positive. */
        public Builder attemptTimeout(Duration value) {
            this.attemptTimeout = Options.positive(value, "attemptTimeout");
            return this;
        }

        /** Largest body accepted, in bytes; at least 1. */
        public Builder maxResponseBytes(long value) {
            if (value < 1) {
                throw new IllegalArgumentException("maxResponseBytes must be at least 1");
            }
            if (value > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("maxResponseBytes must be under 2 GiB: a body is held in one array");
            }
            this.maxResponseBytes = value;
            return this;
        }

        /** The TLS context to use (mutual TLS); see {@link TlsContexts}. */
        public Builder sslContext(SSLContext value) {
            this.sslContext = Objects.requireNonNull(value, "sslContext");
            return this;
        }

        /** An HTTP proxy for every request. */
        public Builder proxy(InetSocketAddress value) {
            this.proxy = Objects.requireNonNull(value, "proxy");
            return this;
        }

        /** Whether to ask for gzip. */
        public Builder gzip(boolean value) {
            this.gzip = value;
            return this;
        }

        /** The {@code User-Agent} to send. */
        public Builder userAgent(String value) {
            Objects.requireNonNull(value, "userAgent");
            if (value.isBlank()) {
                throw new IllegalArgumentException("userAgent is blank");
            }
            try {
                HeaderRules.check("User-Agent", value);
            } catch (dev.carerecord.sdk.core.exception.InvalidInputException e) {
                // the other options setters throw IllegalArgumentException; so does this one
                throw new IllegalArgumentException("userAgent holds a character a header may not carry", e);
            }
            this.userAgent = value;
            return this;
        }

        /** The options. */
        public TransportOptions build() {
            return new TransportOptions(this);
        }
    }
}
