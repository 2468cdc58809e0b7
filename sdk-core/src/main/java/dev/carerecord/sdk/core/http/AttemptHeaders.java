package dev.carerecord.sdk.core.http;

import java.util.Map;

/**
 * Supplies headers that must be made afresh for each attempt, e.g. GP Connect's JWT (new {@code iat} and
 * {@code exp} every time). Called exactly once per attempt that goes on the wire, on the calling thread, just
 * before sending. The headers returned replace request headers of the same name.
 */
@FunctionalInterface
public interface AttemptHeaders {

    /**
     * The headers for this attempt.
     *
     * @param attempt the attempt number, 1 for the first
     * @param correlationId the correlation id this attempt sends (see {@link CorrelationPolicy})
     */
    Map<String, String> headersFor(int attempt, String correlationId);
}
