/**
 * Internal, not API: the pipeline's collaborators (JDK transport, Resilience4j retry driver and endpoint guards,
 * redactor, wire logger, OperationOutcome reading, audit emission). May change in any release.
 */
package dev.carerecord.sdk.core.internal.http;
