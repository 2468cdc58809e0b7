package dev.carerecord.sdk.model;

import java.util.Locale;
import java.util.Optional;

/** Administrative gender as FHIR records it. */
public enum Gender {
    MALE, FEMALE, OTHER, UNKNOWN;

    /** The gender for a FHIR code, or empty when absent or unrecognised. */
    public static Optional<Gender> fromCode(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(code.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
