package dev.carerecord.sdk.sandbox.shcr;

import org.hl7.fhir.r4.model.CodeableConcept;

/** The category codes the shared care record files its Observations and reports under. */
enum Categories {
    VITAL_SIGNS(UkCore.OBSERVATION_CATEGORY, "vital-signs", "Vital Signs"),
    LABORATORY(UkCore.OBSERVATION_CATEGORY, "laboratory", "Laboratory"),
    SOCIAL_HISTORY(UkCore.OBSERVATION_CATEGORY, "social-history", "Social History"),
    LAB_REPORT(UkCore.DIAGNOSTIC_SERVICE, "LAB", "Laboratory"),
    SOCIAL_CARE(UkCore.SANDBOX_CATEGORY, "social-care", "Social care");

    final String system;
    final String code;
    final String display;

    Categories(String system, String code, String display) {
        this.system = system;
        this.code = code;
        this.display = display;
    }

    CodeableConcept concept() {
        return R4.concept(system, code, display);
    }

    /** A v3 ObservationInterpretation concept for H, L or N. */
    static CodeableConcept interpretation(String code) {
        return R4.concept(UkCore.INTERPRETATION, code, switch (code) {
            case "H" -> "High";
            case "L" -> "Low";
            default -> "Normal";
        });
    }
}
