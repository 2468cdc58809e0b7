package dev.carerecord.sdk.gpconnect.internal.mapping;

import dev.carerecord.sdk.gpconnect.ClinicalArea;
import dev.carerecord.sdk.model.Section;
import dev.carerecord.sdk.model.SectionKind;
import dev.carerecord.sdk.model.SectionStatus;
import dev.carerecord.sdk.model.SectionWarning;
import dev.carerecord.sdk.model.WarningKind;
import dev.carerecord.sdk.model.entry.Entry;
import dev.carerecord.sdk.model.value.CodedValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Decides each section's status from what came back, so "not asked", "nothing recorded", "withheld",
 * "switched off" and "could not be read" are never confused:
 *
 * <ul>
 *   <li>entries → {@code POPULATED} (with a {@code TRUNCATED} warning when the area's own List did not come
 *       back, because then only items returned with other areas are there);</li>
 *   <li>a top-level {@code NOT_IMPLEMENTED} warning for the area → {@code UNSUPPORTED_BY_SOURCE};</li>
 *   <li>an empty primary List with the confidential-items warning → {@code WITHHELD};</li>
 *   <li>listed items that could not be resolved → {@code NONE_RETURNED} with an {@code UNMAPPED_ITEMS}
 *       warning;</li>
 *   <li>an empty primary List → {@code NONE_KNOWN}, keeping its {@code emptyReason} (the note as its text);</li>
 *   <li>a populated List none of whose items belong here (e.g. past problems when only active ones came back,
 *       perhaps filtered by {@code filterStatus}) → {@code NONE_RETURNED}; for the uncategorised split (vital
 *       signs / other observations) the List is complete for the period, so → {@code NONE_KNOWN};</li>
 *   <li>requested but no List and no warning → {@code NONE_RETURNED} with a warning;</li>
 *   <li>otherwise → {@code NOT_REQUESTED}.</li>
 * </ul>
 */
final class SectionAssembler {
    private SectionAssembler() {
    }

    /** Every section GP Connect can fill, in heading order. */
    static List<Section<? extends Entry>> sections(MappingRun run, ListCatalogue lists, OperationOutcomes outcomes) {
        List<Section<? extends Entry>> sections = new ArrayList<>();
        for (ClinicalArea area : ClinicalArea.values()) {
            for (SectionKind kind : area.sectionKinds()) {
                sections.add(section(run, lists, outcomes, area, kind));
            }
        }
        sections.add(documents(run));
        return sections;
    }

    private static Section<Entry> section(MappingRun run, ListCatalogue lists, OperationOutcomes outcomes,
            ClinicalArea area, SectionKind kind) {
        List<Entry> entries = run.entries(kind);
        List<SectionWarning> warnings = new ArrayList<>(run.warnings(kind));
        List<ListRole> primary = lists.primary(area);
        boolean requested = run.context.requested(area);
        Optional<CodedValue> emptyReason = Optional.empty();
        SectionStatus status;
        if (!entries.isEmpty()) {
            status = SectionStatus.POPULATED;
            if (primary.isEmpty()) {
                warnings.add(SectionWarning.of(WarningKind.TRUNCATED, requested
                        ? "The source returned no list for this clinical area; only items it returned with "
                                + "other areas are shown."
                        : "This clinical area was not requested in full; only items the source returned with "
                                + "other areas are shown."));
            }
        } else if (outcomes.unsupported(area).isPresent()) {
            status = SectionStatus.UNSUPPORTED_BY_SOURCE;
        } else if (!primary.isEmpty()) {
            Optional<ListRole> withheld = primary.stream().filter(r -> lists.withheld(r.list())).findFirst();
            boolean allEmpty = primary.stream().noneMatch(r -> r.list().hasEntry());
            if (withheld.isPresent()) {
                status = SectionStatus.WITHHELD;
                emptyReason = ListCatalogue.emptyReason(withheld.get().list());
            } else if (run.unmappedListItems(kind) > 0) {
                status = SectionStatus.NONE_RETURNED;
            } else if (allEmpty) {
                status = SectionStatus.NONE_KNOWN;
                // the active list's reason before the ended-allergies list's
                emptyReason = primary.stream()
                        .sorted(Comparator.comparing(r -> r.kind() == ListRole.Kind.ENDED_ALLERGIES))
                        .map(r -> ListCatalogue.emptyReason(r.list())).flatMap(Optional::stream).findFirst();
            } else {
                status = area == ClinicalArea.UNCATEGORISED ? SectionStatus.NONE_KNOWN : SectionStatus.NONE_RETURNED;
            }
        } else if (requested) {
            status = SectionStatus.NONE_RETURNED;
            warnings.add(SectionWarning.of(WarningKind.OTHER,
                    "The source returned no list for this requested clinical area."));
        } else {
            status = SectionStatus.NOT_REQUESTED;
        }
        addUnmappedWarning(run, kind, warnings);
        return new Section<>(kind, status, entries, warnings, emptyReason, Optional.empty(), run.issues(kind));
    }

    private static Section<Entry> documents(MappingRun run) {
        SectionKind kind = SectionKind.DOCUMENTS;
        List<Entry> entries = run.entries(kind);
        List<SectionWarning> warnings = new ArrayList<>(run.warnings(kind));
        SectionStatus status;
        if (!entries.isEmpty()) {
            status = SectionStatus.POPULATED;
            warnings.add(SectionWarning.of(WarningKind.TRUNCATED, "Only documents linked to other returned items "
                    + "are shown; GP Connect Access Document lists a patient's documents."));
        } else if (warnings.stream().anyMatch(w -> w.kind() == WarningKind.CLINICAL_AREA_DISABLED)) {
            status = SectionStatus.UNSUPPORTED_BY_SOURCE;
        } else {
            status = SectionStatus.NOT_REQUESTED;
        }
        addUnmappedWarning(run, kind, warnings);
        return new Section<>(kind, status, entries, warnings, Optional.empty(), Optional.empty(), run.issues(kind));
    }

    private static void addUnmappedWarning(MappingRun run, SectionKind kind, List<SectionWarning> warnings) {
        int unmapped = run.unmappedListItems(kind);
        if (unmapped > 0) {
            warnings.add(SectionWarning.of(WarningKind.UNMAPPED_ITEMS, unmapped + (unmapped == 1
                    ? " item listed by the source is not in the response and could not be shown."
                    : " items listed by the source are not in the response and could not be shown.")));
        }
    }
}
