package dev.carerecord.sdk.gpconnect.internal.mapping;

import dev.carerecord.sdk.gpconnect.ClinicalArea;
import dev.carerecord.sdk.model.provenance.SourceRef;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What the mapper needs to know about one retrieval: the source reference every entry's provenance will carry
 * (kind {@code GP_CONNECT_STU3}, FHIR version {@code 3.0.1}, endpoint, practice ODS code, retrieval time,
 * correlation id) and which clinical areas the request asked for, so that "not asked" is never shown as
 * "nothing recorded".
 *
 * @param source the retrieval, shared by every entry mapped from it
 * @param requestedAreas the areas the request asked for (copied; may be empty)
 */
public record MappingContext(SourceRef source, Set<ClinicalArea> requestedAreas) {

    public MappingContext {
        Objects.requireNonNull(source, "source");
        requestedAreas = requestedAreas == null || requestedAreas.isEmpty()
                ? Set.of()
                : Set.copyOf(EnumSet.copyOf(requestedAreas));
    }

    /** A context for a retrieval that asked for these areas. */
    public static MappingContext of(SourceRef source, Collection<ClinicalArea> requestedAreas) {
        return new MappingContext(source, requestedAreas == null ? Set.of() : Set.copyOf(requestedAreas));
    }

    /** True when the request asked for this area. */
    public boolean requested(ClinicalArea area) {
        return requestedAreas.contains(area);
    }
}
