package dev.carerecord.sdk.fhir.internal.shcr;

import dev.carerecord.sdk.model.SectionKind;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One search of a record read: the resource type, its parameters (unencoded, in order) and the sections whose
 * completeness it decides. Not part of the public API.
 *
 * @param resourceType the type searched
 * @param params the parameters
 * @param answers the sections this search answers
 */
public record PlannedSearch(String resourceType, List<Map.Entry<String, String>> params, Set<SectionKind> answers) {
    public PlannedSearch {
        params = List.copyOf(params);
        answers = Set.copyOf(answers);
    }
}
