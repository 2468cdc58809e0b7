package dev.carerecord.sdk.sandbox.data;

import java.time.LocalDate;
import java.util.List;

/**
 * A problem header. {@code actualItemId} is the item that is the problem; {@code relatedItemIds} are items
 * (and consultations) linked to it; {@code relatedProblems} link it to other problems.
 */
public record Problem(String id, String businessId, Code code, boolean active, String significance,
                      PartialDate onset, PartialDate abatement, LocalDate asserted, String staffId,
                      String actualItemId, List<String> relatedItemIds, List<Link> relatedProblems, String note,
                      boolean confidential) implements Item {
    /** A link to another problem: {@code type} is parent, child or sibling. */
    public record Link(String type, String problemId) {
    }

    public Problem {
        relatedItemIds = List.copyOf(relatedItemIds);
        relatedProblems = List.copyOf(relatedProblems);
    }
}
