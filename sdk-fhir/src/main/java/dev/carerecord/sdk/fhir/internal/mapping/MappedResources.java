package dev.carerecord.sdk.fhir.internal.mapping;

import dev.carerecord.sdk.model.MappingIssue;
import dev.carerecord.sdk.model.Section;
import dev.carerecord.sdk.model.SectionKind;
import dev.carerecord.sdk.model.entry.Entry;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The entries mapped from one retrieval's resources, grouped by section, with the issues met and what Lists said
 * (warnings, empty reasons). Turn it into sections with {@link #section(SectionKind, SectionRetrieval)}: one search
 * can feed several sections (a Condition search gives PROBLEMS and PAST_PROBLEMS; an Observation search gives
 * RESULTS, VITAL_SIGNS, SOCIAL_CONTEXT and OBSERVATIONS). Issues about resources that landed in no section (an
 * unmapped resource type, a failed mapping) are in {@link #unplacedIssues()}. Immutable once built.
 */
public final class MappedResources {
    private final Map<SectionKind, SectionAssembler.Parts> parts;
    private final List<MappingIssue> unplaced;
    private final int unplacedUnmapped;

    MappedResources(Map<SectionKind, SectionAssembler.Parts> parts, List<MappingIssue> unplaced,
            int unplacedUnmapped) {
        this.parts = new EnumMap<>(SectionKind.class);
        this.parts.putAll(parts);
        this.unplaced = List.copyOf(unplaced);
        this.unplacedUnmapped = unplacedUnmapped;
    }

    /** A copy with {@code more} entries (and issues) added to the section of {@code kind}. */
    MappedResources withEntries(SectionKind kind, List<? extends Entry> more, List<MappingIssue> issues) {
        Map<SectionKind, SectionAssembler.Parts> copy = new EnumMap<>(SectionKind.class);
        parts.forEach((k, p) -> copy.put(k, copyOf(k, false)));
        SectionAssembler.Parts p = copy.computeIfAbsent(kind, SectionAssembler.Parts::new);
        more.forEach(p::add);
        p.issues.addAll(issues);
        return new MappedResources(copy, unplaced, unplacedUnmapped);
    }

    /** The entries placed in a section, in input order. */
    public List<Entry> entries(SectionKind kind) {
        SectionAssembler.Parts p = parts.get(kind);
        return p == null ? List.of() : List.copyOf(p.entries);
    }

    /** The sections that received at least one entry. */
    public Set<SectionKind> kindsWithEntries() {
        Set<SectionKind> kinds = EnumSet.noneOf(SectionKind.class);
        parts.forEach((kind, p) -> {
            if (!p.entries.isEmpty()) {
                kinds.add(kind);
            }
        });
        return kinds;
    }

    /** Issues about resources that were placed in no section. */
    public List<MappingIssue> unplacedIssues() {
        return unplaced;
    }

    /** The section of this kind, its status decided by its entries and by {@code retrieval}. */
    public <T extends Entry> Section<T> section(SectionKind kind, SectionRetrieval retrieval) {
        return SectionAssembler.assemble(copyOf(kind, false), retrieval);
    }

    /** As {@link #section(SectionKind, SectionRetrieval)}, also carrying the unplaced issues. */
    <T extends Entry> Section<T> sectionWithUnplaced(SectionKind kind, SectionRetrieval retrieval) {
        return SectionAssembler.assemble(copyOf(kind, true), retrieval);
    }

    private SectionAssembler.Parts copyOf(SectionKind kind, boolean withUnplaced) {
        SectionAssembler.Parts copy = new SectionAssembler.Parts(kind);
        SectionAssembler.Parts p = parts.get(kind);
        if (p != null) {
            p.entries.forEach(copy::add);
            copy.warnings.addAll(p.warnings);
            copy.issues.addAll(p.issues);
            copy.narratives.addAll(p.narratives);
            copy.emptyReason = p.emptyReason;
            copy.unmapped = p.unmapped;
        }
        if (withUnplaced) {
            copy.issues.addAll(new ArrayList<>(unplaced));
            copy.unmapped += unplacedUnmapped;
        }
        return copy;
    }
}
