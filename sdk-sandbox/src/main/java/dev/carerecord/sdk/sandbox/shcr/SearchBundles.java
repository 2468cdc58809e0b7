package dev.carerecord.sdk.sandbox.shcr;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;

/**
 * Builds searchset pages: {@code total}, {@code self}/{@code next}/{@code previous} links (HAPI-style opaque
 * {@code _getpages} links after the first page), a {@code fullUrl} on every entry, {@code search.mode} match
 * for results and include for what {@code _include} brought in (each resource at most once per page).
 */
final class SearchBundles {
    /** A guard against runaway {@code _include:iterate} chains. */
    private static final int MAX_INCLUDE_ROUNDS = 5;

    private SearchBundles() {
    }

    /** The count-only answer ({@code _summary=count} or {@code _count=0}). */
    static Bundle countOnly(String base, SearchQuery query, int total, Instant now) {
        Bundle bundle = bundle(total, now);
        bundle.addLink().setRelation("self").setUrl(firstPageUrl(base, query.type.name, query.selfQuery()));
        return bundle;
    }

    /** The page starting at {@code offset} of a stored search. */
    static Bundle page(String base, PageStore.Snapshot s, int offset, int count, Instant now) {
        int total = s.matches().size();
        Bundle bundle = bundle(total, now);
        bundle.addLink().setRelation("self").setUrl(offset == 0 && count == s.count()
                ? firstPageUrl(base, s.type(), s.selfQuery()) : pageUrl(base, s.id(), offset, count));
        if (offset + count < total) {
            bundle.addLink().setRelation("next").setUrl(pageUrl(base, s.id(), offset + count, count));
        }
        if (offset > 0) {
            bundle.addLink().setRelation("previous").setUrl(pageUrl(base, s.id(), Math.max(0, offset - count), count));
        }
        List<Resource> matches = s.matches().subList(Math.min(offset, total), Math.min(offset + count, total));
        Set<String> present = new LinkedHashSet<>();
        for (Resource r : matches) {
            present.add(key(r));
            entry(bundle, base, r, Bundle.SearchEntryMode.MATCH);
        }
        for (Resource r : includes(s, matches, present)) {
            entry(bundle, base, r, Bundle.SearchEntryMode.INCLUDE);
        }
        return bundle;
    }

    private static List<Resource> includes(PageStore.Snapshot s, List<Resource> matches, Set<String> present) {
        List<Resource> included = new ArrayList<>();
        List<Resource> frontier = matches;
        for (int round = 0; round < MAX_INCLUDE_ROUNDS && !frontier.isEmpty(); round++) {
            List<Resource> found = new ArrayList<>();
            for (SearchQuery.Include inc : s.includes()) {
                if (round > 0 && !inc.iterate()) {
                    continue;
                }
                for (Resource r : frontier) {
                    if (!r.fhirType().equals(inc.sourceType())) {
                        continue;
                    }
                    for (String ref : inc.param().references(r)) {
                        Resource target = s.world().get(ref);
                        boolean typeOk = inc.targetType() == null || ref.startsWith(inc.targetType() + "/");
                        if (target != null && typeOk && present.add(ref)) {
                            found.add(target);
                        }
                    }
                }
            }
            included.addAll(found);
            frontier = found;
        }
        return included;
    }

    private static Bundle bundle(int total, Instant now) {
        Bundle bundle = new Bundle();
        bundle.setId(UUID.randomUUID().toString());
        bundle.getMeta().setLastUpdated(Date.from(now));
        bundle.setType(Bundle.BundleType.SEARCHSET);
        bundle.setTotal(total);
        return bundle;
    }

    private static void entry(Bundle bundle, String base, Resource r, Bundle.SearchEntryMode mode) {
        bundle.addEntry().setFullUrl(base + "/" + key(r)).setResource(r.copy()).getSearch().setMode(mode);
    }

    private static String key(Resource r) {
        return r.fhirType() + "/" + r.getIdElement().getIdPart();
    }

    static String firstPageUrl(String base, String type, String query) {
        return base + "/" + type + (query.isEmpty() ? "" : "?" + query);
    }

    static String pageUrl(String base, String searchId, int offset, int count) {
        return base + "?_getpages=" + searchId + "&_getpagesoffset=" + offset + "&_count=" + count
                + "&_bundletype=searchset";
    }
}
