package dev.carerecord.sdk.gpconnect.internal.mapping;

import dev.carerecord.sdk.model.SectionKind;
import dev.carerecord.sdk.model.entry.ImmunisationEntry;
import dev.carerecord.sdk.model.entry.ImmunisationStatus;
import dev.carerecord.sdk.model.provenance.Actor;
import dev.carerecord.sdk.model.value.CodedValue;
import dev.carerecord.sdk.model.value.Coding;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hl7.fhir.dstu3.model.BooleanType;
import org.hl7.fhir.dstu3.model.CodeableConcept;
import org.hl7.fhir.dstu3.model.Immunization;
import org.hl7.fhir.dstu3.model.Location;
import org.hl7.fhir.dstu3.model.Observation;
import org.hl7.fhir.dstu3.model.Organization;
import org.hl7.fhir.dstu3.model.Resource;

/**
 * Maps immunisations to {@link ImmunisationEntry}. An Immunization is {@code COMPLETED}, or {@code NOT_DONE} when
 * {@code notGiven} is true (its {@code explanation.reasonNotGiven} becomes the status reason); entered-in-error
 * stays so. Keeps the VaccinationProcedure and ParentPresent extensions, date, dose sequence (first vaccination
 * protocol), lot, manufacturer, expiry, site, route, dose, primary source, reasons and notes; DateRecorded is the
 * provenance's recorded time and the administering practitioner the performer. An immunisation status
 * Observation (consent or dissent, in an immunisations List) becomes a {@code CONSENT_STATUS} entry.
 */
final class ImmunisationMapper {
    private static final SectionKind SECTION = SectionKind.IMMUNISATIONS;

    private ImmunisationMapper() {
    }

    static void map(MappingRun run, Immunization immunisation) {
        boolean notGiven = immunisation.hasNotGiven() && immunisation.getNotGiven();
        String status = Stu3Values.code(immunisation.getStatusElement()).orElse("").toLowerCase(Locale.ROOT);
        ImmunisationStatus state = status.equals("entered-in-error") ? ImmunisationStatus.ENTERED_IN_ERROR
                : notGiven ? ImmunisationStatus.NOT_DONE
                : status.equals("completed") ? ImmunisationStatus.COMPLETED : ImmunisationStatus.UNKNOWN;
        Immunization.ImmunizationExplanationComponent explanation =
                immunisation.hasExplanation() ? immunisation.getExplanation() : null;
        Optional<CodedValue> statusReason = explanation == null ? Optional.empty()
                : merged(Stu3Values.codedList(explanation.getReasonNotGiven()));
        List<CodedValue> reasons = explanation == null ? List.of() : Stu3Values.codedList(explanation.getReason());
        Optional<Actor> performer = Optional.empty();
        for (Immunization.ImmunizationPractitionerComponent practitioner : immunisation.getPractitioner()) {
            boolean administering = practitioner.hasRole() && Stu3Values.coded(practitioner.getRole()).hasCode("AP");
            if (administering || performer.isEmpty()) {
                Optional<Actor> actor = run.actor(practitioner.getActor(), immunisation, SECTION);
                if (actor.isPresent()) {
                    performer = actor;
                }
                if (administering && performer.isPresent()) {
                    break;
                }
            }
        }
        Optional<String> location = immunisation.hasLocation()
                ? run.resolve(immunisation.getLocation(), immunisation, SECTION)
                        .filter(Location.class::isInstance).flatMap(l -> Stu3Values.text(((Location) l).getName()))
                        .or(() -> Stu3Values.text(immunisation.getLocation().getDisplay()))
                : Optional.empty();
        Optional<String> manufacturer = immunisation.hasManufacturer()
                ? run.resolve(immunisation.getManufacturer(), immunisation, SECTION)
                        .filter(Organization.class::isInstance)
                        .flatMap(o -> Stu3Values.text(((Organization) o).getName()))
                        .or(() -> Stu3Values.text(immunisation.getManufacturer().getDisplay()))
                : Optional.empty();
        Optional<String> doseSequence = immunisation.getVaccinationProtocol().stream()
                .filter(p -> p.hasDoseSequence()).map(p -> String.valueOf(p.getDoseSequence())).findFirst();
        ImmunisationEntry entry = new ImmunisationEntry(run.id(immunisation),
                run.provenance(immunisation, Optional.empty(), performer,
                        Extensions.value(immunisation, Extensions.DATE_RECORDED).flatMap(Stu3Values::date), location),
                MappingRun.sensitivity(immunisation), Stu3Values.coded(immunisation.getVaccineCode()),
                Extensions.value(immunisation, Extensions.VACCINATION_PROCEDURE)
                        .filter(CodeableConcept.class::isInstance)
                        .flatMap(v -> Stu3Values.optionalCoded((CodeableConcept) v)),
                state, statusReason, Stu3Values.date(immunisation.getDateElement()), doseSequence,
                Stu3Values.text(immunisation.getLotNumber()), manufacturer,
                Stu3Values.date(immunisation.getExpirationDateElement()),
                Stu3Values.optionalCoded(immunisation.getSite()), Stu3Values.optionalCoded(immunisation.getRoute()),
                immunisation.hasDoseQuantity() ? Stu3Values.quantity(immunisation.getDoseQuantity())
                        : Optional.empty(),
                immunisation.hasPrimarySource() ? Optional.of(immunisation.getPrimarySource()) : Optional.empty(),
                Extensions.value(immunisation, Extensions.PARENT_PRESENT).filter(BooleanType.class::isInstance)
                        .map(v -> ((BooleanType) v).booleanValue()),
                reasons, Stu3Values.notes(immunisation.getNote()));
        run.add(SECTION, entry, immunisation);
    }

    /** An immunisation status (consent or dissent) Observation. */
    static void mapStatus(MappingRun run, Observation observation) {
        Optional<Actor> performer = observation.getPerformer().stream()
                .map(p -> run.actor(p, observation, SECTION)).flatMap(Optional::stream).findFirst();
        List<String> notes = new ArrayList<>();
        Stu3Values.text(observation.getComment()).ifPresent(notes::add);
        ImmunisationEntry entry = new ImmunisationEntry(run.id(observation),
                run.provenance(observation, Optional.empty(), performer,
                        Stu3Values.date(observation.getIssuedElement()), Optional.empty()),
                MappingRun.sensitivity(observation), Stu3Values.coded(observation.getCode()), Optional.empty(),
                ImmunisationStatus.CONSENT_STATUS, Optional.empty(),
                observation.hasEffective() ? Stu3Values.start(observation.getEffective()) : Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), notes);
        run.add(SECTION, entry, observation);
    }

    private static Optional<CodedValue> merged(List<CodedValue> values) {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        if (values.size() == 1) {
            return Optional.of(values.get(0));
        }
        List<Coding> codings = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (CodedValue value : values) {
            codings.addAll(value.codings());
            value.text().ifPresent(texts::add);
        }
        return Optional.of(new CodedValue(codings, texts.isEmpty() ? Optional.empty()
                : Optional.of(String.join("; ", texts))));
    }

    static boolean isStatusObservation(Resource resource, ListCatalogue lists) {
        return resource instanceof Observation && lists.inImmunisationList(resource);
    }
}
