package dev.carerecord.sdk.gpconnect;

import java.util.Objects;

/**
 * One difference between the demographics the consumer holds and those the practice returned. Holds personal
 * data: its {@code toString} names the field only.
 */
public record DemographicMismatch(Field field, String expected, String returned) {

    /** The demographic items GP Connect consumers must cross-check, and the NHS number. */
    public enum Field { FAMILY_NAME, GIVEN_NAME, GENDER, BIRTH_DATE, GP_PRACTICE, NHS_NUMBER }

    public DemographicMismatch {
        Objects.requireNonNull(field, "field");
        expected = expected == null ? "" : expected;
        returned = returned == null ? "" : returned;
    }

    @Override
    public String toString() {
        return "DemographicMismatch[" + field + "]";
    }
}
