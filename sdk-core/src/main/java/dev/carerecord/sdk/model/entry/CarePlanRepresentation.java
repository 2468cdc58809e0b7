package dev.carerecord.sdk.model.entry;

/** Whether a care plan arrived as structured data or as a pointer to a document (e.g. a ReSPECT form PDF). */
public enum CarePlanRepresentation { STRUCTURED, DOCUMENT_POINTER }
