/** Implementation of the FHIR clients (client). Not part of the public API: may change without notice. */
package dev.carerecord.sdk.fhir.internal.client;
