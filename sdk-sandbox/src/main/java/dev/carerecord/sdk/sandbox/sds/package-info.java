/** Internal: the SDS FHIR R4 API (Endpoint and Device searches). */
package dev.carerecord.sdk.sandbox.sds;
