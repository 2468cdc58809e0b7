/**
 * FHIR R4 clients of the Care Record SDK: {@link dev.carerecord.sdk.fhir.pds.PdsClient} (Personal Demographics
 * Service), {@link dev.carerecord.sdk.fhir.sds.SdsClient} (Spine Directory Service, an endpoint resolver for GP
 * Connect), {@link dev.carerecord.sdk.fhir.shcr.SharedCareRecordClient} (any FHIR R4 shared care record, IPS
 * {@code $summary}), and the token providers of {@link dev.carerecord.sdk.fhir.auth}. Every client is built by
 * its builder (sharing {@link dev.carerecord.sdk.fhir.PipelineClientBuilder}'s pipeline settings), is immutable
 * and thread-safe, and sends all HTTP through the sdk-core pipeline.
 */
package dev.carerecord.sdk.fhir;
