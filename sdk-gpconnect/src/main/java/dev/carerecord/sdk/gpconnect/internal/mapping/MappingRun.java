package dev.carerecord.sdk.gpconnect.internal.mapping;

import dev.carerecord.sdk.model.MappingIssue;
import dev.carerecord.sdk.model.SectionKind;
import dev.carerecord.sdk.model.SectionWarning;
import dev.carerecord.sdk.model.SourceIssue;
import dev.carerecord.sdk.model.entry.Entry;
import dev.carerecord.sdk.model.provenance.Actor;
import dev.carerecord.sdk.model.provenance.Confidentiality;
import dev.carerecord.sdk.model.provenance.Provenance;
import dev.carerecord.sdk.model.provenance.Sensitivity;
import dev.carerecord.sdk.model.value.Coding;
import dev.carerecord.sdk.model.value.PartialDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.dstu3.model.CodeableConcept;
import org.hl7.fhir.dstu3.model.Meta;
import org.hl7.fhir.dstu3.model.Reference;
import org.hl7.fhir.dstu3.model.Resource;

/**
 * The state of mapping one Bundle: what has been mapped into which section, the issues and warnings found so
 * far, and the helpers every area mapper shares (reference resolution that reports instead of throwing, actors,
 * entry ids, provenance, sensitivity). One instance per call, never shared between threads.
 */
final class MappingRun {
    private static final int NOT_LISTED = 1_000_000;

    final MappingContext context;
    final ResourceIndex index;
    final ActorResolver actors;
    private final String providerOds;
    private EntryIdRegistry ids;

    private final Map<SectionKind, List<Mapped>> entries = new EnumMap<>(SectionKind.class);
    private final Map<SectionKind, List<MappingIssue>> issues = new EnumMap<>(SectionKind.class);
    private final Map<SectionKind, Set<SectionWarning>> warnings = new EnumMap<>(SectionKind.class);
    private final Map<SectionKind, Integer> unmappedListItems = new EnumMap<>(SectionKind.class);
    private final List<MappingIssue> recordIssues = new ArrayList<>();
    private final List<SourceIssue> sourceIssues = new ArrayList<>();
    private final Map<Resource, Integer> listOrder = new IdentityHashMap<>();
    private final Map<Resource, SectionKind> placed = new IdentityHashMap<>();
    private final Map<Resource, Resource> aliases = new IdentityHashMap<>();

    private record Mapped(Entry entry, int order) {
    }

    MappingRun(MappingContext context, ResourceIndex index, String providerOds) {
        this.context = context;
        this.index = index;
        this.providerOds = providerOds;
        this.actors = new ActorResolver(index);
        recordIssues.addAll(index.issues());
    }

    void useIds(EntryIdRegistry registry) {
        this.ids = registry;
    }

    Optional<String> providerOds() {
        return Optional.ofNullable(providerOds);
    }

    // ---- entries ---------------------------------------------------------------------------------------

    /** Adds an entry mapped from {@code source} to a section. */
    void add(SectionKind kind, Entry entry, Resource source) {
        placed.put(source, kind);
        int order = listOrder.getOrDefault(source, NOT_LISTED + Math.max(0, index.position(source)));
        entries.computeIfAbsent(kind, k -> new ArrayList<>()).add(new Mapped(entry, order));
        if (ids.sharesBusinessIdentifier(source)) {
            issue(kind, source, "business identifier shared with another resource in the Bundle; "
                    + "the entry id is derived from the resource id instead");
        }
    }

    /** The section an already-mapped resource went to. */
    Optional<SectionKind> placement(Resource source) {
        return Optional.ofNullable(placed.get(source));
    }

    /** Remembers where a resource sits in a primary list, so sections keep the provider's order. */
    void listedAt(Resource item, int order) {
        listOrder.putIfAbsent(item, order);
    }

    /** The entries of a section, in primary-list order first and then Bundle order. */
    List<Entry> entries(SectionKind kind) {
        List<Mapped> mapped = new ArrayList<>(entries.getOrDefault(kind, List.of()));
        mapped.sort(Comparator.comparingInt(Mapped::order));
        return mapped.stream().map(Mapped::entry).toList();
    }

    int entryCount() {
        return entries.values().stream().mapToInt(List::size).sum();
    }

    // ---- issues and warnings ---------------------------------------------------------------------------

    /** Records an issue about a resource on a section (reason must carry no clinical content). */
    void issue(SectionKind kind, Resource about, String reason) {
        issues.computeIfAbsent(kind, k -> new ArrayList<>()).add(MappingIssue.of(
                about == null ? "Bundle" : about.fhirType(), about == null ? null : ResourceIndex.idPart(about),
                reason));
    }

    /** Records an issue on the record as a whole. */
    void recordIssue(Resource about, String reason) {
        recordIssues.add(MappingIssue.of(about == null ? "Bundle" : about.fhirType(),
                about == null ? null : ResourceIndex.idPart(about), reason));
    }

    /** Records a list item that could not be mapped into a section. */
    void unmappedListItem(SectionKind kind) {
        unmappedListItems.merge(kind, 1, Integer::sum);
    }

    int unmappedListItems(SectionKind kind) {
        return unmappedListItems.getOrDefault(kind, 0);
    }

    void warn(SectionKind kind, SectionWarning warning) {
        warnings.computeIfAbsent(kind, k -> new LinkedHashSet<>()).add(warning);
    }

    List<SectionWarning> warnings(SectionKind kind) {
        return List.copyOf(warnings.getOrDefault(kind, Set.of()));
    }

    List<MappingIssue> issues(SectionKind kind) {
        return List.copyOf(issues.getOrDefault(kind, List.of()));
    }

    int issueCount() {
        return recordIssues.size() + issues.values().stream().mapToInt(List::size).sum();
    }

    List<MappingIssue> recordIssues() {
        return List.copyOf(recordIssues);
    }

    void sourceIssue(SourceIssue issue) {
        sourceIssues.add(issue);
    }

    List<SourceIssue> sourceIssues() {
        return List.copyOf(sourceIssues);
    }

    // ---- references ------------------------------------------------------------------------------------

    /**
     * Resolves a reference made by {@code from}; when it has a target that cannot be found, records an issue
     * on {@code kind} and returns empty. A reference with only a display or an identifier is not an issue.
     */
    Optional<Resource> resolve(Reference reference, Resource from, SectionKind kind) {
        if (reference == null) {
            return Optional.empty();
        }
        Optional<Resource> target = index.resolve(reference, from);
        if (target.isEmpty() && hasTarget(reference)) {
            issue(kind, from, "unresolved reference " + ResourceIndex.describe(reference));
        }
        return target;
    }

    private static boolean hasTarget(Reference reference) {
        return reference.getReference() != null && !reference.getReference().isBlank();
    }

    /** The entry id of the item a reference points at (an issue is recorded when it does not resolve). */
    Optional<String> entryId(Reference reference, Resource from, SectionKind kind) {
        return resolve(reference, from, kind).filter(MappingRun::isEntryResource).map(this::id);
    }

    /** The entry id of a resource that is (or will be) an entry, or of the entry it was folded into. */
    String id(Resource item) {
        return ids.id(aliases.getOrDefault(item, item));
    }

    /** Says that {@code folded} is shown as part of {@code into}'s entry (references to it lead there). */
    void alias(Resource folded, Resource into) {
        aliases.put(folded, into);
    }

    /** True for the resource types that become entries. */
    static boolean isEntryResource(Resource resource) {
        return switch (resource.fhirType()) {
            case "AllergyIntolerance", "MedicationStatement", "MedicationRequest", "Condition", "Encounter",
                    "Immunization", "Observation", "DiagnosticReport", "ReferralRequest", "ProcedureRequest",
                    "DocumentReference" -> true;
            default -> false;
        };
    }

    /**
     * The actor a reference points at. When the target is missing, the reference's display (if any) is kept as
     * the actor's name and an issue is recorded.
     */
    Optional<Actor> actor(Reference reference, Resource from, SectionKind kind) {
        if (reference == null) {
            return Optional.empty();
        }
        Optional<Actor> actor = resolve(reference, from, kind).flatMap(actors::actor);
        if (actor.isPresent()) {
            return actor;
        }
        return Stu3Values.text(reference.getDisplay())
                .map(display -> new Actor(Optional.of(display), List.of(), Optional.empty(), Optional.empty(),
                        Optional.empty()));
    }

    // ---- provenance and sensitivity --------------------------------------------------------------------

    /** The provenance of an entry mapped from {@code resource}. */
    Provenance provenance(Resource resource, Optional<Actor> recorder, Optional<Actor> performer,
            Optional<PartialDateTime> recordedAt, Optional<String> location) {
        Meta meta = Stu3Values.field(resource, "meta", Meta.class);
        return new Provenance(context.source(), resource.fhirType(),
                Optional.ofNullable(ResourceIndex.idPart(resource)),
                meta == null ? Optional.empty() : Stu3Values.text(meta.getVersionId()),
                meta == null ? Optional.empty() : Stu3Values.instant(meta.getLastUpdated()),
                Stu3Values.identifiers(ResourceFields.identifiers(resource)), providerOds(), recorder, performer,
                recordedAt, location, List.of());
    }

    /** The sensitivity of a resource: its {@code meta.security} labels (NOPAT...) and confidentiality level. */
    static Sensitivity sensitivity(Resource resource, List<CodeableConcept> extraLabels) {
        List<Coding> labels = new ArrayList<>();
        Meta meta = Stu3Values.field(resource, "meta", Meta.class);
        if (meta != null) {
            for (org.hl7.fhir.dstu3.model.Coding security : meta.getSecurity()) {
                Stu3Values.coding(security).ifPresent(labels::add);
            }
        }
        if (extraLabels != null) {
            for (CodeableConcept label : extraLabels) {
                for (org.hl7.fhir.dstu3.model.Coding coding : label.getCoding()) {
                    Stu3Values.coding(coding).ifPresent(labels::add);
                }
            }
        }
        if (labels.isEmpty()) {
            return Sensitivity.NORMAL;
        }
        Confidentiality level = Confidentiality.NORMAL;
        for (Coding label : labels) {
            boolean confidentiality = label.system().filter(s -> s.contains("Confidentiality")).isPresent();
            if (confidentiality) {
                level = level.max(Confidentiality.fromCode(label.code().orElse(null)));
            }
        }
        return new Sensitivity(level, labels);
    }

    /** The sensitivity of a resource from its {@code meta.security} labels alone. */
    static Sensitivity sensitivity(Resource resource) {
        return sensitivity(resource, List.of());
    }
}
