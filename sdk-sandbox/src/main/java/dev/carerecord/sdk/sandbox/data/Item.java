package dev.carerecord.sdk.sandbox.data;

/**
 * One clinical item of a synthetic record. {@code id} is the sandbox's local key (unique within a record);
 * {@code businessId} is the persistent business identifier every renderer (STU3, R4) must emit unchanged, so
 * that a federated view can merge the same item served by different APIs.
 */
public sealed interface Item permits Allergy, MedicationCourse, Problem, Consultation, Observation, Immunisation,
        Investigation, Referral, DiaryEntry, DocumentMeta {
    String id();

    String businessId();

    /** Whether the item is withheld as confidential (excluded from responses with a warning). */
    boolean confidential();
}
