/**
 * Audit: the {@link dev.carerecord.sdk.core.audit.AuditSink} SPI, the
 * {@link dev.carerecord.sdk.core.audit.AuditEvent} it receives (one per attempt, one per call outcome; never
 * clinical content) and the default {@link dev.carerecord.sdk.core.audit.Slf4jAuditSink}.
 */
package dev.carerecord.sdk.core.audit;
