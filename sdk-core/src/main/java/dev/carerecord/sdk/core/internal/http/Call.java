package dev.carerecord.sdk.core.internal.http;

import dev.carerecord.sdk.core.http.CorrelationPolicy;
import dev.carerecord.sdk.core.http.PipelineRequest;
import java.time.Duration;

/** The state of one call through the pipeline: its request, deadline, correlation ids and attempts so far. */
final class Call {
    final PipelineRequest request;
    final Deadline deadline;
    final long startNanos = System.nanoTime();
    private final String callCorrelationId = CorrelationIds.next();
    private String lastCorrelationId = callCorrelationId;
    private int attemptsOnWire;
    private Integer lastStatus;

    Call(PipelineRequest request, Duration budget) {
        this.request = request;
        this.deadline = Deadline.after(budget);
    }

    /** The correlation id for {@code attempt}: the call's own, or a new one per attempt after the first. */
    String correlationFor(int attempt) {
        boolean fresh = request.correlation().mode() == CorrelationPolicy.Mode.FRESH_PER_ATTEMPT && attempt > 1;
        lastCorrelationId = fresh ? CorrelationIds.next() : callCorrelationId;
        return lastCorrelationId;
    }

    String lastCorrelationId() {
        return lastCorrelationId;
    }

    void wentOnWire() {
        attemptsOnWire++;
    }

    int attemptsOnWire() {
        return attemptsOnWire;
    }

    /** The status of the current attempt; null while it has none. */
    void status(Integer status) {
        lastStatus = status;
    }

    Integer lastStatus() {
        return lastStatus;
    }

    Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }
}
