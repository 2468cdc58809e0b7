package dev.carerecord.sdk.core.exception;

/** The circuit breaker for the endpoint is open: the call failed fast without going on the wire. */
public class CircuitOpenException extends SdkClientException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception with {@code message} (no patient data), its {@code cause} (may be null), the attempts that went
     * on the wire and the correlation id of the last one (may be null).
     */
    public CircuitOpenException(String message, Throwable cause, int attempts, String correlationId) {
        super(message, cause, attempts, correlationId);
    }
}
