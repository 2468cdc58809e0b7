package dev.carerecord.sdk.core.exception;

/** The response headers arrived but the body ended early. */
public class ResponseTruncatedException extends SdkClientException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception with {@code message} (no patient data), its {@code cause} (may be null), the attempts that went
     * on the wire and the correlation id of the last one (may be null).
     */
    public ResponseTruncatedException(String message, Throwable cause, int attempts, String correlationId) {
        super(message, cause, attempts, correlationId);
    }
}
