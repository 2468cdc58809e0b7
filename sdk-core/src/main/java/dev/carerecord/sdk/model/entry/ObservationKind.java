package dev.carerecord.sdk.model.entry;

/** The role an observation plays: a report, a test group (panel), a result, a filing comment, a vital sign... */
public enum ObservationKind {
    /** A diagnostic report grouping results (DiagnosticReport). */
    REPORT,
    /** A test group or panel header whose members are results. */
    TEST_GROUP,
    /** A single test result. */
    RESULT,
    /** A comment recorded when a report was filed. */
    FILING_COMMENT,
    /** A vital sign (blood pressure, weight, pulse...). */
    VITAL_SIGN,
    /** Any other observation (GP Connect uncategorised data, examination findings). */
    OBSERVATION
}
