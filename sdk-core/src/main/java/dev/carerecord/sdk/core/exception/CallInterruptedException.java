package dev.carerecord.sdk.core.exception;

/**
 * The calling thread was interrupted while the call was in flight or waiting to retry: the exchange was
 * cancelled, no further attempt was made, and the thread's interrupt flag is set again.
 */
public class CallInterruptedException extends SdkClientException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception with {@code message} (no patient data), its {@code cause} (may be null), the attempts that went
     * on the wire and the correlation id of the last one (may be null).
     */
    public CallInterruptedException(String message, Throwable cause, int attempts, String correlationId) {
        super(message, cause, attempts, correlationId);
    }
}
