package dev.carerecord.sdk.model.entry;

/** Whether a vaccination was given, not given, or the entry records consent or dissent to it. */
public enum ImmunisationStatus {
    COMPLETED,
    NOT_DONE,
    /** A consent or dissent record (GP Connect immunisation status observation), not an administration. */
    CONSENT_STATUS,
    ENTERED_IN_ERROR,
    UNKNOWN
}
