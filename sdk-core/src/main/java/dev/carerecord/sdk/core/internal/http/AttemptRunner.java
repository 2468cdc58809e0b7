package dev.carerecord.sdk.core.internal.http;

import dev.carerecord.sdk.core.exception.BulkheadFullException;
import dev.carerecord.sdk.core.exception.CallInterruptedException;
import dev.carerecord.sdk.core.exception.CircuitOpenException;
import dev.carerecord.sdk.core.exception.ConnectionFailedException;
import dev.carerecord.sdk.core.exception.DeadlineExceededException;
import dev.carerecord.sdk.core.exception.MalformedResponseException;
import dev.carerecord.sdk.core.exception.ResponseTooLargeException;
import dev.carerecord.sdk.core.exception.ResponseTruncatedException;
import dev.carerecord.sdk.core.exception.SdkClientException;
import dev.carerecord.sdk.core.exception.ServiceError;
import dev.carerecord.sdk.core.exception.ServiceException;
import dev.carerecord.sdk.core.http.HttpHeaders;
import dev.carerecord.sdk.core.http.HttpResponse;
import dev.carerecord.sdk.core.http.PipelineRequest;
import dev.carerecord.sdk.core.http.TransportOptions;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One attempt on the wire: circuit breaker and bulkhead permits, the attempt's headers (correlation id,
 * idempotency key, per-attempt supplier), the exchange within the attempt's time, and the verdict: a 2xx
 * response, or an {@link AttemptFailure} saying whether a retry may follow. Emits the ATTEMPT audit event.
 */
final class AttemptRunner {
    private static final Logger LOG = LoggerFactory.getLogger(AttemptRunner.class);

    private final TransportOptions options;
    private final JdkTransport transport;
    private final EndpointGuards guards;
    private final RetryDriver retry;
    private final Auditor auditor;
    private final WireLogger log;
    private final Clock clock;

    AttemptRunner(TransportOptions options, JdkTransport transport, EndpointGuards guards, RetryDriver retry,
            Auditor auditor, WireLogger log, Clock clock) {
        this.options = options;
        this.transport = transport;
        this.guards = guards;
        this.retry = retry;
        this.auditor = auditor;
        this.log = log;
        this.clock = clock;
    }

    /** Runs attempt {@code number} of {@code call}: a 2xx response, or {@link AttemptFailure}. */
    HttpResponse attempt(Call call, int number) {
        String correlationId = call.correlationFor(number);
        call.status(null);
        EndpointGuards.Permit permit = permit(call, correlationId);
        try {
            Duration timeout = timeLeft(call, correlationId);
            HttpHeaders headers = headers(call.request, number, correlationId);
            call.wentOnWire();
            log.request(call.request, number, correlationId, headers);
            long start = System.nanoTime();
            RawResponse raw = exchange(call, number, correlationId, headers, timeout, permit, start);
            return verdict(call, number, correlationId, raw, permit, Duration.ofNanos(System.nanoTime() - start));
        } finally {
            // whatever escaped (an Error, a decoder or logger bug), the slot and any half-open trial go back;
            // a permit already settled by a verdict ignores this
            permit.released();
        }
    }

    /** A circuit breaker and bulkhead permit, or the failure saying why none was given. */
    private EndpointGuards.Permit permit(Call call, String correlationId) {
        if (call.deadline.passed()) {
            throw new AttemptFailure(deadlinePassed(call, correlationId), false, Optional.empty(), "deadline passed");
        }
        try {
            return guards.acquire(call.request.endpointKey(), call.deadline.remaining());
        } catch (EndpointGuards.Refused refused) {
            if (Thread.currentThread().isInterrupted()) {
                throw new CallInterruptedException("Interrupted while waiting for a free slot to call "
                        + call.request.source() + " (" + call.request.operation() + ")", null,
                        call.attemptsOnWire(), correlationId);
            }
            if (call.deadline.passed()) {
                // the slot wait ran into the call's deadline: that, not a full bulkhead, is what the caller hit
                throw new AttemptFailure(deadlinePassed(call, correlationId), false, Optional.empty(),
                        "deadline passed");
            }
            throw new AttemptFailure(refusal(call, refused, correlationId), false, Optional.empty(),
                    refused.circuitOpen() ? "circuit open" : "bulkhead full");
        }
    }

    /** The attempt's time: the attempt timeout, or less when the deadline is nearer (a slot wait counts). */
    private Duration timeLeft(Call call, String correlationId) {
        Duration left = call.deadline.remaining();
        if (left.isNegative() || left.isZero()) {
            throw new AttemptFailure(deadlinePassed(call, correlationId), false, Optional.empty(), "deadline passed");
        }
        return left.compareTo(options.attemptTimeout()) > 0 ? options.attemptTimeout() : left;
    }

    /** Sends and reads; a client-side failure is audited, logged and thrown as the right failure. */
    private RawResponse exchange(Call call, int number, String correlationId, HttpHeaders headers, Duration timeout,
            EndpointGuards.Permit permit, long start) {
        PipelineRequest request = call.request;
        try {
            return transport.send(request.uri(), request.method(), headers, request.body(), timeout);
        } catch (TransportFailure failure) {
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            boolean endpointFault = failure.kind() != TransportFailure.Kind.TOO_LARGE
                    && failure.kind() != TransportFailure.Kind.UNDECODABLE;
            SdkClientException error = clientError(call, failure, number, correlationId);
            if (endpointFault) {
                permit.failed(error);
            } else {
                permit.succeeded();
            }
            log.failure(request, number, correlationId, error, took);
            auditor.attempt(request, correlationId, number, null, error, took);
            boolean retryable = request.isRetryable() && endpointFault && !call.deadline.passed();
            throw new AttemptFailure(error, retryable, Optional.empty(), error.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            permit.released();
            Thread.currentThread().interrupt();
            CallInterruptedException error = new CallInterruptedException("Interrupted during the call to "
                    + request.source() + " (" + request.operation() + "); the exchange was cancelled", e, number,
                    correlationId);
            log.failure(request, number, correlationId, error, took);
            auditor.attempt(request, correlationId, number, null, error, took);
            throw error;
        }
    }

    /** A 2xx response is returned; any other status becomes the decoder's exception inside an AttemptFailure. */
    private HttpResponse verdict(Call call, int number, String correlationId, RawResponse raw,
            EndpointGuards.Permit permit, Duration took) {
        PipelineRequest request = call.request;
        call.status(raw.status());
        log.response(request, number, correlationId, raw.status(), raw.headers(), raw.body(), took);
        HttpResponse response = HttpResponse.builder().status(raw.status()).headers(raw.headers()).body(raw.body())
                .correlationId(correlationId).attempts(number)
                .retryAfter(raw.headers().firstValue("Retry-After").flatMap(v -> RetryAfter.parse(v, clock))
                        .orElse(null))
                .build();
        if (response.isSuccess()) {
            permit.succeeded();
            auditor.attempt(request, correlationId, number, raw.status(), null, took);
            return response;
        }
        ServiceException error = decode(request, response);
        if (guards.isFailureStatus(raw.status())) {
            permit.failed(error);
        } else {
            permit.succeeded();
        }
        auditor.attempt(request, correlationId, number, raw.status(), error, took);
        boolean retryable = request.isRetryable() && retry.isRetryStatus(raw.status());
        throw new AttemptFailure(error, retryable, response.retryAfter(), "status " + raw.status());
    }

    private HttpHeaders headers(PipelineRequest request, int number, String correlationId) {
        HttpHeaders.Builder headers = request.headers().toBuilder();
        if (options.gzip() && !headers.contains("Accept-Encoding")) {
            headers.set("Accept-Encoding", "gzip");
        }
        if (!headers.contains("User-Agent")) {
            headers.set("User-Agent", options.userAgent());
        }
        request.correlation().headerName().ifPresent(name -> headers.set(name, correlationId));
        if (request.idempotencyKeyHeader().isPresent()) {
            headers.set(request.idempotencyKeyHeader().get(), request.idempotencyKey().orElseThrow());
        }
        if (request.attemptHeaders().isPresent()) {
            Map<String, String> extra = request.attemptHeaders().get().headersFor(number, correlationId);
            if (extra != null) {
                extra.forEach((name, value) -> {
                    HeaderRules.check(name, value);
                    headers.set(name, value);
                });
            }
        }
        return headers.build();
    }

    private static ServiceException decode(PipelineRequest request, HttpResponse response) {
        try {
            ServiceException decoded = request.errorDecoder().decode(request, response);
            if (decoded != null) {
                return decoded;
            }
        } catch (RuntimeException e) {
            LOG.debug("The error decoder for {} failed with {}; using the default", request.source(),
                    e.getClass().getName());
        }
        try {
            return OperationOutcomeErrorDecoder.INSTANCE.decode(request, response);
        } catch (RuntimeException e) {
            return ServiceException.of(ServiceError.ofStatus(response.status(), request.source(),
                    response.correlationId(), response.attempts()));
        }
    }

    private static DeadlineExceededException deadlinePassed(Call call, String correlationId) {
        return new DeadlineExceededException("The deadline of the call to " + call.request.source() + " ("
                + call.request.operation() + ") passed", null, call.attemptsOnWire(), correlationId);
    }

    private static SdkClientException refusal(Call call, EndpointGuards.Refused refused, String correlationId) {
        PipelineRequest r = call.request;
        if (refused.circuitOpen()) {
            return new CircuitOpenException("The circuit for " + r.source() + " (endpoint \"" + r.endpointKey()
                    + "\") is open: the call failed fast", null, call.attemptsOnWire(), correlationId);
        }
        return new BulkheadFullException("Too many calls in flight to " + r.source() + " (endpoint \""
                + r.endpointKey() + "\")", null, call.attemptsOnWire(), correlationId);
    }

    private static SdkClientException clientError(Call call, TransportFailure failure, int attempts,
            String correlationId) {
        PipelineRequest r = call.request;
        String message = "Call to " + r.source() + " (" + r.operation() + ") failed: " + failure.getMessage();
        if (attempts > 1) {
            message += "; attempts: " + attempts;
        }
        Throwable cause = failure.getCause();
        return switch (failure.kind()) {
            case CONNECT -> new ConnectionFailedException(message, cause, attempts, correlationId);
            case TIMEOUT -> new DeadlineExceededException(message, cause, attempts, correlationId);
            case TRUNCATED -> new ResponseTruncatedException(message, cause, attempts, correlationId);
            case TOO_LARGE -> new ResponseTooLargeException(message, cause, attempts, correlationId);
            case UNDECODABLE -> new MalformedResponseException(message, cause, attempts, correlationId);
        };
    }
}
