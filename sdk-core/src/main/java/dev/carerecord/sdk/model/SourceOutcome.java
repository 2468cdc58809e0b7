package dev.carerecord.sdk.model;

import static dev.carerecord.sdk.core.internal.Values.list;
import static dev.carerecord.sdk.core.internal.Values.opt;

import dev.carerecord.sdk.model.provenance.SourceRef;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How one source answered: which retrieval, success / partial / blocked / failed, the error code and message
 * where it failed, and the issues it reported (e.g. GP Connect {@code NOT_IMPLEMENTED} warnings in a 200).
 */
public record SourceOutcome(SourceRef source, OutcomeStatus status, Optional<String> errorCode,
        Optional<String> message, List<SourceIssue> issues) {
    public SourceOutcome {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(status, "status");
        errorCode = opt(errorCode);
        message = opt(message);
        issues = list(issues);
    }
}
