package dev.carerecord.sdk.core.http;

/**
 * An endpoint's circuit breaker changed state.
 *
 * @param clientName the pipeline's client name
 * @param endpointKey the endpoint key
 * @param from the state before
 * @param to the state after
 */
public record CircuitStateEvent(String clientName, String endpointKey, CircuitState from, CircuitState to) {
}
