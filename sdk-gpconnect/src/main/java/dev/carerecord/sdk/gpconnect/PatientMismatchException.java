package dev.carerecord.sdk.gpconnect;

import dev.carerecord.sdk.core.exception.MalformedResponseException;
import java.util.Objects;

/**
 * The practice answered with a structured record that cannot be confirmed as the requested patient's: its
 * Patient carries another NHS number, one that is not valid, no NHS number, or there is no Patient at all. GP Connect consumers must
 * check the returned patient against the one asked for (spec: the consumer's demographic check), so the record
 * is discarded rather than returned: treat it as a safety incident at the source, not as missing data. The
 * message names the practice and the trace id, never an NHS number.
 */
public class PatientMismatchException extends MalformedResponseException {
    private static final long serialVersionUID = 1L;

    /** Why the record could not be confirmed as the requested patient's. */
    public enum Reason {
        /** A Patient in the Bundle carries an NHS number other than the one requested. */
        OTHER_NHS_NUMBER,
        /** A Patient in the Bundle carries an NHS number identifier whose value fails the Modulus 11 check. */
        INVALID_NHS_NUMBER,
        /** A Patient in the Bundle carries no NHS number identifier. */
        NO_NHS_NUMBER,
        /** The Bundle has no Patient resource. */
        NO_PATIENT
    }

    private final Reason reason;

    /** Made by the client; public for integrators' tests. */
    public PatientMismatchException(Reason reason, String source, int attempts, String correlationId) {
        super(message(Objects.requireNonNull(reason, "reason"), source), null, attempts, correlationId);
        this.reason = reason;
    }

    /** Why the record could not be confirmed as the requested patient's. */
    public Reason reason() {
        return reason;
    }

    private static String message(Reason reason, String source) {
        String why = switch (reason) {
            case OTHER_NHS_NUMBER -> "its Patient carries a different NHS number";
            case INVALID_NHS_NUMBER -> "its Patient carries an NHS number that is not valid";
            case NO_NHS_NUMBER -> "its Patient carries no NHS number";
            case NO_PATIENT -> "it has no Patient";
        };
        return "The structured record from " + source + " is not confirmed as the requested patient's: " + why
                + "; it was discarded";
    }
}
