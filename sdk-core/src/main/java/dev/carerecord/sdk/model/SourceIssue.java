package dev.carerecord.sdk.model;

import static dev.carerecord.sdk.core.internal.Values.opt;

import java.util.Objects;
import java.util.Optional;

/** One issue a source reported (an OperationOutcome issue or a typed error), without clinical content. */
public record SourceIssue(String severity, String type, Optional<String> code, Optional<String> text,
        Optional<String> diagnostics) {
    public SourceIssue {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(type, "type");
        code = opt(code);
        text = opt(text);
        diagnostics = opt(diagnostics);
    }
}
