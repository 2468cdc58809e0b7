package dev.carerecord.sdk.core.internal.http;

import dev.carerecord.sdk.core.audit.AuditOutcome;
import dev.carerecord.sdk.core.exception.InvalidInputException;
import dev.carerecord.sdk.core.exception.MalformedResponseException;
import dev.carerecord.sdk.core.exception.SdkException;
import dev.carerecord.sdk.core.exception.ServiceException;
import dev.carerecord.sdk.core.http.CallCompletedEvent;
import dev.carerecord.sdk.core.http.CircuitState;
import dev.carerecord.sdk.core.http.HttpResponse;
import dev.carerecord.sdk.core.http.PipelineRequest;
import dev.carerecord.sdk.core.http.ResponseHandler;
import dev.carerecord.sdk.core.internal.cache.CacheEngine;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Runs calls: once per call the cache lookup, deadline and OUTCOME audit; per attempt (through the retry
 * driver) circuit breaker, bulkhead, headers, transport and ATTEMPT audit; then the response handler and the
 * cache store. Thread-safe.
 */
public final class PipelineEngine implements AutoCloseable {
    private static final int MAX_DETAIL = 200;

    private final PipelineSettings settings;
    private final JdkTransport transport;
    private final Listeners listeners;
    private final WireLogger log;
    private final Auditor auditor;
    private final EndpointGuards guards;
    private final RetryDriver retry;
    private final AttemptRunner attempts;
    private final CacheEngine cache;
    private volatile boolean closed;

    public PipelineEngine(PipelineSettings settings) {
        this.settings = settings;
        this.listeners = new Listeners(settings.listeners());
        this.log = new WireLogger(settings.clientName(), settings.log());
        this.auditor = new Auditor(settings.clientName(), settings.auditSink(), settings.clock());
        this.guards = new EndpointGuards(settings.clientName(), settings.circuitBreaker(), settings.bulkhead(),
                settings.clock(), listeners, log);
        this.retry = new RetryDriver(settings.clientName(), settings.retry(), settings.sleeper(), settings.random(),
                listeners, log);
        this.transport = new JdkTransport(settings.clientName(), settings.transport());
        this.attempts = new AttemptRunner(settings.transport(), transport, guards, retry, auditor, log,
                settings.clock());
        this.cache = settings.cache();
    }

    /** See {@code HttpPipeline.execute}. */
    public <T> T execute(PipelineRequest request, ResponseHandler<T> handler) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(handler, "handler");
        if (closed) {
            throw new IllegalStateException("the pipeline " + settings.clientName() + " is closed");
        }
        Call call = new Call(request, request.deadline().orElse(settings.defaultDeadline()));
        Optional<String> key = cache == null ? Optional.empty() : cache.keyFor(request);
        if (key.isPresent()) {
            Optional<Object> hit = cache.get(key.get());
            if (hit.isPresent()) {
                log.cacheHit(request);
                finish(call, AuditOutcome.CACHE_HIT, null, null);
                @SuppressWarnings("unchecked")
                T value = (T) hit.get();
                return value;
            }
        }
        try {
            HttpResponse response = retry.run(call, number -> attempts.attempt(call, number));
            T value = handle(request, handler, response);
            if (key.isPresent() && handler.isCacheable(value)) {
                cache.put(key.get(), request, response.headers(), value);
            }
            finish(call, partial(handler, value) ? AuditOutcome.PARTIAL : AuditOutcome.SUCCESS, null, null);
            return value;
        } catch (SdkException e) {
            finish(call, AuditOutcome.FAILURE, e, null);
            throw e;
        } catch (RuntimeException | Error e) {
            finish(call, AuditOutcome.FAILURE, null, null);
            throw e;
        }
    }

    /** See {@code HttpPipeline.auditBlocked}. */
    public void auditBlocked(PipelineRequest request, String reason) {
        Objects.requireNonNull(request, "request");
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "is missing");
        }
        String detail = reason.strip();
        if (detail.length() > MAX_DETAIL) {
            detail = detail.substring(0, MAX_DETAIL);
        }
        log.blocked(request);
        Call call = new Call(request, Duration.ZERO);
        auditor.outcome(request, AuditOutcome.BLOCKED, CorrelationIds.next(), 0, null, null,
                Redactor.maskNhsNumbers(detail), null);
        listeners.completed(new CallCompletedEvent(settings.clientName(), request.endpointKey(), request.source(),
                request.operation(), AuditOutcome.BLOCKED, 0, call.elapsed(), OptionalInt.empty(), Optional.empty()));
    }

    /** The circuit state of {@code endpointKey}. */
    public CircuitState circuitState(String endpointKey) {
        return guards.state(endpointKey);
    }

    private <T> T handle(PipelineRequest request, ResponseHandler<T> handler, HttpResponse response) {
        try {
            return handler.handle(response);
        } catch (SdkException e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw malformed(request, response, e);
        } catch (Exception e) {
            throw malformed(request, response, e);
        }
    }

    private MalformedResponseException malformed(PipelineRequest request, HttpResponse response, Exception cause) {
        log.unreadable(request, response.correlationId(), cause);
        return new MalformedResponseException("The response from " + request.source() + " (" + request.operation()
                + ", status " + response.status() + ") could not be read: " + cause.getClass().getSimpleName(),
                WithheldCause.of(cause), response.attempts(), response.correlationId());
    }

    private static <T> boolean partial(ResponseHandler<T> handler, T value) {
        try {
            return handler.isPartial(value);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private void finish(Call call, AuditOutcome outcome, SdkException error, String detail) {
        PipelineRequest request = call.request;
        Integer status = call.lastStatus();
        if (error instanceof ServiceException se) {
            status = se.statusCode();
        }
        Duration took = call.elapsed();
        auditor.outcome(request, outcome, call.lastCorrelationId(), call.attemptsOnWire(), status, error, detail,
                took);
        listeners.completed(new CallCompletedEvent(settings.clientName(), request.endpointKey(), request.source(),
                request.operation(), outcome, call.attemptsOnWire(), took,
                status == null ? OptionalInt.empty() : OptionalInt.of(status),
                Optional.ofNullable(error).map(e -> e.getClass().getSimpleName())));
    }

    @Override
    public void close() {
        closed = true;
        transport.close();
    }
}
