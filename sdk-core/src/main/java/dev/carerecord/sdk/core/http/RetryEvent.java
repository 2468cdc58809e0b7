package dev.carerecord.sdk.core.http;

import java.time.Duration;

/**
 * An attempt failed and another will follow after {@code delay}.
 *
 * @param clientName the pipeline's client name
 * @param endpointKey the endpoint key
 * @param source the source asked
 * @param operation the operation
 * @param failedAttempt the number of the attempt that failed (1 for the first)
 * @param delay the wait before the next attempt
 * @param reason why it failed, e.g. {@code "status 503"} or {@code "ConnectionFailedException"}
 */
public record RetryEvent(String clientName, String endpointKey, String source, String operation,
        int failedAttempt, Duration delay, String reason) {
}
