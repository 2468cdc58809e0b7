package dev.carerecord.sdk.core.exception;

/** Too many calls to the endpoint were already in flight: the call was refused without going on the wire. */
public class BulkheadFullException extends SdkClientException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception with {@code message} (no patient data), its {@code cause} (may be null), the attempts that went
     * on the wire and the correlation id of the last one (may be null).
     */
    public BulkheadFullException(String message, Throwable cause, int attempts, String correlationId) {
        super(message, cause, attempts, correlationId);
    }
}
