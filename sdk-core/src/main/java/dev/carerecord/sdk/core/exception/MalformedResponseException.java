package dev.carerecord.sdk.core.exception;

/** A response arrived but its body could not be understood (not JSON, not the FHIR resource expected). */
public class MalformedResponseException extends SdkClientException {
    private static final long serialVersionUID = 1L;

    public MalformedResponseException(String message, Throwable cause, int attempts, String correlationId) {
        super(message, cause, attempts, correlationId);
    }
}
