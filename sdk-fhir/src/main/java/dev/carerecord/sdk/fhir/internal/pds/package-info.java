/** Implementation of the FHIR clients (pds). Not part of the public API: may change without notice. */
package dev.carerecord.sdk.fhir.internal.pds;
