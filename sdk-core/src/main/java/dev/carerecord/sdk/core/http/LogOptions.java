package dev.carerecord.sdk.core.http;

import java.util.Arrays;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the pipeline's DEBUG and TRACE logs show. Request and response lines go to the SLF4J logger
 * {@code dev.carerecord.sdk.http} at DEBUG; bodies to {@code dev.carerecord.sdk.http.body} at TRACE, and only
 * when {@link #logBodies()} is on. Always: query parameter values, {@code Authorization} and every header not
 * in {@link #allowedHeaders()} are masked. With {@link #redactIdentifiers()} (the default) NHS numbers (any
 * run of ten digits, and the spaced 3-3-4 forms) are masked everywhere, bodies included. Immutable.
 */
public final class LogOptions {
    /** Headers whose values are shown by default (after identifier redaction). */
    public static final Set<String> DEFAULT_ALLOWED_HEADERS = Collections.unmodifiableSet(caseInsensitive(
            "Accept", "Accept-Encoding", "Cache-Control", "Content-Encoding", "Content-Length", "Content-Type",
            "Date", "ETag", "Retry-After", "Ssp-From", "Ssp-InteractionID", "Ssp-To", "Ssp-TraceID",
            "Transfer-Encoding", "User-Agent", "X-Correlation-ID", "X-Request-ID"));

    private static final LogOptions DEFAULTS = builder().build();

    private final boolean logBodies;
    private final int maxBodyChars;
    private final boolean redactIdentifiers;
    private final Set<String> allowedHeaders;

    private LogOptions(Builder b) {
        this.logBodies = b.logBodies;
        this.maxBodyChars = b.maxBodyChars;
        this.redactIdentifiers = b.redactIdentifiers;
        this.allowedHeaders = Collections.unmodifiableSet(b.allowedHeaders);
    }

    /** No bodies, identifiers redacted, the {@link #DEFAULT_ALLOWED_HEADERS}. */
    public static LogOptions defaults() {
        return DEFAULTS;
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** Whether bodies are logged at TRACE (still redacted). Default false. */
    public boolean logBodies() {
        return logBodies;
    }

    /** Longest body text logged; the rest is cut. Default 16384. */
    public int maxBodyChars() {
        return maxBodyChars;
    }

    /** Whether NHS numbers are masked in logged URLs, headers and bodies. Default true. */
    public boolean redactIdentifiers() {
        return redactIdentifiers;
    }

    /** Header names (case-insensitive) whose values are shown; credentials are masked regardless. */
    public Set<String> allowedHeaders() {
        return allowedHeaders;
    }

    @Override
    public String toString() {
        return "LogOptions[logBodies=" + logBodies + ", maxBodyChars=" + maxBodyChars + ", redactIdentifiers="
                + redactIdentifiers + ", allowedHeaders=" + allowedHeaders + "]";
    }

    private static Set<String> caseInsensitive(String... names) {
        Set<String> set = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        set.addAll(Arrays.asList(names));
        return set;
    }

    /** Collects {@link LogOptions}. Not thread-safe. */
    public static final class Builder {
        private boolean logBodies;
        private int maxBodyChars = 16384;
        private boolean redactIdentifiers = true;
        private final Set<String> allowedHeaders = caseInsensitive();

        private Builder() {
            allowedHeaders.addAll(DEFAULT_ALLOWED_HEADERS);
        }

        /** Log bodies at TRACE (redacted). Turn on only where TRACE logs are protected. */
        public Builder logBodies(boolean value) {
            this.logBodies = value;
            return this;
        }

        /** Longest body text logged, at least 0. */
        public Builder maxBodyChars(int value) {
            this.maxBodyChars = Options.atLeast(value, 0, "maxBodyChars");
            return this;
        }

        /**
         * Whether to mask NHS numbers in logged URLs, headers and bodies. Switching it off shows them at DEBUG:
         * do so only on test data.
         */
        public Builder redactIdentifiers(boolean value) {
            this.redactIdentifiers = value;
            return this;
        }

        /** Shows the values of these headers too. */
        public Builder allowHeaders(String... names) {
            for (String name : names) {
                allowedHeaders.add(name.strip().toLowerCase(Locale.ROOT));
            }
            return this;
        }

        /** The options. */
        public LogOptions build() {
            return new LogOptions(this);
        }
    }
}
