package dev.carerecord.sdk.model.entry;

import java.util.Locale;

/** Clinical status of an allergy or problem, normalised across STU3 codes and R4 CodeableConcepts. */
public enum ClinicalStatus {
    ACTIVE, RECURRENCE, RELAPSE, INACTIVE, REMISSION, RESOLVED, UNKNOWN;

    /** The status for a FHIR code; anything unrecognised is {@link #UNKNOWN}. */
    public static ClinicalStatus fromCode(String code) {
        if (code == null) {
            return UNKNOWN;
        }
        try {
            return valueOf(code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return UNKNOWN;
        }
    }

    /** True for active, recurrence and relapse. */
    public boolean isActive() {
        return this == ACTIVE || this == RECURRENCE || this == RELAPSE;
    }
}
