package dev.carerecord.sdk.fhir.internal.mapping;

import static dev.carerecord.sdk.fhir.internal.mapping.R4Types.coded;

import dev.carerecord.sdk.model.SectionKind;
import dev.carerecord.sdk.model.entry.EncounterEntry;
import dev.carerecord.sdk.model.value.CodedValue;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Reference;

/**
 * Encounter to {@link EncounterEntry} (section ENCOUNTERS): class, type, serviceType, period, first location's
 * name, reasons ({@code reasonCode}, then the displays of {@code reasonReference}), and the hospitalisation's
 * {@code admitSource} and {@code dischargeDisposition}. Not part of the public API.
 */
final class EncounterMapper {
    private EncounterMapper() {
    }

    static PlacedEntry map(Encounter encounter, MappingSession session) {
        EntryFactory entries = session.entries();
        List<CodedValue> reasons = new java.util.ArrayList<>(R4Types.codedList(encounter.getReasonCode()));
        for (Reference reason : encounter.getReasonReference()) {
            R4Types.text(reason.getDisplay()).map(CodedValue::ofText).ifPresent(reasons::add);
        }
        Optional<CodedValue> admitSource = Optional.empty();
        Optional<CodedValue> discharge = Optional.empty();
        if (encounter.hasHospitalization()) {
            admitSource = coded(encounter.getHospitalization().getAdmitSource());
            discharge = coded(encounter.getHospitalization().getDischargeDisposition());
        }
        Reference location = ResourceRoles.location(encounter);
        Optional<String> locationName = location == null ? Optional.empty()
                : session.resolver().resolve(location, encounter)
                        .filter(org.hl7.fhir.r4.model.Location.class::isInstance)
                        .map(org.hl7.fhir.r4.model.Location.class::cast)
                        .flatMap(l -> R4Types.text(l.getName()))
                        .or(() -> R4Types.text(location.getDisplay()));
        EncounterEntry entry = new EncounterEntry(entries.id(encounter), entries.provenance(encounter),
                entries.sensitivity(encounter), R4Types.code(encounter.getStatusElement()),
                R4Types.coding(encounter.hasClass_() ? encounter.getClass_() : null),
                R4Types.codedList(encounter.getType()), coded(encounter.getServiceType()),
                R4Types.period(encounter.getPeriod()), locationName, reasons, admitSource, discharge, null, List.of());
        return new PlacedEntry(SectionKind.ENCOUNTERS, entry);
    }
}
