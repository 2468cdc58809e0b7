package dev.carerecord.sdk.fhir.internal.mapping;

import dev.carerecord.sdk.model.EntryIds;
import dev.carerecord.sdk.model.provenance.Actor;
import dev.carerecord.sdk.model.provenance.Confidentiality;
import dev.carerecord.sdk.model.provenance.Provenance;
import dev.carerecord.sdk.model.provenance.Sensitivity;
import dev.carerecord.sdk.model.value.Coding;
import dev.carerecord.sdk.model.value.Identifier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.exceptions.FHIRException;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Meta;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * Makes what every entry carries: its SDK id ({@link EntryIds} over source kind, provider ODS code, resource type,
 * first business identifier and resource id), its {@link Provenance} and its {@link Sensitivity}.
 *
 * <p>The provider ODS code is the first ODS code found through {@link ResourceRoles#organisationCandidates}, else
 * the document's custodian (IPS), else the context's default, else the source's organisation. Recorder and
 * performer come from {@link ResourceRoles}; an IPS entry with no recorder of its own gets the document's author.
 * {@code lastUpdated} is {@code meta.lastUpdated}, else the document's date. Sensitivity is the resource's
 * {@code meta.security} (and a DocumentReference's {@code securityLabel}), raised to a document's high water mark,
 * with every label kept. Not part of the public API.
 */
final class EntryFactory {
    private static final int META_HASH = "meta".hashCode();
    private final MappingSession session;
    private final Map<Resource, String> ids = new IdentityHashMap<>();
    private final Map<Resource, Keys> keys = new IdentityHashMap<>();

    /**
     * What a resource's id and provenance both need, found once per resource: its provider ODS code and business
     * identifiers depend only on the resource and the retrieval, which do not change while it is mapped.
     */
    private record Keys(Optional<String> providerOds, List<Identifier> businessIdentifiers) {
    }

    EntryFactory(MappingSession session) {
        this.session = session;
    }

    /** The SDK id of the entry a resource maps to; the same resource always gets the same id. */
    String id(Resource resource) {
        String id = ids.get(resource);
        if (id == null) {
            Keys k = keys(resource);
            id = EntryIds.of(session.context().source().kind(), k.providerOds().orElse(null), resource.fhirType(),
                    k.businessIdentifiers().stream().findFirst(), localId(resource));
            ids.put(resource, id);
        }
        return id;
    }

    /** An id for a part of a resource that becomes an entry of its own (e.g. a Patient's contact). */
    String partId(Resource resource, String partType, String partKey) {
        return EntryIds.of(session.context().source().kind(), keys(resource).providerOds().orElse(null), partType,
                Optional.empty(), localId(resource) + "/" + partKey);
    }

    /** Where the resource came from and who is behind it. */
    Provenance provenance(Resource resource) {
        ActorResolver actors = session.actors();
        Optional<Actor> recorder = actors.actor(ResourceRoles.recorder(resource), resource, "recorder")
                .or(session::documentAuthor);
        Optional<Actor> performer = actors.actor(ResourceRoles.performer(resource), resource,
                "performer/asserter");
        Optional<String> location = actors.locationName(ResourceRoles.location(resource), resource, "location");
        // an empty meta gives no instant and no version either, so its presence is all that is asked
        Meta meta = meta(resource);
        Optional<Instant> lastUpdated = meta != null && meta.hasLastUpdatedElement()
                ? R4Types.instant(meta.getLastUpdatedElement()) : Optional.empty();
        Keys k = keys(resource);
        return new Provenance(session.context().source(), resource.fhirType(),
                Optional.ofNullable(ReferenceResolver.idOf(resource)),
                meta != null ? R4Types.text(meta.getVersionId()) : Optional.empty(),
                lastUpdated.or(session::documentDate), k.businessIdentifiers(), k.providerOds(),
                recorder, performer, ResourceRoles.recordedAt(resource), location, List.of());
    }

    /** The resource's sensitivity, at least the document's high water mark. */
    Sensitivity sensitivity(Resource resource) {
        List<org.hl7.fhir.r4.model.Coding> labels = new ArrayList<>();
        Meta meta = meta(resource);
        if (meta != null && meta.hasSecurity()) {
            labels.addAll(meta.getSecurity());
        }
        if (resource instanceof DocumentReference document) {
            document.getSecurityLabel().forEach(concept -> labels.addAll(concept.getCoding()));
        }
        Sensitivity own = sensitivity(labels);
        return session.documentSensitivity().map(document -> combine(own, document)).orElse(own);
    }

    /** The sensitivity security labels express: the strictest v3 confidentiality code, and every label. */
    static Sensitivity sensitivity(List<org.hl7.fhir.r4.model.Coding> labels) {
        Confidentiality level = Confidentiality.NORMAL;
        List<Coding> kept = new ArrayList<>();
        for (org.hl7.fhir.r4.model.Coding label : labels) {
            R4Types.coding(label).ifPresent(kept::add);
            if (isConfidentiality(label)) {
                level = level.max(Confidentiality.fromCode(label.getCode()));
            }
        }
        return kept.isEmpty() && level == Confidentiality.NORMAL ? Sensitivity.NORMAL : new Sensitivity(level, kept);
    }

    /** The stricter level of two sensitivities, with the labels of both. */
    static Sensitivity combine(Sensitivity a, Sensitivity b) {
        List<Coding> labels = new ArrayList<>(a.securityLabels());
        b.securityLabels().stream().filter(l -> !labels.contains(l)).forEach(labels::add);
        return new Sensitivity(a.level().max(b.level()), labels);
    }

    /**
     * A resource's {@code meta}, or null, without HAPI's deep {@code hasMeta()} walk and without creating an
     * empty one as {@code getMeta()} does when there is none.
     */
    static Meta meta(Resource resource) {
        Base[] meta = resource.getProperty(META_HASH, "meta", false);
        return meta.length == 1 && meta[0] instanceof Meta m ? m : null;
    }

    private Keys keys(Resource resource) {
        Keys k = keys.get(resource);
        if (k == null) {
            k = new Keys(providerOds(resource), businessIdentifiers(resource));
            keys.put(resource, k);
        }
        return k;
    }

    /** The provider's ODS code, in the order described on this class. */
    Optional<String> providerOds(Resource resource) {
        for (Reference candidate : ResourceRoles.organisationCandidates(resource)) {
            Optional<String> ods = session.actors().organisationOds(candidate, resource);
            if (ods.isPresent()) {
                return ods;
            }
        }
        return session.documentProviderOds().or(() -> session.context().fallbackProviderOdsCode());
    }

    /** Every business identifier of a resource, whatever its type names the element. */
    static List<Identifier> businessIdentifiers(Resource resource) {
        List<Identifier> identifiers = new ArrayList<>();
        try {
            for (Base value : resource.getProperty("identifier".hashCode(), "identifier", false)) {
                if (value instanceof org.hl7.fhir.r4.model.Identifier identifier) {
                    R4Types.identifier(identifier).ifPresent(identifiers::add);
                }
            }
        } catch (FHIRException noIdentifierElement) {
            return identifiers;
        }
        return identifiers;
    }

    private String localId(Resource resource) {
        String id = ReferenceResolver.idOf(resource);
        if (id != null) {
            return id;
        }
        int position = 0;
        for (Resource known : session.resolver().all()) {
            if (known == resource) {
                return "#" + position;
            }
            position++;
        }
        return "#" + System.identityHashCode(resource);
    }

    private static boolean isConfidentiality(org.hl7.fhir.r4.model.Coding label) {
        if (!label.hasCode()) {
            return false;
        }
        if (!label.hasSystem()) {
            return label.getCode().strip().length() == 1;
        }
        return label.getSystem().toLowerCase(Locale.ROOT).contains("confidentiality");
    }
}
