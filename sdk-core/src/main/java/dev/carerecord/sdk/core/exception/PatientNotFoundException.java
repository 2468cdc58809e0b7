package dev.carerecord.sdk.core.exception;

/**
 * The source has no record it will share for this patient. For GP Connect this is deliberately ambiguous
 * ({@code PATIENT_NOT_FOUND} covers no match, deceased, registered elsewhere, unverified and sensitive
 * patients), so present it as "not available from this source", never as "the patient does not exist".
 */
public class PatientNotFoundException extends ResourceNotFoundException {
    private static final long serialVersionUID = 1L;

    /** An exception for {@code error}; {@code message} (which must not quote patient data) leads the message. */
    public PatientNotFoundException(ServiceError error, String message) {
        super(error, message);
    }
}
