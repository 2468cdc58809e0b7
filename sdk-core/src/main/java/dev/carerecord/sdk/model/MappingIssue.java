package dev.carerecord.sdk.model;

import static dev.carerecord.sdk.core.internal.Values.opt;

import java.util.Objects;
import java.util.Optional;

/**
 * Something a mapper could not turn into an entry, or a reference it could not resolve: reported, never
 * dropped silently. Says which resource and why; carries no clinical content.
 */
public record MappingIssue(String resourceType, Optional<String> resourceId, String reason) {
    public MappingIssue {
        Objects.requireNonNull(resourceType, "resourceType");
        resourceId = opt(resourceId);
        Objects.requireNonNull(reason, "reason");
    }

    /** An issue about one resource. */
    public static MappingIssue of(String resourceType, String resourceId, String reason) {
        return new MappingIssue(resourceType, Optional.ofNullable(resourceId), reason);
    }
}
