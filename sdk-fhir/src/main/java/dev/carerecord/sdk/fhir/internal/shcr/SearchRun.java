package dev.carerecord.sdk.fhir.internal.shcr;

import dev.carerecord.sdk.model.SourceIssue;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hl7.fhir.r4.model.Bundle;

/**
 * How one planned search went: the pages read (as Bundles), whether pages were left unread at the page cap,
 * and, when it failed, why (no clinical content) and the server's error code. Not part of the public API.
 *
 * @param search the search
 * @param pages the pages read
 * @param truncated true when the page cap stopped the reading with a next page left
 * @param failure why it failed, when it did
 * @param errorCode the server's error code or the exception type, when it failed
 * @param issues OperationOutcome entries the pages carried
 */
public record SearchRun(PlannedSearch search, List<Bundle> pages, boolean truncated, Optional<String> failure,
        Optional<String> errorCode, List<SourceIssue> issues) {
    public SearchRun {
        Objects.requireNonNull(search, "search");
        pages = List.copyOf(pages);
        failure = failure == null ? Optional.empty() : failure;
        errorCode = errorCode == null ? Optional.empty() : errorCode;
        issues = List.copyOf(issues);
    }

    public boolean failed() {
        return failure.isPresent();
    }
}
