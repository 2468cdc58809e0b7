package dev.carerecord.sdk.fhir.shcr;

import dev.carerecord.sdk.core.exception.SdkClientException;

/**
 * The shared care record holds more than one Patient with the NHS number asked for, so the SDK cannot tell
 * whose record to read and reads none. Carries the number of matches, never the patients.
 */
public class AmbiguousPatientException extends SdkClientException {
    private static final long serialVersionUID = 1L;

    private final int matches;

    public AmbiguousPatientException(String source, int matches, int attempts, String correlationId) {
        super(source + " holds " + matches + " Patients with this NHS number; no record was read", null, attempts,
                correlationId);
        this.matches = matches;
    }

    /** How many Patients matched. */
    public int matches() {
        return matches;
    }
}
