package dev.carerecord.sdk.gpconnect.internal.mapping;

import dev.carerecord.sdk.gpconnect.ClinicalArea;
import dev.carerecord.sdk.model.SectionKind;
import dev.carerecord.sdk.model.SectionWarning;
import dev.carerecord.sdk.model.WarningKind;
import dev.carerecord.sdk.model.value.CodedValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.dstu3.model.DomainResource;
import org.hl7.fhir.dstu3.model.ListResource;
import org.hl7.fhir.dstu3.model.PrimitiveType;
import org.hl7.fhir.dstu3.model.Reference;
import org.hl7.fhir.dstu3.model.Resource;

/**
 * Every List of the Bundle, classified, with what the section statuses need from them: per clinical area,
 * whether a primary list came back, whether it had entries, its {@code emptyReason} and note, and its warning
 * codes (turned into section warnings: {@code confidential-items}, {@code data-in-transit},
 * {@code data-awaiting-filing}, with the {@code List.note} text). Unresolvable list items and items that have
 * only a display (e.g. "Referral items have been disabled") are reported here.
 */
final class ListCatalogue {
    private final Map<ClinicalArea, List<ListRole>> primary = new EnumMap<>(ClinicalArea.class);
    private final List<ListRole> secondary = new ArrayList<>();
    private final List<ListRole> structure = new ArrayList<>();
    private final Map<Resource, Boolean> immunisationItems = new IdentityHashMap<>();
    private final Map<Resource, Boolean> diaryItems = new IdentityHashMap<>();
    private final List<Resource> containedItems = new ArrayList<>();
    private final Map<ListResource, Boolean> withheld = new IdentityHashMap<>();
    private final Map<ListResource, Boolean> endedLists = new IdentityHashMap<>();

    private ListCatalogue() {
    }

    /** Classifies every List, records list-level warnings and issues, and remembers primary-list order. */
    static ListCatalogue build(MappingRun run) {
        ListCatalogue catalogue = new ListCatalogue();
        int order = 0;
        for (ListResource list : run.index.ofType(ListResource.class)) {
            ListRole role = ListClassifier.classify(list);
            switch (role.kind()) {
                case PRIMARY, ENDED_ALLERGIES -> catalogue.primary
                        .computeIfAbsent(role.area().orElseThrow(), a -> new ArrayList<>()).add(role);
                case SECONDARY -> catalogue.secondary.add(role);
                case CONSULTATION, TOPIC, HEADING -> catalogue.structure.add(role);
                case UNRECOGNISED -> run.recordIssue(list, "List not recognised (no known List code); "
                        + "its items are mapped by resource type only");
            }
            if (role.kind() == ListRole.Kind.ENDED_ALLERGIES) {
                catalogue.endedLists.put(list, true);
            }
            if (role.isConsultationStructure()) {
                continue;
            }
            order = catalogue.readEntries(run, role, order);
            catalogue.readWarnings(run, role);
            for (Resource contained : list.getContained()) {
                if (MappingRun.isEntryResource(contained)) {
                    catalogue.containedItems.add(contained);
                }
            }
        }
        return catalogue;
    }

    private int readEntries(MappingRun run, ListRole role, int order) {
        ListResource list = role.list();
        Optional<SectionKind> section = role.mainSection();
        for (ListResource.ListEntryComponent entry : list.getEntry()) {
            if (!entry.hasItem()) {
                continue;
            }
            if (isDisplayOnly(entry.getItem())) {
                displayOnly(run, role, displayText(entry.getItem()));
                continue;
            }
            Optional<Resource> item = run.index.resolve(entry.getItem(), list);
            if (item.isEmpty()) {
                if (section.isPresent()) {
                    run.issue(section.get(), list, "unresolved reference "
                            + ResourceIndex.describe(entry.getItem()) + " in a List entry");
                    run.unmappedListItem(section.get());
                } else {
                    run.recordIssue(list, "unresolved reference " + ResourceIndex.describe(entry.getItem())
                            + " in a List entry");
                }
                continue;
            }
            if (role.isPrimary()) {
                run.listedAt(item.get(), order++);
            }
            if (role.targets().contains(SectionKind.IMMUNISATIONS)) {
                immunisationItems.put(item.get(), true);
            }
            if (role.targets().contains(SectionKind.PLANNED_ACTIONS)) {
                diaryItems.put(item.get(), true);
            }
        }
        return order;
    }

    /**
     * True for a list item that names no resource: it has no reference, or its "reference" is a sentence (the
     * official examples put "Referral items are not supported by the provider system" there).
     */
    static boolean isDisplayOnly(Reference item) {
        String reference = item.getReference();
        return reference == null || reference.isBlank() || reference.strip().contains(" ");
    }

    /** The text that stands for a display-only item: its display, else the sentence in its reference. */
    static String displayText(Reference item) {
        return Stu3Values.text(item.getDisplay()).orElseGet(() -> {
            String reference = item.getReference();
            return reference == null ? null : reference.strip();
        });
    }

    /** Reports an entry that names an item by display only (typically a disabled clinical area). */
    static void displayOnly(MappingRun run, ListRole role, String display) {
        Optional<String> text = Stu3Values.text(display);
        WarningKind kind = text.map(t -> t.toLowerCase(Locale.ROOT).contains("disabled")).orElse(false)
                ? WarningKind.CLINICAL_AREA_DISABLED : WarningKind.OTHER;
        SectionWarning warning = new SectionWarning(kind, Optional.empty(),
                Optional.of(text.orElse("An item in this list was not supplied by the source")));
        Set<SectionKind> sections = new LinkedHashSet<>(role.targets());
        role.mainSection().ifPresent(sections::add);
        if (role.kind() == ListRole.Kind.SECONDARY) {
            role.area().ifPresent(owner -> sections.addAll(owner.sectionKinds()));
        }
        for (SectionKind section : sections) {
            run.warn(section, warning);
        }
        SectionKind issueSection = role.mainSection().orElse(null);
        if (issueSection != null) {
            run.issue(issueSection, role.list(), "List entry names no resource (display or text only); "
                    + "the item was not supplied by the source");
        } else {
            run.recordIssue(role.list(), "List entry names no resource (display or text only)");
        }
    }

    private void readWarnings(MappingRun run, ListRole role) {
        ListResource list = role.list();
        List<String> codes = warningCodes(list);
        if (codes.isEmpty()) {
            return;
        }
        if (codes.contains("confidential-items") && !list.hasEntry()) {
            withheld.put(list, true);
        }
        Set<SectionKind> sections = new LinkedHashSet<>(role.targets());
        if (role.kind() == ListRole.Kind.SECONDARY) {
            role.area().ifPresent(owner -> sections.addAll(owner.sectionKinds()));
        }
        List<String> notes = Stu3Values.notes(list.getNote());
        for (String code : codes) {
            SectionWarning warning = new SectionWarning(warningKind(code), Optional.of(code), noteFor(code, notes));
            for (SectionKind section : sections) {
                run.warn(section, warning);
            }
        }
    }

    /** The {@code warningCode} values of a List, in order. */
    static List<String> warningCodes(ListResource list) {
        List<String> codes = new ArrayList<>();
        Extensions.all(list, Extensions.LIST_WARNING_CODE).forEach(extension -> {
            if (extension.getValue() instanceof PrimitiveType<?> primitive) {
                Stu3Values.code(primitive).map(c -> c.toLowerCase(Locale.ROOT)).ifPresent(codes::add);
            } else if (extension.getValue() instanceof org.hl7.fhir.dstu3.model.Coding coding) {
                Stu3Values.text(coding.getCode()).map(c -> c.strip().toLowerCase(Locale.ROOT)).ifPresent(codes::add);
            }
        });
        return codes;
    }

    private static WarningKind warningKind(String code) {
        return switch (code) {
            case "confidential-items" -> WarningKind.CONFIDENTIAL_ITEMS_EXCLUDED;
            case "data-in-transit" -> WarningKind.DATA_IN_TRANSIT;
            case "data-awaiting-filing" -> WarningKind.DATA_AWAITING_FILING;
            default -> WarningKind.OTHER;
        };
    }

    /** The note sentence that explains a warning code (notes are concatenated by providers), else all notes. */
    private static Optional<String> noteFor(String code, List<String> notes) {
        List<String> keywords = switch (code) {
            case "confidential-items" -> List.of("confidential");
            case "data-in-transit" -> List.of("transit", "transfer");
            case "data-awaiting-filing" -> List.of("filing", "reviewed", "awaiting");
            default -> List.of();
        };
        for (String note : notes) {
            String lower = note.toLowerCase(Locale.ROOT);
            if (notes.size() == 1 || keywords.stream().anyMatch(lower::contains)) {
                return Optional.of(note);
            }
        }
        return notes.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", notes));
    }

    /** The primary lists (ended allergies included) of an area, in Bundle order. */
    List<ListRole> primary(ClinicalArea area) {
        return primary.getOrDefault(area, List.of());
    }

    /** The secondary lists, in Bundle order. */
    List<ListRole> secondary() {
        return Collections.unmodifiableList(secondary);
    }

    /** The consultation, topic and heading lists, in Bundle order. */
    List<ListRole> structure() {
        return Collections.unmodifiableList(structure);
    }

    /** Clinical resources contained in lists (ended allergies), to be mapped like top-level ones. */
    List<Resource> containedItems() {
        return Collections.unmodifiableList(containedItems);
    }

    /** True when an immunisations list (primary or secondary) names this resource. */
    boolean inImmunisationList(Resource resource) {
        return immunisationItems.containsKey(resource);
    }

    /** True when a diary-entries list (primary or secondary) names this resource. */
    boolean inDiaryList(Resource resource) {
        return diaryItems.containsKey(resource);
    }

    /** True when this is the ended-allergies list. */
    boolean isEndedAllergiesList(DomainResource list) {
        return endedLists.containsKey(list);
    }

    /** True when this list is empty and carries the confidential-items warning. */
    boolean withheld(ListResource list) {
        return withheld.containsKey(list);
    }

    /** The reason a List is empty: its {@code emptyReason} (text from the note when it has none), or the note. */
    static Optional<CodedValue> emptyReason(ListResource list) {
        List<String> notes = Stu3Values.notes(list.getNote());
        Optional<String> note = notes.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", notes));
        if (list.hasEmptyReason()) {
            CodedValue reason = Stu3Values.coded(list.getEmptyReason());
            if (reason.text().isEmpty() && note.isPresent()) {
                reason = new CodedValue(reason.codings(), note);
            }
            return reason.isEmpty() ? Optional.empty() : Optional.of(reason);
        }
        return note.map(CodedValue::ofText);
    }
}
