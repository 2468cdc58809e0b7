/** Implementation of the FHIR clients (shcr). Not part of the public API: may change without notice. */
package dev.carerecord.sdk.fhir.internal.shcr;
