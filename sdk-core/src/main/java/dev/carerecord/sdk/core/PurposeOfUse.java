package dev.carerecord.sdk.core;

import dev.carerecord.sdk.core.exception.InvalidInputException;
import java.util.Locale;

/**
 * Why the data is being asked for (GP Connect's JWT {@code reason_for_request}), as an expandable value: new
 * purposes can be written with {@link #of(String)} without a release. Values are compared in lower case.
 */
public final class PurposeOfUse {
    /** Direct care of the patient: {@code "directcare"}. */
    public static final PurposeOfUse DIRECT_CARE = new PurposeOfUse("directcare");

    private final String value;

    private PurposeOfUse(String value) {
        this.value = value;
    }

    /**
     * The purpose named {@code value}, trimmed and lower-cased.
     *
     * @throws InvalidInputException if it is missing or blank
     */
    public static PurposeOfUse of(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("purposeOfUse", "is missing");
        }
        String normalised = value.strip().toLowerCase(Locale.ROOT);
        return normalised.equals(DIRECT_CARE.value) ? DIRECT_CARE : new PurposeOfUse(normalised);
    }

    /** The code as sent on the wire, e.g. {@code "directcare"}. */
    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PurposeOfUse purpose && purpose.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
