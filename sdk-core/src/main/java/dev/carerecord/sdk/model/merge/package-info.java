/**
 * De-duplication of care records from several sources about one patient:
 * {@link dev.carerecord.sdk.model.merge.CareRecordMerger} matches entries by shared business identifier (and,
 * on request only, by code, date and provider), keeps the first source's entry with the others' provenance, and
 * merges section statuses, warnings and source outcomes. No FHIR types.
 */
package dev.carerecord.sdk.model.merge;
