package dev.carerecord.sdk.sandbox.data;

/**
 * A clinical area of the GP record, with the GP Connect parameter that requests it. DOCUMENTS has no
 * {@code $gpc.getstructuredrecord} parameter in 1.6.2 (documents arrive through consultations, problems and
 * Access Document); its name here is used only in messages.
 */
public enum Area {
    ALLERGIES("includeAllergies"),
    MEDICATION("includeMedication"),
    CONSULTATIONS("includeConsultations"),
    PROBLEMS("includeProblems"),
    IMMUNISATIONS("includeImmunisations"),
    UNCATEGORISED("includeUncategorisedData"),
    INVESTIGATIONS("includeInvestigations"),
    REFERRALS("includeReferrals"),
    DIARY("includeDiaryEntries"),
    DOCUMENTS("includeDocuments");

    private final String parameter;

    Area(String parameter) {
        this.parameter = parameter;
    }

    /** The top-level {@code $gpc.getstructuredrecord} parameter name for this area. */
    public String parameter() {
        return parameter;
    }
}
