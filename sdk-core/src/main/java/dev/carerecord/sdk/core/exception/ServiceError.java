package dev.carerecord.sdk.core.exception;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a server said when it answered with an error: HTTP status, which source, its error code (the first
 * issue's code), diagnostics, the trace or request id, every issue, and {@code Retry-After} where sent.
 * Carries no response body, so no clinical content.
 */
public record ServiceError(
        int status,
        String source,
        Optional<ErrorCode> code,
        Optional<String> diagnostics,
        Optional<String> traceId,
        List<OutcomeIssue> issues,
        Optional<Duration> retryAfter,
        int attempts) {

    public ServiceError {
        Objects.requireNonNull(source, "source");
        code = code == null ? Optional.empty() : code;
        diagnostics = diagnostics == null ? Optional.empty() : diagnostics;
        traceId = traceId == null ? Optional.empty() : traceId;
        issues = issues == null ? List.of() : List.copyOf(issues);
        retryAfter = retryAfter == null ? Optional.empty() : retryAfter;
    }

    /** A minimal error with only a status, for servers that sent no usable OperationOutcome. */
    public static ServiceError ofStatus(int status, String source, String traceId, int attempts) {
        return new ServiceError(status, source, Optional.empty(), Optional.empty(), Optional.ofNullable(traceId),
                List.of(), Optional.empty(), attempts);
    }

    /** The code of the first issue that has one, as the issues list it; or the explicit code. */
    public Optional<ErrorCode> firstCode() {
        if (code.isPresent()) {
            return code;
        }
        return issues.stream().map(OutcomeIssue::code).flatMap(Optional::stream).findFirst();
    }
}
