package dev.carerecord.sdk.core.exception;

/** The response headers arrived but the body ended early. */
public class ResponseTruncatedException extends SdkClientException {
    private static final long serialVersionUID = 1L;

    public ResponseTruncatedException(String message, Throwable cause, int attempts, String correlationId) {
        super(message, cause, attempts, correlationId);
    }
}
