package dev.carerecord.sdk.core.internal.http;

import dev.carerecord.sdk.core.exception.CallInterruptedException;
import dev.carerecord.sdk.core.http.HttpResponse;
import dev.carerecord.sdk.core.http.RetryEvent;
import dev.carerecord.sdk.core.http.RetryOptions;
import dev.carerecord.sdk.core.http.Sleeper;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * Repeats failed attempts as {@link RetryOptions} allow. Resilience4j's {@link Retry} counts attempts, applies
 * the retry predicate and computes each wait (through its async context, which returns the wait instead of
 * sleeping); this driver does the waiting itself through the injectable {@link Sleeper}, refuses any wait that
 * would pass the call's deadline, and stops on interrupt with the flag restored.
 */
final class RetryDriver {
    private final String clientName;
    private final RetryOptions options;
    private final Retry retry;
    private final Backoff backoff;
    private final Sleeper sleeper;
    private final Listeners listeners;
    private final WireLogger log;

    RetryDriver(String clientName, RetryOptions options, Sleeper sleeper, DoubleSupplier random, Listeners listeners,
            WireLogger log) {
        this.clientName = clientName;
        this.options = options;
        this.backoff = new Backoff(options, random);
        this.sleeper = sleeper;
        this.listeners = listeners;
        this.log = log;
        RetryConfig config = RetryConfig.custom()
                .maxAttempts(options.maxAttempts())
                .retryOnException(t -> t instanceof AttemptFailure f && f.retryable())
                .intervalBiFunction((failures, outcome) -> waitMillis(failures, outcome.getLeft()))
                .failAfterMaxAttempts(false)
                .writableStackTraceEnabled(false)
                .build();
        this.retry = Retry.of(clientName, config);
    }

    /** Whether {@code status} is one the options retry. */
    boolean isRetryStatus(int status) {
        return options.retryStatuses().contains(status);
    }

    /** Runs attempts until one succeeds, one fails for good, or the retries or the deadline run out. */
    HttpResponse run(Call call, Attempt attempt) {
        Retry.AsyncContext<HttpResponse> context = retry.asyncContext();
        for (int number = 1; ; number++) {
            try {
                HttpResponse response = attempt.run(number);
                context.onComplete();
                return response;
            } catch (AttemptFailure failure) {
                long waitMillis = context.onError(failure);
                if (waitMillis < 0) {
                    log.givingUp(call.request, number, !failure.retryable() ? "not retryable (" + failure.reason() + ")"
                            : number >= options.maxAttempts() ? "attempts used up" : "Retry-After too long");
                    throw failure.failure();
                }
                Duration wait = Duration.ofMillis(waitMillis);
                if (wait.compareTo(call.deadline.remaining()) >= 0) {
                    log.givingUp(call.request, number, "waiting " + waitMillis + " ms would pass the deadline");
                    throw failure.failure();
                }
                log.retry(call.request, number, failure.reason(), wait);
                listeners.retry(new RetryEvent(clientName, call.request.endpointKey(), call.request.source(),
                        call.request.operation(), number, wait, failure.reason()));
                try {
                    sleeper.sleep(wait);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new CallInterruptedException("Interrupted while waiting to retry the call to "
                            + call.request.source() + " (" + call.request.operation() + ")", failure.failure(),
                            call.attemptsOnWire(), call.lastCorrelationId());
                }
            }
        }
    }

    private long waitMillis(int failures, Throwable failure) {
        Optional<Duration> retryAfter = failure instanceof AttemptFailure f ? f.retryAfter() : Optional.empty();
        if (retryAfter.isPresent()) {
            return retryAfter.get().compareTo(options.maxRetryAfter()) > 0 ? -1 : retryAfter.get().toMillis();
        }
        return backoff.after(failures).toMillis();
    }

    /** One attempt: returns a 2xx response or throws {@link AttemptFailure}. */
    @FunctionalInterface
    interface Attempt {
        HttpResponse run(int number);
    }
}
