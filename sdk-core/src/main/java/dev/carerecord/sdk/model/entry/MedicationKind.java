package dev.carerecord.sdk.model.entry;

/** What a medication entry records. */
public enum MedicationKind {
    /** The summary line for a course of medication (GP Connect MedicationStatement). */
    STATEMENT,
    /** An authorisation to prescribe (GP Connect MedicationRequest with intent plan). */
    AUTHORISATION,
    /** One issue of a prescription under an authorisation (GP Connect MedicationRequest with intent order). */
    ISSUE,
    /** A prescription or order not tied to a GP authorisation (e.g. a shared care record's MedicationRequest). */
    PRESCRIPTION,
    /** A recorded administration. */
    ADMINISTRATION
}
