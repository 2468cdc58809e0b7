package dev.carerecord.sdk.fhir.internal.mapping;

import static dev.carerecord.sdk.fhir.internal.mapping.R4Types.coded;

import dev.carerecord.sdk.model.SectionKind;
import dev.carerecord.sdk.model.entry.MedicationEntry;
import dev.carerecord.sdk.model.entry.MedicationKind;
import dev.carerecord.sdk.model.value.CodedValue;
import dev.carerecord.sdk.model.value.PartialDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Type;

/**
 * MedicationStatement and MedicationRequest to {@link MedicationEntry} (section MEDICATIONS).
 *
 * <p>Kind: a MedicationStatement is a STATEMENT. A MedicationRequest with intent {@code plan} is an AUTHORISATION
 * (its statement is the MedicationStatement whose {@code basedOn} names it); intent {@code order} with a
 * {@code basedOn} that resolves to a plan is an ISSUE of that authorisation; every other request is a
 * PRESCRIPTION. The medication is {@code medicationCodeableConcept}, or the code of the Medication that
 * {@code medicationReference} resolves to. Honours UKCore-MedicationRepeatInformation, -MedicationStatementLastIssueDate,
 * -MedicationPrescribingOrganizationType (prescribing agency), -MedicationQuantityText, {@code courseOfTherapyType}
 * (else UKCore-MedicationCourseOfTherapyType or -PrescriptionType). Not part of the public API.
 */
final class MedicationMapper {
    private MedicationMapper() {
    }

    static PlacedEntry statement(MedicationStatement statement, MappingSession session) {
        EntryFactory entries = session.entries();
        Optional<CodedValue> course = Extensions.find(statement, UkExtension.MEDICATION_COURSE_OF_THERAPY_TYPE)
                .or(() -> Extensions.find(statement, UkExtension.PRESCRIPTION_TYPE)).flatMap(Extensions::coded);
        MedicationEntry entry = new MedicationEntry(entries.id(statement), entries.provenance(statement),
                entries.sensitivity(statement), MedicationKind.STATEMENT,
                medication(statement.getMedication(), statement, session),
                R4Types.code(statement.getStatusElement()), coded(R4Types.first(statement.getStatusReason())), course,
                dosageText(statement.getDosage()), patientInstructions(statement.getDosage()), null,
                quantityText(statement), R4Types.periodOf(statement.getEffective()), null,
                lastIssueDate(statement), null, null, null, prescribingAgency(statement), null, null, null,
                R4Types.notes(statement.getNote()));
        return new PlacedEntry(SectionKind.MEDICATIONS, entry);
    }

    static PlacedEntry request(MedicationRequest request, MappingSession session) {
        EntryFactory entries = session.entries();
        String intent = R4Types.code(request.getIntentElement()).orElse("");
        MedicationKind kind = MedicationKind.PRESCRIPTION;
        Optional<MedicationRequest> plan = Optional.empty();
        if ("plan".equals(intent)) {
            kind = MedicationKind.AUTHORISATION;
        } else if ("order".equals(intent)) {
            plan = authorisation(request, session);
            kind = plan.isPresent() ? MedicationKind.ISSUE : MedicationKind.PRESCRIPTION;
        }
        Optional<String> statementId = kind == MedicationKind.AUTHORISATION
                ? session.statementOf(request).map(entries::id)
                : plan.flatMap(session::statementOf).map(entries::id);
        Optional<String> priorId = request.hasPriorPrescription()
                ? session.entryIdOf(request.getPriorPrescription(), request, "priorPrescription") : Optional.empty();
        MedicationRequest.MedicationRequestDispenseRequestComponent dispense = request.getDispenseRequest();
        Optional<Extension> repeat = Extensions.find(request, UkExtension.MEDICATION_REPEAT_INFORMATION);
        Optional<Integer> repeatsAllowed = dispense.hasNumberOfRepeatsAllowed()
                ? Optional.of(dispense.getNumberOfRepeatsAllowed())
                : repeat.flatMap(e -> Extensions.sub(e, "numberOfRepeatPrescriptionsAllowed")).flatMap(Extensions::integer);
        Optional<Integer> repeatsIssued = repeat.flatMap(e -> Extensions.sub(e, "numberOfPrescriptionsIssued")
                .or(() -> Extensions.sub(e, "numberOfRepeatPrescriptionsIssued"))).flatMap(Extensions::integer);
        Optional<PartialDateTime> expiry = repeat.flatMap(e -> Extensions.sub(e, "authorisationExpiryDate"))
                .flatMap(Extensions::date);
        MedicationEntry entry = new MedicationEntry(entries.id(request), entries.provenance(request),
                entries.sensitivity(request), kind, medication(request.getMedication(), request, session),
                R4Types.code(request.getStatusElement()), coded(request.getStatusReason()), course(request),
                dosageText(request.getDosageInstruction()), patientInstructions(request.getDosageInstruction()),
                R4Types.quantity(dispense.getQuantity()), quantityText(request),
                R4Types.period(dispense.getValidityPeriod()), R4Types.date(request.getAuthoredOnElement()),
                lastIssueDate(request), repeatsAllowed, repeatsIssued, expiry, prescribingAgency(request), statementId,
                plan.map(entries::id), priorId, R4Types.notes(request.getNote()));
        return new PlacedEntry(SectionKind.MEDICATIONS, entry);
    }

    private static Optional<MedicationRequest> authorisation(MedicationRequest order, MappingSession session) {
        for (Reference basis : order.getBasedOn()) {
            Optional<MedicationRequest> target = session.resolve(basis, order, "basedOn")
                    .filter(MedicationRequest.class::isInstance).map(MedicationRequest.class::cast)
                    .filter(r -> "plan".equals(R4Types.code(r.getIntentElement()).orElse("")));
            if (target.isPresent()) {
                return target;
            }
        }
        return Optional.empty();
    }

    private static CodedValue medication(Type medication, Resource from, MappingSession session) {
        if (medication instanceof CodeableConcept concept) {
            return coded(concept).orElse(CodedValue.EMPTY);
        }
        if (medication instanceof Reference reference) {
            return session.resolve(reference, from, "medicationReference", Medication.class)
                    .flatMap(m -> coded(m.getCode()))
                    .or(() -> R4Types.text(reference.getDisplay()).map(CodedValue::ofText))
                    .orElse(CodedValue.EMPTY);
        }
        return CodedValue.EMPTY;
    }

    private static Optional<CodedValue> course(MedicationRequest request) {
        return coded(request.getCourseOfTherapyType())
                .or(() -> Extensions.find(request, UkExtension.MEDICATION_COURSE_OF_THERAPY_TYPE)
                        .or(() -> Extensions.find(request, UkExtension.PRESCRIPTION_TYPE))
                        .flatMap(Extensions::coded));
    }

    private static Optional<String> dosageText(List<Dosage> dosages) {
        List<String> texts = new ArrayList<>();
        for (Dosage dosage : dosages) {
            R4Types.text(dosage.getText()).ifPresent(texts::add);
        }
        return texts.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", texts));
    }

    private static Optional<String> patientInstructions(List<Dosage> dosages) {
        List<String> texts = new ArrayList<>();
        for (Dosage dosage : dosages) {
            R4Types.text(dosage.getPatientInstruction()).ifPresent(texts::add);
        }
        return texts.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", texts));
    }

    private static Optional<String> quantityText(MedicationRequest request) {
        MedicationRequest.MedicationRequestDispenseRequestComponent dispense = request.getDispenseRequest();
        return Extensions.find(dispense.getQuantity(), UkExtension.MEDICATION_QUANTITY_TEXT)
                .or(() -> Extensions.find(dispense, UkExtension.MEDICATION_QUANTITY_TEXT))
                .or(() -> Extensions.find(request, UkExtension.MEDICATION_QUANTITY_TEXT))
                .flatMap(Extensions::text);
    }

    private static Optional<String> quantityText(MedicationStatement statement) {
        return Extensions.find(statement, UkExtension.MEDICATION_QUANTITY_TEXT).flatMap(Extensions::text);
    }

    private static Optional<PartialDateTime> lastIssueDate(org.hl7.fhir.r4.model.DomainResource resource) {
        return Extensions.find(resource, UkExtension.MEDICATION_STATEMENT_LAST_ISSUE_DATE).flatMap(Extensions::date);
    }

    private static Optional<CodedValue> prescribingAgency(org.hl7.fhir.r4.model.DomainResource resource) {
        return Extensions.find(resource, UkExtension.MEDICATION_PRESCRIBING_ORGANIZATION_TYPE)
                .flatMap(Extensions::coded);
    }
}
