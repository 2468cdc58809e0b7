package dev.carerecord.sdk.core.http;

import dev.carerecord.sdk.core.audit.AuditOutcome;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A call through the pipeline ended (cache hits and blocked calls included).
 *
 * @param clientName the pipeline's client name
 * @param endpointKey the endpoint key
 * @param source the source asked
 * @param operation the operation
 * @param outcome how it ended
 * @param attempts attempts that went on the wire
 * @param duration time from the call to its end
 * @param status the last HTTP status received, if any
 * @param errorType the SDK exception's simple class name, for failures
 */
public record CallCompletedEvent(String clientName, String endpointKey, String source, String operation,
        AuditOutcome outcome, int attempts, Duration duration, OptionalInt status, Optional<String> errorType) {
}
