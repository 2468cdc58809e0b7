package dev.carerecord.sdk.core.exception;

/** The response body exceeded the configured size cap; reading was stopped. */
public class ResponseTooLargeException extends SdkClientException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception with {@code message} (no patient data), its {@code cause} (may be null), the attempts that went
     * on the wire and the correlation id of the last one (may be null).
     */
    public ResponseTooLargeException(String message, Throwable cause, int attempts, String correlationId) {
        super(message, cause, attempts, correlationId);
    }
}
