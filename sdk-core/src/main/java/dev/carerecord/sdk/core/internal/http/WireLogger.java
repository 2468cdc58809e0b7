package dev.carerecord.sdk.core.internal.http;

import dev.carerecord.sdk.core.http.HttpHeaders;
import dev.carerecord.sdk.core.http.LogOptions;
import dev.carerecord.sdk.core.http.PipelineRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pipeline's request and response lines at DEBUG ({@code dev.carerecord.sdk.http}) and bodies at TRACE
 * ({@code dev.carerecord.sdk.http.body}, only when {@link LogOptions#logBodies()}), all through the
 * {@link Redactor}. Never logs at WARN or above: failures are thrown to the caller, who decides.
 */
final class WireLogger {
    private static final Logger LOG = LoggerFactory.getLogger("dev.carerecord.sdk.http");
    private static final Logger BODY = LoggerFactory.getLogger("dev.carerecord.sdk.http.body");

    private final String client;
    private final LogOptions options;
    private final Redactor redactor;

    WireLogger(String client, LogOptions options) {
        this.client = client;
        this.options = options;
        this.redactor = new Redactor(options);
    }

    void request(PipelineRequest request, int attempt, String correlationId, HttpHeaders headers) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("[{}] --> {} {} attempt={} correlationId={} source=\"{}\" operation={} headers={} bodyBytes={}",
                    client, request.method(), redactor.url(request.uri().toString()), attempt, correlationId,
                    request.source(), request.operation(), redactor.headers(headers), request.bodyLength());
        }
        if (options.logBodies() && request.bodyLength() > 0) {
            body("-->", correlationId, request.body());
        }
    }

    void response(PipelineRequest request, int attempt, String correlationId, int status, HttpHeaders headers,
            byte[] body, Duration took) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("[{}] <-- {} {} {} attempt={} correlationId={} durationMs={} headers={} bodyBytes={}",
                    client, status, request.method(), redactor.url(request.uri().toString()), attempt,
                    correlationId, took.toMillis(), redactor.headers(headers), body.length);
        }
        body("<--", correlationId, body);
    }

    void failure(PipelineRequest request, int attempt, String correlationId, Throwable failure, Duration took) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("[{}] <-- FAILED {} {} attempt={} correlationId={} durationMs={} error={}", client,
                    request.method(), redactor.url(request.uri().toString()), attempt, correlationId,
                    took.toMillis(), failure.getClass().getSimpleName());
        }
    }

    void retry(PipelineRequest request, int failedAttempt, String reason, Duration delay) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("[{}] retrying {} {} after attempt {} failed ({}); waiting {} ms", client, request.method(),
                    redactor.url(request.uri().toString()), failedAttempt, reason, delay.toMillis());
        }
    }

    void givingUp(PipelineRequest request, int attempts, String why) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("[{}] not retrying {} {} after {} attempt(s): {}", client, request.method(),
                    redactor.url(request.uri().toString()), attempts, why);
        }
    }

    void circuit(String endpointKey, dev.carerecord.sdk.core.http.CircuitState from,
            dev.carerecord.sdk.core.http.CircuitState to) {
        LOG.debug("[{}] circuit for endpoint \"{}\" went from {} to {}", client, endpointKey, from, to);
    }

    /** A response the handler could not read; the parser's message, which may quote it, only at DEBUG, redacted. */
    void unreadable(PipelineRequest request, String correlationId, Throwable cause) {
        if (LOG.isDebugEnabled()) {
            String message = cause.getMessage() == null ? "" : redactor.text(cause.getMessage());
            LOG.debug("[{}] unreadable response correlationId={} source=\"{}\" operation={}: {}: {}", client,
                    correlationId, request.source(), request.operation(), cause.getClass().getName(), message);
        }
    }

    void cacheHit(PipelineRequest request) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("[{}] cache hit {} {} source=\"{}\" operation={}", client, request.method(),
                    redactor.url(request.uri().toString()), request.source(), request.operation());
        }
    }

    void blocked(PipelineRequest request) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("[{}] blocked before sending {} {} source=\"{}\" operation={}", client, request.method(),
                    redactor.url(request.uri().toString()), request.source(), request.operation());
        }
    }

    private void body(String direction, String correlationId, byte[] body) {
        if (options.logBodies() && body.length > 0 && BODY.isTraceEnabled()) {
            // redact the whole text, then cut: a cut first could leave nine digits of an NHS number unmasked, and
            // nine digits give the tenth (the check digit)
            String text = redactor.text(new String(body, StandardCharsets.UTF_8));
            if (text.length() > options.maxBodyChars()) {
                text = text.substring(0, options.maxBodyChars()) + "...(cut)";
            }
            BODY.trace("[{}] {} body correlationId={}: {}", client, direction, correlationId, text);
        }
    }
}
