package dev.carerecord.sdk.fhir.internal.mapping;

import static dev.carerecord.sdk.fhir.internal.mapping.R4Types.coded;

import dev.carerecord.sdk.model.SectionKind;
import dev.carerecord.sdk.model.entry.ImmunisationEntry;
import dev.carerecord.sdk.model.entry.ImmunisationStatus;
import dev.carerecord.sdk.model.value.CodedValue;
import java.util.Optional;
import org.hl7.fhir.r4.model.Immunization;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.PrimitiveType;

/**
 * Immunization to {@link ImmunisationEntry} (section IMMUNISATIONS): status {@code completed} is COMPLETED,
 * {@code not-done} is NOT_DONE (with its {@code statusReason}), {@code entered-in-error} is ENTERED_IN_ERROR.
 * Honours UKCore-VaccinationProcedure and UKCore-ParentPresent. Not part of the public API.
 */
final class ImmunizationMapper {
    private ImmunizationMapper() {
    }

    static PlacedEntry map(Immunization immunization, MappingSession session) {
        EntryFactory entries = session.entries();
        Optional<String> dose = Optional.empty();
        Immunization.ImmunizationProtocolAppliedComponent protocol = R4Types.first(immunization.getProtocolApplied());
        if (protocol != null && protocol.getDoseNumber() instanceof PrimitiveType<?> number) {
            dose = R4Types.code(number);
        }
        Optional<String> manufacturer = Optional.empty();
        if (immunization.hasManufacturer()) {
            manufacturer = session.resolve(immunization.getManufacturer(), immunization, "manufacturer",
                    Organization.class).flatMap(o -> R4Types.text(o.getName()))
                    .or(() -> R4Types.text(immunization.getManufacturer().getDisplay()));
        }
        ImmunisationEntry entry = new ImmunisationEntry(entries.id(immunization), entries.provenance(immunization),
                entries.sensitivity(immunization), coded(immunization.getVaccineCode()).orElse(CodedValue.EMPTY),
                Extensions.find(immunization, UkExtension.VACCINATION_PROCEDURE).flatMap(Extensions::coded),
                status(R4Types.code(immunization.getStatusElement()).orElse("")),
                coded(immunization.getStatusReason()), R4Types.dateOf(immunization.getOccurrence()), dose,
                R4Types.text(immunization.getLotNumber()), manufacturer,
                R4Types.date(immunization.getExpirationDateElement()), coded(immunization.getSite()),
                coded(immunization.getRoute()), R4Types.quantity(immunization.getDoseQuantity()),
                immunization.hasPrimarySource() ? Optional.of(immunization.getPrimarySource()) : Optional.empty(),
                Extensions.find(immunization, UkExtension.PARENT_PRESENT).flatMap(Extensions::bool),
                R4Types.codedList(immunization.getReasonCode()), R4Types.notes(immunization.getNote()));
        return new PlacedEntry(SectionKind.IMMUNISATIONS, entry);
    }

    private static ImmunisationStatus status(String code) {
        return switch (code) {
            case "completed" -> ImmunisationStatus.COMPLETED;
            case "not-done" -> ImmunisationStatus.NOT_DONE;
            case "entered-in-error" -> ImmunisationStatus.ENTERED_IN_ERROR;
            default -> ImmunisationStatus.UNKNOWN;
        };
    }
}
