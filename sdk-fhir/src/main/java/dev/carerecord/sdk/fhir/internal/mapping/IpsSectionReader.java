package dev.carerecord.sdk.fhir.internal.mapping;

import dev.carerecord.sdk.model.MappingIssue;
import dev.carerecord.sdk.model.SectionKind;
import dev.carerecord.sdk.model.SourceIssue;
import dev.carerecord.sdk.model.entry.SocialContextEntry;
import dev.carerecord.sdk.model.entry.SocialContextKind;
import dev.carerecord.sdk.model.value.CodedValue;
import dev.carerecord.sdk.model.value.Coding;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * Walks an IPS Composition's sections (and their sub-sections) and collects, per model section, its entries,
 * narratives, empty reason and issues. Entries are found by their reference ({@code fullUrl}) and mapped with the
 * same per-resource mappers as search results, told which section the document put them in. An entry whose type
 * that section cannot hold (e.g. a Condition under functional status) goes to its own section, and the move is
 * reported. Members of a listed test group or report ({@code hasMember}, {@code result}) are brought into the
 * same section so that their ids resolve. A section code that is not an IPS section is reported, never dropped.
 * Not part of the public API.
 */
final class IpsSectionReader {
    private final MappingSession session;
    private final Composition composition;
    private final Map<SectionKind, SectionAssembler.Parts> parts = new EnumMap<>(SectionKind.class);
    private final Set<SectionKind> present = EnumSet.noneOf(SectionKind.class);
    private final List<SourceIssue> documentIssues = new ArrayList<>();

    IpsSectionReader(MappingSession session, Composition composition) {
        this.session = session;
        this.composition = composition;
    }

    /** Reads every section of the Composition. */
    IpsSectionReader read() {
        for (Composition.SectionComponent section : composition.getSection()) {
            read(section, null);
        }
        parts.values().forEach(p -> {
            List<MappingIssue> distinct = p.issues.stream().distinct().toList();
            p.issues.clear();
            p.issues.addAll(distinct);
        });
        return this;
    }

    Map<SectionKind, SectionAssembler.Parts> parts() {
        return parts;
    }

    /** The model sections the document has a section for. */
    Set<SectionKind> present() {
        return present;
    }

    /** Problems with the document that concern no one section. */
    List<SourceIssue> documentIssues() {
        return documentIssues;
    }

    private void read(Composition.SectionComponent section, SectionKind parent) {
        Optional<String> code = IpsSections.code(section.getCode());
        Optional<SectionKind> known = code.flatMap(IpsSections::kind);
        SectionKind kind = known.orElse(parent);
        if (kind != null) {
            present.add(kind);
            SectionAssembler.Parts p = parts(kind);
            narrative(section).ifPresent(p.narratives::add);
            if (p.emptyReason == null) {
                p.emptyReason = R4Types.coded(section.getEmptyReason()).orElse(null);
            }
            if (code.filter(IpsSections.PATIENT_STORY::equals).isPresent()) {
                aboutMe(section).ifPresent(p::add);
            }
        }
        int placed = 0;
        for (Reference reference : section.getEntry()) {
            placed += entry(reference, kind, code.orElse("(no code)"), known.isPresent()) ? 1 : 0;
        }
        if (known.isEmpty() && parent != null) {
            parts(parent).issues.add(MappingIssue.of("Composition", ReferenceResolver.idOf(composition),
                    "sub-section code " + code.orElse("(no code)") + " is not an IPS section; its content is kept in "
                            + parent));
        }
        if (known.isEmpty() && parent == null) {
            String what = "IPS section " + code.orElse("(no code)") + " is not a recognised IPS section";
            if (placed == 0) {
                documentIssues.add(new SourceIssue("warning", "not-supported", code,
                        Optional.of(what + "; it has no entry that could be mapped and its narrative is not kept"),
                        Optional.empty()));
            }
        }
        for (Composition.SectionComponent child : section.getSection()) {
            read(child, kind);
        }
    }

    /** Maps one section entry; true when it became an entry somewhere. */
    private boolean entry(Reference reference, SectionKind kind, String code, boolean recognised) {
        Optional<Resource> target = session.resolve(reference, composition, "section.entry");
        if (target.isEmpty()) {
            unmapped(kind, session.takeIssues());
            return false;
        }
        Resource resource = target.get();
        if (ResourceEntryMapper.isSupporting(resource, session)) {
            if (ResourceEntryMapper.isRepresentedByAnother(resource, session)) {
                return false;
            }
            session.issue(resource, "listed as an entry of IPS section " + code + ", but a " + resource.fhirType()
                    + " is not a care record entry; not mapped");
            unmapped(kind, session.takeIssues());
            return false;
        }
        Optional<PlacedEntry> placed = ResourceEntryMapper.map(resource, kind, session);
        List<MappingIssue> issues = new ArrayList<>(session.takeIssues());
        if (placed.isEmpty()) {
            unmapped(kind, issues);
            return false;
        }
        SectionKind target2 = placed.get().kind();
        if (kind != null && kind.entryType().isInstance(placed.get().entry())) {
            target2 = kind;
        } else if (!recognised) {
            issues.add(MappingIssue.of(resource.fhirType(), ReferenceResolver.idOf(resource), "listed in IPS section "
                    + code + ", which is not recognised; placed in " + target2 + " by its resource type"));
        } else if (kind != null) {
            parts(kind).issues.add(MappingIssue.of(resource.fhirType(), ReferenceResolver.idOf(resource),
                    "listed in IPS section " + code + " but " + kind + " cannot hold it; placed in " + target2));
        }
        SectionAssembler.Parts p = parts(target2);
        p.add(placed.get().entry());
        p.issues.addAll(issues);
        members(resource, target2, 0);
        return true;
    }

    /** Records an entry that could not be mapped: on its section, or on the document when it has none. */
    private void unmapped(SectionKind kind, List<MappingIssue> issues) {
        if (kind != null) {
            SectionAssembler.Parts p = parts(kind);
            p.issues.addAll(issues);
            p.unmapped++;
            return;
        }
        for (MappingIssue issue : issues) {
            documentIssues.add(new SourceIssue("warning", "processing", Optional.empty(),
                    Optional.of(issue.resourceType() + ": " + issue.reason()), Optional.empty()));
        }
    }

    /** Brings the members of a test group or report into the same section. */
    private void members(Resource resource, SectionKind kind, int depth) {
        List<Reference> refs = resource instanceof Observation o ? o.getHasMember()
                : resource instanceof DiagnosticReport r ? r.getResult() : List.of();
        if (depth > 5) {
            return;
        }
        for (Reference ref : refs) {
            Optional<Resource> member = session.resolver().resolve(ref, resource);
            if (member.isEmpty()) {
                continue;
            }
            Optional<PlacedEntry> placed = ResourceEntryMapper.map(member.get(), kind, session);
            SectionAssembler.Parts p = parts(kind);
            p.issues.addAll(session.takeIssues());
            if (placed.isPresent() && kind.entryType().isInstance(placed.get().entry())) {
                p.add(placed.get().entry());
                members(member.get(), kind, depth + 1);
            }
        }
    }

    private Optional<SocialContextEntry> aboutMe(Composition.SectionComponent section) {
        if (!section.hasText() || !section.getText().hasDiv()) {
            return Optional.empty();
        }
        Optional<String> text = R4Types.text(section.getText().getDiv().allText());
        if (text.isEmpty()) {
            return Optional.empty();
        }
        EntryFactory entries = session.entries();
        String id = entries.partId(composition, "CompositionSection", IpsSections.PATIENT_STORY);
        CodedValue code = CodedValue.of(Coding.of("http://loinc.org", IpsSections.PATIENT_STORY, "Patient story"));
        SocialContextEntry entry = new SocialContextEntry(id, entries.provenance(composition),
                entries.sensitivity(composition), SocialContextKind.ABOUT_ME, Optional.of(code),
                R4Types.text(section.getTitle()), text, null, null, null, null, List.of());
        session.takeIssues();
        return Optional.of(entry);
    }

    private static Optional<String> narrative(Composition.SectionComponent section) {
        if (!section.hasText() || !section.getText().hasDiv()) {
            return Optional.empty();
        }
        return R4Types.text(NarrativeHtml.divAsString(section.getText()));
    }

    private SectionAssembler.Parts parts(SectionKind kind) {
        return parts.computeIfAbsent(kind, SectionAssembler.Parts::new);
    }
}
