package dev.carerecord.sdk.core.exception;

import java.util.Optional;

/**
 * One issue of a server's OperationOutcome, version-neutral: severity and issue type as sent, the server's
 * code from {@code details.coding.code} (matched by code, never by display), and the free texts.
 */
public record OutcomeIssue(
        String severity,
        String type,
        Optional<ErrorCode> code,
        Optional<String> detailsText,
        Optional<String> diagnostics) {

    public OutcomeIssue {
        severity = severity == null ? "error" : severity;
        type = type == null ? "unknown" : type;
        code = code == null ? Optional.empty() : code;
        detailsText = detailsText == null ? Optional.empty() : detailsText;
        diagnostics = diagnostics == null ? Optional.empty() : diagnostics;
    }
}
