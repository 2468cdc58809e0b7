package dev.carerecord.sdk.fhir.internal.mapping;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * Finds the resource a {@link Reference} points to among the resources of one retrieval (search pages and their
 * {@code _include}s, or a document Bundle's entries). Resolution, in order:
 * <ol>
 *   <li>a resource HAPI already attached to the reference (contained resources);</li>
 *   <li>{@code #id}: a resource contained in the referring resource;</li>
 *   <li>an entry whose {@code fullUrl} equals the reference ({@code urn:uuid:}, absolute URLs);</li>
 *   <li>{@code Type/id} (relative, absolute on any base, with or without {@code /_history/n}): the resource of that
 *       type and id;</li>
 *   <li>{@code urn:uuid:x} with no such {@code fullUrl}: the resource whose id is {@code x}.</li>
 * </ol>
 * Logical references (identifier only) do not resolve; callers read the identifier. Nothing here throws. Not part
 * of the public API.
 */
final class ReferenceResolver {
    private final List<Resource> resources = new ArrayList<>();
    private final Map<String, Resource> byFullUrl = new HashMap<>();
    private final Map<String, Resource> byTypeAndId = new HashMap<>();
    private final Map<String, Resource> byId = new HashMap<>();

    /** A resolver over resources that carry no {@code fullUrl} (e.g. already unwrapped search entries). */
    static ReferenceResolver of(List<? extends Resource> resources) {
        ReferenceResolver resolver = new ReferenceResolver();
        for (Resource resource : resources) {
            resolver.add(null, resource);
        }
        return resolver;
    }

    /** A resolver over a Bundle's entries, indexed by {@code fullUrl} as well as type and id. */
    static ReferenceResolver of(Bundle bundle) {
        ReferenceResolver resolver = new ReferenceResolver();
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            if (entry.getResource() != null) {
                resolver.add(entry.getFullUrl(), entry.getResource());
            }
        }
        return resolver;
    }

    /** Adds a resource, with the {@code fullUrl} it arrived under (or null). */
    void add(String fullUrl, Resource resource) {
        if (resource == null) {
            return;
        }
        resources.add(resource);
        if (fullUrl != null && !fullUrl.isBlank()) {
            byFullUrl.putIfAbsent(fullUrl.strip(), resource);
        }
        String id = idOf(resource);
        if (id != null) {
            byTypeAndId.putIfAbsent(resource.fhirType() + "/" + id, resource);
            byId.putIfAbsent(id, resource);
        }
    }

    /** Every resource, in the order added. */
    List<Resource> all() {
        return Collections.unmodifiableList(resources);
    }

    /** The resource {@code reference} points to, if it is among these resources (or contained in {@code from}). */
    Optional<Resource> resolve(Reference reference, Resource from) {
        // no deep isEmpty(): an attached resource makes a reference non-empty, and so does a literal; without
        // either there is nothing to resolve whatever else the reference holds
        if (reference == null) {
            return Optional.empty();
        }
        if (reference.getResource() instanceof Resource attached) {
            return Optional.of(attached);
        }
        String literal = reference.getReference();
        if (literal == null || literal.isBlank()) {
            return Optional.empty();
        }
        literal = literal.strip();
        if (literal.startsWith("#")) {
            return contained(from, literal.substring(1));
        }
        Resource found = byFullUrl.get(literal);
        if (found != null) {
            return Optional.of(found);
        }
        String typeAndId = typeAndId(literal);
        if (typeAndId != null && (found = byTypeAndId.get(typeAndId)) != null) {
            return Optional.of(found);
        }
        if (literal.regionMatches(true, 0, "urn:uuid:", 0, 9)) {
            return Optional.ofNullable(byId.get(literal.substring(9)));
        }
        return Optional.empty();
    }

    /** The resource, if it resolves and has the expected type. */
    <T extends Resource> Optional<T> resolve(Reference reference, Resource from, Class<T> type) {
        return resolve(reference, from).filter(type::isInstance).map(type::cast);
    }

    /** The resource type a reference names (its {@code type}, else parsed from the literal), or empty. */
    static Optional<String> targetType(Reference reference) {
        if (reference == null) {
            return Optional.empty();
        }
        if (reference.hasType()) {
            String type = reference.getType();
            int slash = type.lastIndexOf('/');
            return Optional.of(type.substring(slash + 1));
        }
        String typeAndId = reference.hasReference() ? typeAndId(reference.getReference().strip()) : null;
        return typeAndId == null ? Optional.empty() : Optional.of(typeAndId.substring(0, typeAndId.indexOf('/')));
    }

    /**
     * True when a reference holds nothing: as {@code reference.isEmpty()}, without HAPI's deep walk when the
     * reference has a literal, which it mostly has.
     */
    static boolean isEmpty(Reference reference) {
        if (reference == null) {
            return true;
        }
        String literal = reference.getReference();
        return (literal == null || literal.isBlank()) && reference.isEmpty();
    }

    /** The id of a resource as it states it, without a {@code urn:uuid:} prefix, or null. */
    static String idOf(Resource resource) {
        if (resource == null || !resource.hasIdElement() || resource.getIdElement().getIdPart() == null) {
            return null;
        }
        String id = resource.getIdElement().getIdPart();
        if (id.regionMatches(true, 0, "urn:uuid:", 0, 9)) {
            id = id.substring(9);
        }
        return id.isBlank() ? null : id;
    }

    private static Optional<Resource> contained(Resource from, String id) {
        if (from instanceof DomainResource domain) {
            for (Resource contained : domain.getContained()) {
                String containedId = contained.getIdElement().getIdPart();
                if (containedId != null && (containedId.equals(id) || containedId.equals("#" + id))) {
                    return Optional.of(contained);
                }
            }
        }
        return Optional.empty();
    }

    /** "Type/id" from "Type/id", "base/Type/id" or either with "/_history/n"; null when not of that shape. */
    private static String typeAndId(String literal) {
        String s = literal;
        int query = s.indexOf('?');
        if (query >= 0) {
            return null;
        }
        int history = s.indexOf("/_history/");
        if (history >= 0) {
            s = s.substring(0, history);
        }
        String[] parts = s.split("/");
        if (parts.length < 2) {
            return null;
        }
        String type = parts[parts.length - 2];
        String id = parts[parts.length - 1];
        if (type.isEmpty() || id.isEmpty() || !Character.isUpperCase(type.charAt(0))) {
            return null;
        }
        return type + "/" + id;
    }
}
