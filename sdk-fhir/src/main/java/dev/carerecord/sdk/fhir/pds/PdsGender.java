package dev.carerecord.sdk.fhir.pds;

import java.util.Locale;

/** The administrative genders a PDS search accepts ({@code gender} parameter). */
public enum PdsGender {
    MALE, FEMALE, OTHER, UNKNOWN;

    /** The parameter value, e.g. {@code female}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
