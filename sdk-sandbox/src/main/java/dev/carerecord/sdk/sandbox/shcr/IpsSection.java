package dev.carerecord.sdk.sandbox.shcr;

/**
 * The IPS sections the shared care record's {@code $summary} can emit, in document order, with their LOINC codes
 * and whether IPS requires them (a required section is always present, with {@code emptyReason} when empty).
 */
enum IpsSection {
    ALLERGIES("48765-2", "Allergies and adverse reactions Document", "Allergies and Intolerances", true,
            "allergies or intolerances"),
    PROBLEMS("11450-4", "Problem list - Reported", "Problem List", true, "current problems"),
    MEDICATIONS("10160-0", "History of Medication use Narrative", "Medication Summary", true, "medication"),
    IMMUNIZATIONS("11369-6", "History of Immunization Narrative", "Immunizations", false, "immunisations"),
    RESULTS("30954-2", "Relevant diagnostic tests/laboratory data Narrative", "Results", false, "results"),
    PROCEDURES("47519-4", "History of Procedures Document", "History of Procedures", false, "procedures"),
    DEVICES("46264-8", "History of medical device use", "Medical Devices", false, "medical devices"),
    PAST_PROBLEMS("11348-0", "History of Past illness Narrative", "History of Past Illness", false,
            "past problems"),
    ADVANCE_DIRECTIVES("42348-3", "Advance directives", "Advance Directives", false, "advance directives"),
    ALERTS("104605-1", "Alert", "Alerts", false, "alerts"),
    PLAN_OF_CARE("18776-5", "Plan of care note", "Plan of Care", false, "care plans"),
    SOCIAL_HISTORY("29762-2", "Social history Narrative", "Social History", false, "social history"),
    VITAL_SIGNS("8716-3", "Vital signs", "Vital Signs", false, "vital signs"),
    PATIENT_STORY("81338-6", "Patient Goals, preferences, and priorities for care experience", "Patient Story",
            false, "patient story");

    final String loinc;
    final String display;
    final String title;
    final boolean required;
    final String noun;

    IpsSection(String loinc, String display, String title, boolean required, String noun) {
        this.loinc = loinc;
        this.display = display;
        this.title = title;
        this.required = required;
        this.noun = noun;
    }
}
