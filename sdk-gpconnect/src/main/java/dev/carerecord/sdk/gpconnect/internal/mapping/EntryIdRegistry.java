package dev.carerecord.sdk.gpconnect.internal.mapping;

import dev.carerecord.sdk.model.EntryIds;
import dev.carerecord.sdk.model.provenance.SourceKind;
import dev.carerecord.sdk.model.value.CodeSystems;
import dev.carerecord.sdk.model.value.Identifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.dstu3.model.DomainResource;
import org.hl7.fhir.dstu3.model.Resource;

/**
 * The SDK entry id of every item in one Bundle, fixed before any entry is built so that cross-references
 * (issue to authorisation, topic to problem, report to result) agree whatever order the entries are mapped in.
 *
 * <p>Ids come from {@link EntryIds#of}: source kind, provider ODS code, resource type, first business
 * identifier, resource id. Some providers (and most official examples) give several distinct resources the same
 * business identifier; those resources would collide, so for them the id is derived from the resource id
 * instead, and {@link #sharesBusinessIdentifier(Resource)} says so (the mapper reports it).
 */
final class EntryIdRegistry {
    private final String providerOds;
    private final ResourceIndex index;
    private final Map<Resource, String> ids;
    private final Map<Resource, Boolean> shared;

    EntryIdRegistry(String providerOds, ResourceIndex index, Collection<? extends Resource> items) {
        this.providerOds = providerOds;
        this.index = index;
        this.ids = new IdentityHashMap<>(items.size());
        this.shared = new IdentityHashMap<>(items.size());
        // each item's first identifier and business key are worked out once (they are read twice)
        List<Optional<Identifier>> firsts = new ArrayList<>(items.size());
        List<String> keys = new ArrayList<>(items.size());
        Map<String, Integer> counts = new HashMap<>(items.size() * 2);
        for (Resource item : items) {
            Optional<Identifier> first = firstIdentifier(item);
            String key = first.map(EntryIdRegistry::businessKey).orElse(null);
            firsts.add(first);
            keys.add(key);
            if (key != null) {
                counts.merge(key, 1, Integer::sum);
            }
        }
        int i = 0;
        for (Resource item : items) {
            String key = keys.get(i);
            boolean collides = key != null && counts.get(key) > 1;
            shared.put(item, collides);
            Optional<Identifier> business = collides ? Optional.empty() : firsts.get(i);
            ids.put(item, EntryIds.of(SourceKind.GP_CONNECT_STU3, providerOds, item.fhirType(), business,
                    resourceId(item)));
            i++;
        }
    }

    /** The entry id of an item (computed on demand for a resource the registry was not given). */
    String id(Resource item) {
        String id = ids.get(item);
        if (id == null) {
            id = EntryIds.of(SourceKind.GP_CONNECT_STU3, providerOds, item.fhirType(), firstIdentifier(item),
                    resourceId(item));
            ids.put(item, id);
        }
        return id;
    }

    /** True when the item's business identifier is shared with another resource in the Bundle. */
    boolean sharesBusinessIdentifier(Resource item) {
        return shared.getOrDefault(item, false);
    }

    private String resourceId(Resource item) {
        String id = ResourceIndex.idPart(item);
        Optional<DomainResource> container = index.container(item);
        if (container.isPresent()) {
            String containerKey = ResourceIndex.key(container.get());
            String scope = containerKey != null ? containerKey : "entry" + index.position(container.get());
            return scope + "#" + (id == null ? "" : id);
        }
        return id != null ? id : "entry" + index.position(item);
    }

    private static String businessKey(Identifier identifier) {
        return CodeSystems.normalise(identifier.system().orElse("")) + "|" + identifier.value();
    }

    private static Optional<Identifier> firstIdentifier(Resource item) {
        List<org.hl7.fhir.dstu3.model.Identifier> identifiers = ResourceFields.identifiers(item);
        if (identifiers != null) {
            for (org.hl7.fhir.dstu3.model.Identifier identifier : identifiers) {
                Optional<Identifier> converted = Stu3Values.identifier(identifier);
                if (converted.isPresent()) {
                    return converted;
                }
            }
        }
        return Optional.empty();
    }
}
