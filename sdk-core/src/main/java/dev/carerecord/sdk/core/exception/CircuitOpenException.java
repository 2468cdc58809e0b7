package dev.carerecord.sdk.core.exception;

/** The circuit breaker for the endpoint is open: the call failed fast without going on the wire. */
public class CircuitOpenException extends SdkClientException {
    private static final long serialVersionUID = 1L;

    public CircuitOpenException(String message, Throwable cause, int attempts, String correlationId) {
        super(message, cause, attempts, correlationId);
    }
}
