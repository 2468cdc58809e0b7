package dev.carerecord.sdk.sandbox.data;

import java.util.Objects;

/**
 * A coded concept: one coding (system, code, display) plus optional original text. Version-neutral: renderers
 * turn it into an STU3 or R4 CodeableConcept.
 */
public record Code(String system, String code, String display, String text) {
    /** SNOMED CT system URI. */
    public static final String SNOMED = "http://snomed.info/sct";
    /** HL7 v3 NullFlavor, by its STU3 URI (an R4 renderer maps it to terminology.hl7.org). */
    public static final String NULL_FLAVOR = "http://hl7.org/fhir/v3/NullFlavor";

    public Code {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(code, "code");
    }

    /** A SNOMED CT concept whose text is its display. */
    public static Code snomed(String code, String display) {
        return new Code(SNOMED, code, display, null);
    }

    /** A SNOMED CT concept with original text that differs from the display. */
    public static Code snomed(String code, String display, String text) {
        return new Code(SNOMED, code, display, text);
    }
}
