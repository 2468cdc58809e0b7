package dev.carerecord.sdk.model;

/**
 * What a section's emptiness (or fullness) means, so that "nothing recorded", "not asked", "withheld" and
 * "failed" are never confused.
 */
public enum SectionStatus {
    /** The section has entries. */
    POPULATED,
    /** The source asserted that nothing is recorded (e.g. a GP Connect empty List, an IPS "no known" entry). */
    NONE_KNOWN,
    /**
     * The source said it has no information for this section (IPS {@code emptyReason} unavailable or notasked,
     * SNOMED 1287211007 "No information available"): not the same as "none known".
     */
    NO_INFORMATION,
    /** The source returned no entries and asserted nothing either way (e.g. an empty FHIR search). */
    NONE_RETURNED,
    /** This section was not asked for. */
    NOT_REQUESTED,
    /** Entries exist but were withheld (e.g. every item confidential, or a restricted patient). */
    WITHHELD,
    /** The source does not offer this section, or has it switched off. */
    UNSUPPORTED_BY_SOURCE,
    /** Asking the source for this section failed; see the record's source outcomes. */
    SOURCE_ERROR;

    /** True when the section holds no entries because of a limitation rather than a clinical fact. */
    public boolean isIncomplete() {
        return this == NOT_REQUESTED || this == NO_INFORMATION || this == WITHHELD || this == UNSUPPORTED_BY_SOURCE || this == SOURCE_ERROR;
    }
}
