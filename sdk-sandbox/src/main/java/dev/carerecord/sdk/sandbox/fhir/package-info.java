/** Internal: one HAPI FhirContext per FHIR version for the JVM. */
package dev.carerecord.sdk.sandbox.fhir;
