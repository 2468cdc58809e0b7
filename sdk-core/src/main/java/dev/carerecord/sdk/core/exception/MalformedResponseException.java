package dev.carerecord.sdk.core.exception;

/** A response arrived but its body could not be understood (not JSON, not the FHIR resource expected). */
public class MalformedResponseException extends SdkClientException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception with {@code message} (no patient data), its {@code cause} (may be null), the attempts that went
     * on the wire and the correlation id of the last one (may be null).
     */
    public MalformedResponseException(String message, Throwable cause, int attempts, String correlationId) {
        super(message, cause, attempts, correlationId);
    }
}
