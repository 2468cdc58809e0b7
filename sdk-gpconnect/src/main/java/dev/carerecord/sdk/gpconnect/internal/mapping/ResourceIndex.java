package dev.carerecord.sdk.gpconnect.internal.mapping;

import dev.carerecord.sdk.model.MappingIssue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hl7.fhir.dstu3.model.Bundle;
import org.hl7.fhir.dstu3.model.DomainResource;
import org.hl7.fhir.dstu3.model.Reference;
import org.hl7.fhir.dstu3.model.Resource;

/**
 * The Bundle's resources by {@code Type/id}, and contained resources by {@code #id} within their container.
 *
 * <p>GP Connect Bundles have no {@code fullUrl} and use relative references, and consumers must not rely on
 * entry order, so HAPI's own resolution cannot be used. This index is built once per Bundle; looking a reference
 * up never throws, it just comes back empty. Entries without a resource and second copies of the same
 * {@code Type/id} are recorded as issues. Absolute references resolve by their last {@code Type/id}; a bare id
 * (no type) resolves only when exactly one resource has it.
 */
final class ResourceIndex {
    private static final Pattern RELATIVE = Pattern.compile("[A-Z][A-Za-z]+/[^/\\s]+(/_history/[^/\\s]+)?");
    private static final Pattern LOCAL = Pattern.compile("#[^\\s]+");

    private final List<Resource> resources = new ArrayList<>();
    private final Map<String, Resource> byKey = new HashMap<>();
    private final Map<String, List<Resource>> byId = new HashMap<>();
    private final Map<Resource, Integer> positions = new IdentityHashMap<>();
    private final Map<Resource, DomainResource> containers = new IdentityHashMap<>();
    private final List<MappingIssue> issues = new ArrayList<>();

    private ResourceIndex() {
    }

    /** Indexes every entry of the Bundle, and the contained resources of each. */
    static ResourceIndex of(Bundle bundle) {
        ResourceIndex index = new ResourceIndex();
        if (bundle == null) {
            return index;
        }
        int position = 0;
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            Resource resource = entry.getResource();
            if (resource == null) {
                index.issues.add(MappingIssue.of("Bundle", null,
                        "Bundle entry " + position + " has no resource (possibly a resource not wrapped in "
                                + "'resource'); it was skipped"));
            } else {
                index.add(resource, position);
            }
            position++;
        }
        return index;
    }

    private void add(Resource resource, int position) {
        String key = key(resource);
        if (key != null) {
            if (byKey.containsKey(key)) {
                issues.add(MappingIssue.of(resource.fhirType(), idPart(resource),
                        "a second resource with the same type and id is in the Bundle; only the first is used"));
                return;
            }
            byKey.put(key, resource);
            byId.computeIfAbsent(idPart(resource), k -> new ArrayList<>()).add(resource);
        }
        resources.add(resource);
        positions.put(resource, position);
        if (resource instanceof DomainResource domain) {
            for (Resource contained : domain.getContained()) {
                containers.put(contained, domain);
            }
        }
    }

    /** The {@code Type/id} key of a top-level resource, or null when it has no id. */
    static String key(Resource resource) {
        String id = idPart(resource);
        return id == null ? null : resource.fhirType() + "/" + id;
    }

    /** The logical id of a resource (without type, version or a leading {@code #}), or null. */
    static String idPart(Resource resource) {
        if (resource == null || resource.getIdElement() == null) {
            return null;
        }
        String id = resource.getIdElement().getIdPart();
        if (id == null || id.isBlank()) {
            return null;
        }
        return id.startsWith("#") ? id.substring(1) : id;
    }

    /** The top-level resources, in Bundle order (first copy of each {@code Type/id}). */
    List<Resource> resources() {
        return Collections.unmodifiableList(resources);
    }

    /** The top-level resources of one type, in Bundle order. */
    <T extends Resource> List<T> ofType(Class<T> type) {
        List<T> found = new ArrayList<>();
        for (Resource resource : resources) {
            if (type.isInstance(resource)) {
                found.add(type.cast(resource));
            }
        }
        return found;
    }

    /** Where a top-level resource sat in the Bundle (for stable ordering), or -1 for a contained one. */
    int position(Resource resource) {
        Integer position = positions.get(resource);
        if (position == null) {
            DomainResource container = containers.get(resource);
            return container == null ? -1 : position(container);
        }
        return position;
    }

    /** The resource that contains this one, when it is a contained resource. */
    Optional<DomainResource> container(Resource resource) {
        return Optional.ofNullable(containers.get(resource));
    }

    /** Issues found while indexing. */
    List<MappingIssue> issues() {
        return Collections.unmodifiableList(issues);
    }

    /** The resource with this type and id. */
    Optional<Resource> get(String type, String id) {
        return Optional.ofNullable(byKey.get(type + "/" + id));
    }

    /**
     * The resource a reference points at, looked up from {@code from} (which matters for {@code #id} references
     * to contained resources). Empty when the reference has no target string or cannot be resolved.
     */
    Optional<Resource> resolve(Reference reference, Resource from) {
        if (reference == null) {
            return Optional.empty();
        }
        if (reference.getResource() instanceof Resource preResolved && containers.containsKey(preResolved)) {
            return Optional.of(preResolved);
        }
        return resolve(reference.getReference(), from);
    }

    /** The resource a reference string points at, looked up from {@code from}. */
    Optional<Resource> resolve(String reference, Resource from) {
        if (reference == null || reference.isBlank()) {
            return Optional.empty();
        }
        String ref = reference.strip();
        if (ref.startsWith("#")) {
            return contained(ref.substring(1), from);
        }
        int history = ref.indexOf("/_history/");
        if (history >= 0) {
            ref = ref.substring(0, history);
        }
        // the last two segments are Type/id, as String.split("/") would give them (trailing empty segments
        // dropped); found by hand because this runs for every reference
        int end = ref.length();
        while (end > 0 && ref.charAt(end - 1) == '/') {
            end--;
        }
        int slash = end == 0 ? -1 : ref.lastIndexOf('/', end - 1);
        if (slash < 0) {
            return bareId(ref);
        }
        String type = ref.substring(slash == 0 ? 0 : ref.lastIndexOf('/', slash - 1) + 1, slash);
        String id = ref.substring(slash + 1, end);
        return get(type, id);
    }

    /**
     * A reference that is only an id (no type: seen in the official examples' secondary lists) resolves when
     * exactly one resource in the Bundle has that id; otherwise it stays unresolved.
     */
    private Optional<Resource> bareId(String id) {
        List<Resource> candidates = byId.getOrDefault(id, List.of());
        return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
    }

    private Optional<Resource> contained(String id, Resource from) {
        DomainResource scope = from instanceof DomainResource domain && !containers.containsKey(from)
                ? domain
                : containers.get(from);
        if (scope == null) {
            return Optional.empty();
        }
        for (Resource candidate : scope.getContained()) {
            if (id.equals(idPart(candidate))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * How a reference is quoted in an issue: the reference itself when it looks like {@code Type/id} or
     * {@code #id}; otherwise a placeholder, because a malformed reference may hold free text.
     */
    static String describe(Reference reference) {
        return reference == null ? "(none)" : describe(reference.getReference());
    }

    /** How a reference string is quoted in an issue (see {@link #describe(Reference)}). */
    static String describe(String reference) {
        if (reference == null || reference.isBlank()) {
            return "(empty reference)";
        }
        String ref = reference.strip();
        if (ref.length() <= 200 && (RELATIVE.matcher(ref).matches() || LOCAL.matcher(ref).matches())) {
            return ref;
        }
        return "(a reference that is not of the form Type/id)";
    }
}
