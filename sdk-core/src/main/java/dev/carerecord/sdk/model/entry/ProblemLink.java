package dev.carerecord.sdk.model.entry;

import java.util.Objects;

/** A link from a problem to a related problem: {@code type} is parent, child or sibling as the source said. */
public record ProblemLink(String type, String problemEntryId) {
    public ProblemLink {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(problemEntryId, "problemEntryId");
    }
}
