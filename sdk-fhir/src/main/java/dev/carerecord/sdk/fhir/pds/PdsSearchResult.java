package dev.carerecord.sdk.fhir.pds;

import dev.carerecord.sdk.model.SourceIssue;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a PDS patient search (HTTP 200) answered: matches, too many matches (PDS's OperationOutcome
 * {@code TOO_MANY_MATCHES}, which it returns with status 200), another OperationOutcome, or a body of an
 * unexpected type. Never an exception: the caller decides.
 */
public sealed interface PdsSearchResult {

    /**
     * Zero or more matches, best first as PDS sorted them.
     *
     * @param matches the patients and scores
     * @param total {@code Bundle.total}, when given
     * @param issues OperationOutcome entries the searchset carried (warnings), if any
     */
    record Matches(List<PdsMatch> matches, Optional<Integer> total, List<SourceIssue> issues)
            implements PdsSearchResult {
        public Matches {
            matches = matches == null ? List.of() : List.copyOf(matches);
            total = total == null ? Optional.empty() : total;
            issues = issues == null ? List.of() : List.copyOf(issues);
        }
    }

    /**
     * PDS found more patients than it may return: refine the search.
     *
     * @param issues the OperationOutcome's issues
     */
    record TooManyMatches(List<SourceIssue> issues) implements PdsSearchResult {
        public TooManyMatches {
            issues = issues == null ? List.of() : List.copyOf(issues);
        }
    }

    /**
     * An OperationOutcome other than too many matches.
     *
     * @param issues the OperationOutcome's issues
     */
    record Outcome(List<SourceIssue> issues) implements PdsSearchResult {
        public Outcome {
            issues = issues == null ? List.of() : List.copyOf(issues);
        }
    }

    /**
     * A body that is neither a Bundle nor an OperationOutcome.
     *
     * @param resourceType what it was
     */
    record Unexpected(String resourceType) implements PdsSearchResult {
        public Unexpected {
            Objects.requireNonNull(resourceType, "resourceType");
        }
    }
}
