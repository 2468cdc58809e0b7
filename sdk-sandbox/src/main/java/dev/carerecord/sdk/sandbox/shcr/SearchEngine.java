package dev.carerecord.sdk.sandbox.shcr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hl7.fhir.r4.model.Resource;

/** Runs a {@link SearchQuery} over the record: every criterion must match; results newest first. */
final class SearchEngine {
    private SearchEngine() {
    }

    static List<Resource> run(ShcrWorld world, SearchQuery query) {
        List<Resource> out = new ArrayList<>();
        for (Resource r : world.all(query.type.name)) {
            if (query.criteria.stream().allMatch(c -> matches(r, c))) {
                out.add(r);
            }
        }
        out.sort(Comparator.comparingLong((Resource r) -> query.type.sortKey(r)).reversed()
                .thenComparing(r -> r.getIdElement().getIdPart()));
        return out;
    }

    private static boolean matches(Resource r, SearchQuery.Criterion c) {
        return switch (c.param().kind()) {
            case TOKEN -> c.param().tokens(r).stream().anyMatch(t -> c.values().stream().anyMatch(t::matches));
            case REFERENCE -> c.param().references(r).stream()
                    .anyMatch(ref -> c.values().stream().anyMatch(v -> referenceMatches(ref, v, c)));
            case DATE -> c.param().dates(r).stream().anyMatch(d -> c.values().stream().anyMatch(v -> dateMatches(d, v)));
        };
    }

    /**
     * Whether a stored {@code Type/id} reference matches a search value: {@code id}, {@code Type/id} or an
     * absolute URL ending in {@code Type/id}; a {@code :Type} modifier restricts the type.
     */
    static boolean referenceMatches(String reference, String value, SearchQuery.Criterion c) {
        String[] stored = reference.split("/");
        String storedType = stored[stored.length - 2];
        String storedId = stored[stored.length - 1];
        String modifierType = c.modifier();
        if (modifierType != null && !modifierType.equals(storedType)) {
            return false;
        }
        String[] wanted = value.split("/");
        if (wanted.length == 1) {
            return wanted[0].equals(storedId);
        }
        return wanted[wanted.length - 2].equals(storedType) && wanted[wanted.length - 1].equals(storedId);
    }

    private static boolean dateMatches(DateRange resourceRange, String value) {
        String prefix = SearchQuery.hasPrefix(value) ? value.substring(0, 2) : "eq";
        String date = SearchQuery.hasPrefix(value) ? value.substring(2) : value;
        DateRange param = DateRange.parse(date).orElseThrow();
        try {
            return resourceRange.satisfies(prefix, param);
        } catch (IllegalArgumentException e) {
            throw ShcrError.invalid("Invalid date prefix in \"" + value + "\"");
        }
    }
}
