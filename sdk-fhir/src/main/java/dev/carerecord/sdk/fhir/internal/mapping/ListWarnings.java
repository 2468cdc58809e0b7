package dev.carerecord.sdk.fhir.internal.mapping;

import dev.carerecord.sdk.model.SectionKind;
import dev.carerecord.sdk.model.SectionWarning;
import dev.carerecord.sdk.model.WarningKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.ListResource;
import org.hl7.fhir.r4.model.Resource;

/**
 * Reads what a List says about a section: its UKCore-ListWarningCode warnings ({@code confidential-items},
 * {@code data-in-transit}, {@code data-awaiting-filing}, anything else as OTHER with its code), with the List's
 * note as the warning text, and its {@code emptyReason}. The sections concerned are those its items were placed
 * in, else the section its SNOMED CT list code names (the GP Connect list codes). Not part of the public API.
 */
final class ListWarnings {
    private static final Map<String, SectionKind> LIST_CODES = Map.ofEntries(
            Map.entry("886921000000105", SectionKind.ALLERGIES),
            Map.entry("1103671000000101", SectionKind.ALLERGIES),
            Map.entry("933361000000108", SectionKind.MEDICATIONS),
            Map.entry("717711000000103", SectionKind.PROBLEMS),
            Map.entry("1102181000000102", SectionKind.IMMUNISATIONS),
            Map.entry("1149501000000101", SectionKind.ENCOUNTERS),
            Map.entry("887191000000108", SectionKind.RESULTS),
            Map.entry("792931000000107", SectionKind.REFERRALS),
            Map.entry("886721000000107", SectionKind.REFERRALS),
            Map.entry("826501000000100", SectionKind.OBSERVATIONS),
            Map.entry("714311000000108", SectionKind.PLANNED_ACTIONS));

    private ListWarnings() {
    }

    /** The sections a List speaks about, given where each mapped resource was placed. */
    static Set<SectionKind> sections(ListResource list, java.util.function.Function<Resource, SectionKind> placed,
            MappingSession session) {
        Set<SectionKind> kinds = EnumSet.noneOf(SectionKind.class);
        for (ListResource.ListEntryComponent item : list.getEntry()) {
            session.resolver().resolve(item.getItem(), list).map(placed).ifPresent(kinds::add);
        }
        if (kinds.isEmpty() && list.hasCode()) {
            list.getCode().getCoding().stream().map(c -> LIST_CODES.get(c.getCode()))
                    .filter(java.util.Objects::nonNull).forEach(kinds::add);
        }
        return kinds;
    }

    /** The warnings the List carries. */
    static List<SectionWarning> warnings(ListResource list) {
        Optional<String> note = list.getNote().stream().map(n -> R4Types.text(n.getText()))
                .flatMap(Optional::stream).findFirst();
        List<SectionWarning> warnings = new ArrayList<>();
        for (Extension extension : Extensions.all(list, UkExtension.LIST_WARNING_CODE)) {
            Optional<String> code = Extensions.text(extension);
            if (code.isPresent()) {
                warnings.add(new SectionWarning(kind(code.get()), code, note));
            }
        }
        return warnings;
    }

    private static WarningKind kind(String code) {
        return switch (code.strip().toLowerCase(Locale.ROOT)) {
            case "confidential-items" -> WarningKind.CONFIDENTIAL_ITEMS_EXCLUDED;
            case "data-in-transit" -> WarningKind.DATA_IN_TRANSIT;
            case "data-awaiting-filing" -> WarningKind.DATA_AWAITING_FILING;
            default -> WarningKind.OTHER;
        };
    }
}
