package dev.carerecord.sdk.fhir.internal.mapping;

import static dev.carerecord.sdk.fhir.internal.mapping.R4Types.coded;

import dev.carerecord.sdk.model.SectionKind;
import dev.carerecord.sdk.model.entry.AlertEntry;
import dev.carerecord.sdk.model.value.CodedValue;
import java.util.List;
import org.hl7.fhir.r4.model.Flag;

/** Flag to {@link AlertEntry} (section ALERTS): code, category, status, period; author in provenance. */
final class FlagMapper {
    private FlagMapper() {
    }

    static PlacedEntry map(Flag flag, MappingSession session) {
        EntryFactory entries = session.entries();
        AlertEntry entry = new AlertEntry(entries.id(flag), entries.provenance(flag), entries.sensitivity(flag),
                coded(flag.getCode()).orElse(CodedValue.EMPTY), R4Types.codedList(flag.getCategory()),
                R4Types.code(flag.getStatusElement()), R4Types.period(flag.getPeriod()), List.of());
        return new PlacedEntry(SectionKind.ALERTS, entry);
    }
}
