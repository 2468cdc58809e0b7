package dev.carerecord.sdk.core.exception;

/**
 * No usable response was had: the input was refused before sending, or the exchange failed on the client side
 * (connection, timeout, truncated or malformed body, circuit open, too many concurrent calls).
 */
public class SdkClientException extends SdkException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception with {@code message} (no patient data), its {@code cause} (may be null), the attempts that went
     * on the wire and the correlation id of the last one (may be null).
     */
    public SdkClientException(String message, Throwable cause, int attempts, String correlationId) {
        super(message, cause, attempts, correlationId);
    }
}
