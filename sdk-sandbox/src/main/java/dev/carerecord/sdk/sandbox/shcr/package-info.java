/**
 * Internal: the regional shared care record ("Westshire Shared Care Record"), a FHIR R4 server at
 * {@code /shcr/FHIR/R4} holding UK Core renderings of the sandbox's GP data plus items only a shared care
 * record holds, with searches, paging, {@code _include}, a CapabilityStatement and the IPS
 * {@code Patient/$summary}. Not part of the public API.
 */
package dev.carerecord.sdk.sandbox.shcr;
