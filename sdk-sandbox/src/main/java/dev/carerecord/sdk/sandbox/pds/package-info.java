/** Internal: the PDS FHIR R4 API (patient read and search). */
package dev.carerecord.sdk.sandbox.pds;
