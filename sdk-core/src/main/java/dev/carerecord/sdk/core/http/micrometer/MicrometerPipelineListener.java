package dev.carerecord.sdk.core.http.micrometer;

import dev.carerecord.sdk.core.http.CallCompletedEvent;
import dev.carerecord.sdk.core.http.CircuitState;
import dev.carerecord.sdk.core.http.CircuitStateEvent;
import dev.carerecord.sdk.core.http.PipelineListener;
import dev.carerecord.sdk.core.http.RetryEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Publishes the pipeline's events as Micrometer meters. Micrometer is an optional dependency: only this class
 * refers to it, so the SDK loads without it. Add it with {@code HttpPipeline.builder().addListener(new
 * MicrometerPipelineListener(registry))}.
 *
 * <ul>
 *   <li>{@code carerecord.http.calls} (timer): calls by {@code client}, {@code endpoint}, {@code outcome}</li>
 *   <li>{@code carerecord.http.retries} (counter): retries by {@code client}, {@code endpoint}</li>
 *   <li>{@code carerecord.http.circuit.transitions} (counter): by {@code client}, {@code endpoint}, {@code to}</li>
 *   <li>{@code carerecord.http.circuit.state} (gauge): 0 closed, 1 open, 2 half-open, 3 disabled</li>
 * </ul>
 * Endpoint keys become tag values: keep them few (e.g. per source and interaction, not per patient).
 */
public final class MicrometerPipelineListener implements PipelineListener {
    private final MeterRegistry registry;
    private final ConcurrentHashMap<String, AtomicInteger> circuitStates = new ConcurrentHashMap<>();

    /** A listener publishing to {@code registry}. */
    public MicrometerPipelineListener(MeterRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    @Override
    public void onCallCompleted(CallCompletedEvent event) {
        Timer.builder("carerecord.http.calls")
                .description("Calls through the care record SDK pipeline")
                .tags(Tags.of("client", event.clientName(), "endpoint", event.endpointKey(),
                        "outcome", event.outcome().name()))
                .register(registry)
                .record(event.duration());
    }

    @Override
    public void onRetry(RetryEvent event) {
        Counter.builder("carerecord.http.retries")
                .description("Attempts retried by the care record SDK pipeline")
                .tags(Tags.of("client", event.clientName(), "endpoint", event.endpointKey()))
                .register(registry)
                .increment();
    }

    @Override
    public void onCircuitStateChange(CircuitStateEvent event) {
        Tags tags = Tags.of("client", event.clientName(), "endpoint", event.endpointKey());
        Counter.builder("carerecord.http.circuit.transitions")
                .tags(tags.and("to", event.to().name()))
                .register(registry)
                .increment();
        AtomicInteger state = circuitStates.computeIfAbsent(event.clientName() + "|" + event.endpointKey(),
                key -> registry.gauge("carerecord.http.circuit.state", tags, new AtomicInteger()));
        state.set(code(event.to()));
    }

    private static int code(CircuitState state) {
        return switch (state) {
            case CLOSED -> 0;
            case OPEN -> 1;
            case HALF_OPEN -> 2;
            case DISABLED -> 3;
        };
    }
}
