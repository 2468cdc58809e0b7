/**
 * Shared care records over FHIR R4: {@link dev.carerecord.sdk.fhir.shcr.SharedCareRecordClient} (capabilities,
 * patient lookup, section-by-section record, IPS {@code $summary}, lazy paged searches), its request and
 * capability types, and its typed errors.
 */
package dev.carerecord.sdk.fhir.shcr;
