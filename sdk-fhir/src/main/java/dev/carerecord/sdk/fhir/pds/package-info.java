/**
 * The Personal Demographics Service: {@link dev.carerecord.sdk.fhir.pds.PdsClient}, its validated
 * {@link dev.carerecord.sdk.fhir.pds.PdsSearch}, and results ({@link dev.carerecord.sdk.fhir.pds.PdsTrace},
 * {@link dev.carerecord.sdk.fhir.pds.PdsPatient}, {@link dev.carerecord.sdk.fhir.pds.PdsSearchResult}).
 */
package dev.carerecord.sdk.fhir.pds;
