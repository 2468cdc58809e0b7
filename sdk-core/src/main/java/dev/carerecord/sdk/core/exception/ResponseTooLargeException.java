package dev.carerecord.sdk.core.exception;

/** The response body exceeded the configured size cap; reading was stopped. */
public class ResponseTooLargeException extends SdkClientException {
    private static final long serialVersionUID = 1L;

    public ResponseTooLargeException(String message, Throwable cause, int attempts, String correlationId) {
        super(message, cause, attempts, correlationId);
    }
}
