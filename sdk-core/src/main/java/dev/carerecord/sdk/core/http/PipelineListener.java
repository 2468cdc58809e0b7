package dev.carerecord.sdk.core.http;

/**
 * Observes the pipeline: retries, circuit state changes and completed calls, e.g. for metrics
 * ({@code MicrometerPipelineListener}) or alerting. Called on the calling thread; keep it quick. Exceptions it
 * throws are logged at DEBUG and ignored. Every method does nothing by default.
 */
public interface PipelineListener {

    /** An attempt failed and will be retried. */
    default void onRetry(RetryEvent event) {
    }

    /** An endpoint's circuit changed state. */
    default void onCircuitStateChange(CircuitStateEvent event) {
    }

    /** A call ended. */
    default void onCallCompleted(CallCompletedEvent event) {
    }
}
