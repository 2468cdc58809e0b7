package dev.carerecord.sdk.model.provenance;

/** The kind of source an item came from. */
public enum SourceKind {
    /** GP Connect Access Record Structured (FHIR STU3). */
    GP_CONNECT_STU3,
    /** A shared care record's FHIR R4 / UK Core API. */
    SHARED_CARE_RECORD_R4,
    /** An International Patient Summary document ({@code Patient/$summary}). */
    IPS_DOCUMENT,
    /** A National Record Locator pointer. */
    NRL_POINTER,
    /** The Personal Demographics Service. */
    PDS
}
