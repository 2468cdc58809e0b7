package dev.carerecord.sdk.model;

/** Why a section may be missing information that exists. */
public enum WarningKind {
    /** Items were excluded because of confidentiality or patient preference (GP Connect {@code confidential-items}). */
    CONFIDENTIAL_ITEMS_EXCLUDED,
    /** The record is being transferred from a previous practice; older data may be missing ({@code data-in-transit}). */
    DATA_IN_TRANSIT,
    /** Some data has not been filed yet and is not returned ({@code data-awaiting-filing}). */
    DATA_AWAITING_FILING,
    /** More data exists at the source than was returned (a paging cap, an IPS summary limit). */
    TRUNCATED,
    /** The source has this clinical area switched off ({@code NOT_IMPLEMENTED} "... has been disabled"). */
    CLINICAL_AREA_DISABLED,
    /** The source did not recognise a parameter asked of it (an older provider version). */
    UNRECOGNISED_PARAMETER,
    /** Some items could not be mapped into the model; see the section's mapping issues. */
    UNMAPPED_ITEMS,
    /** Another warning from the source; see its code and text. */
    OTHER
}
