package dev.carerecord.sdk.core.exception;

/** The call's deadline or an attempt's timeout passed before a complete response arrived. */
public class DeadlineExceededException extends SdkClientException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception with {@code message} (no patient data), its {@code cause} (may be null), the attempts that went
     * on the wire and the correlation id of the last one (may be null).
     */
    public DeadlineExceededException(String message, Throwable cause, int attempts, String correlationId) {
        super(message, cause, attempts, correlationId);
    }
}
