/**
 * The Spine Directory Service: {@link dev.carerecord.sdk.fhir.sds.SdsClient} (Device and Endpoint lookups, an
 * {@link dev.carerecord.sdk.core.routing.EndpointResolver}) and the directory records it reads.
 */
package dev.carerecord.sdk.fhir.sds;
