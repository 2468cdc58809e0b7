package dev.carerecord.sdk.gpconnect.internal.mapping;

import dev.carerecord.sdk.model.SectionKind;
import dev.carerecord.sdk.model.entry.MedicationEntry;
import dev.carerecord.sdk.model.entry.MedicationKind;
import dev.carerecord.sdk.model.value.CodedValue;
import dev.carerecord.sdk.model.value.PartialDateTime;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.dstu3.model.CodeableConcept;
import org.hl7.fhir.dstu3.model.Dosage;
import org.hl7.fhir.dstu3.model.Extension;
import org.hl7.fhir.dstu3.model.IntegerType;
import org.hl7.fhir.dstu3.model.Medication;
import org.hl7.fhir.dstu3.model.MedicationRequest;
import org.hl7.fhir.dstu3.model.MedicationStatement;
import org.hl7.fhir.dstu3.model.Reference;
import org.hl7.fhir.dstu3.model.Resource;
import org.hl7.fhir.dstu3.model.Type;

/**
 * Maps GP Connect's three medication levels to {@link MedicationEntry}: MedicationStatement (the summary line)
 * to {@code STATEMENT}, MedicationRequest with intent {@code plan} (the authorisation) to {@code AUTHORISATION},
 * with intent {@code order} (an issue) to {@code ISSUE}, anything else to {@code PRESCRIPTION}. They are linked
 * by entry id: a statement and an issue name their authorisation ({@code basedOn}); an authorisation and an issue
 * name the statement based on that authorisation; a changed authorisation names the one it replaced
 * ({@code priorPrescription}).
 *
 * <p>{@code medication[x]} may be a Reference to a Medication (its code is taken) or a CodeableConcept. Extensions:
 * PrescriptionType (course of therapy; a statement or issue without one takes its authorisation's),
 * MedicationRepeatInformation (repeats allowed and issued, authorisation expiry), MedicationStatementLastIssueDate,
 * PrescribingAgency, MedicationQuantityText, MedicationStatusReason.
 */
final class MedicationMapper {
    private static final SectionKind SECTION = SectionKind.MEDICATIONS;

    private final MappingRun run;
    private final Map<Resource, MedicationStatement> statementOfPlan = new IdentityHashMap<>();

    MedicationMapper(MappingRun run) {
        this.run = run;
        for (MedicationStatement statement : run.index.ofType(MedicationStatement.class)) {
            for (Reference basedOn : statement.getBasedOn()) {
                run.index.resolve(basedOn, statement).filter(MedicationRequest.class::isInstance)
                        .ifPresent(plan -> statementOfPlan.putIfAbsent(plan, statement));
            }
        }
    }

    void statement(MedicationStatement statement) {
        Optional<MedicationRequest> plan = basedOn(statement, statement.getBasedOn());
        Optional<CodedValue> course = courseOfTherapy(statement).or(() -> plan.flatMap(this::courseOfTherapy));
        MedicationEntry entry = new MedicationEntry(run.id(statement),
                run.provenance(statement, run.actor(statement.getInformationSource(), statement, SECTION),
                        Optional.empty(), Stu3Values.date(statement.getDateAssertedElement()), Optional.empty()),
                MappingRun.sensitivity(statement), MedicationKind.STATEMENT,
                medication(statement, statement.hasMedication() ? statement.getMedication() : null),
                Stu3Values.code(statement.getStatusElement()), statusReason(statement), course,
                dosageText(statement.getDosage()), patientInstructions(statement.getDosage()), Optional.empty(),
                Optional.empty(), statement.hasEffective() ? Stu3Values.period(statement.getEffective())
                        : Optional.empty(),
                Optional.empty(), dateExtension(statement, Extensions.LAST_ISSUE_DATE), Optional.empty(),
                Optional.empty(), Optional.empty(), prescribingAgency(statement), Optional.empty(),
                plan.map(run::id), Optional.empty(), Stu3Values.notes(statement.getNote()));
        run.add(SECTION, entry, statement);
    }

    void request(MedicationRequest request) {
        String intent = Stu3Values.code(request.getIntentElement()).orElse("").toLowerCase(Locale.ROOT);
        MedicationKind kind = switch (intent) {
            case "plan" -> MedicationKind.AUTHORISATION;
            case "order" -> MedicationKind.ISSUE;
            default -> MedicationKind.PRESCRIPTION;
        };
        if (kind == MedicationKind.PRESCRIPTION) {
            run.issue(SECTION, request, "MedicationRequest intent is neither plan nor order; "
                    + "mapped as a prescription");
        }
        Optional<MedicationRequest> plan = kind == MedicationKind.ISSUE
                ? basedOn(request, request.getBasedOn()) : Optional.empty();
        Optional<String> prior = kind == MedicationKind.AUTHORISATION && request.hasPriorPrescription()
                ? run.entryId(request.getPriorPrescription(), request, SECTION)
                : Optional.empty();
        MedicationStatement statement = kind == MedicationKind.AUTHORISATION ? statementOfPlan.get(request)
                : plan.map(statementOfPlan::get).orElse(null);
        Optional<CodedValue> course = courseOfTherapy(request).or(() -> plan.flatMap(this::courseOfTherapy));
        Optional<Extension> repeats = Extensions.first(request, Extensions.REPEAT_INFORMATION);
        MedicationRequest.MedicationRequestDispenseRequestComponent dispense =
                Stu3Values.field(request, "dispenseRequest", MedicationRequest.MedicationRequestDispenseRequestComponent.class);
        Optional<Integer> repeatsAllowed = repeats.flatMap(r -> integer(r, "numberOfRepeatPrescriptionsAllowed"))
                .or(() -> dispense != null && dispense.hasNumberOfRepeatsAllowed()
                        ? Optional.of(dispense.getNumberOfRepeatsAllowed()) : Optional.empty());
        MedicationEntry entry = new MedicationEntry(run.id(request),
                run.provenance(request, run.actor(request.getRecorder(), request, SECTION),
                        request.hasRequester() ? run.actor(request.getRequester().getAgent(), request, SECTION)
                                : Optional.empty(),
                        Stu3Values.date(request.getAuthoredOnElement()), Optional.empty()),
                MappingRun.sensitivity(request), kind,
                medication(request, request.hasMedication() ? request.getMedication() : null),
                Stu3Values.code(request.getStatusElement()), statusReason(request), course,
                dosageText(request.getDosageInstruction()), patientInstructions(request.getDosageInstruction()),
                dispense == null ? Optional.empty() : Stu3Values.quantity(dispensedQuantity(dispense)),
                quantityText(request, dispense),
                dispense != null && dispense.hasValidityPeriod() ? Stu3Values.period(dispense.getValidityPeriod())
                        : Optional.empty(),
                Stu3Values.date(request.getAuthoredOnElement()), Optional.empty(), repeatsAllowed,
                repeats.flatMap(r -> integer(r, "numberOfRepeatPrescriptionsIssued")),
                repeats.flatMap(r -> Extensions.part(r, "authorisationExpiryDate")).map(Extension::getValue)
                        .flatMap(Stu3Values::date),
                prescribingAgency(request), Optional.ofNullable(statement).map(run::id),
                plan.map(run::id), prior, Stu3Values.notes(request.getNote()));
        run.add(SECTION, entry, request);
    }

    /** The first authorisation among {@code basedOn}; every unresolvable reference is reported. */
    private Optional<MedicationRequest> basedOn(Resource owner, List<Reference> references) {
        MedicationRequest plan = null;
        for (Reference reference : references) {
            Optional<Resource> target = run.resolve(reference, owner, SECTION);
            if (plan == null && target.isPresent() && target.get() instanceof MedicationRequest found) {
                plan = found;
            }
        }
        return Optional.ofNullable(plan);
    }

    private CodedValue medication(Resource owner, Type medication) {
        if (medication instanceof CodeableConcept concept) {
            return Stu3Values.coded(concept);
        }
        if (medication instanceof Reference reference) {
            Optional<Resource> target = run.resolve(reference, owner, SECTION);
            if (target.isPresent() && target.get() instanceof Medication found && found.hasCode()) {
                return Stu3Values.coded(found.getCode());
            }
            return Stu3Values.text(reference.getDisplay()).map(CodedValue::ofText).orElse(CodedValue.EMPTY);
        }
        run.issue(SECTION, owner, "no medication[x] (neither a Medication reference nor a code)");
        return CodedValue.EMPTY;
    }

    private Optional<CodedValue> courseOfTherapy(Resource resource) {
        return Extensions.value((org.hl7.fhir.dstu3.model.DomainResource) resource, Extensions.PRESCRIPTION_TYPE)
                .filter(CodeableConcept.class::isInstance)
                .flatMap(v -> Stu3Values.optionalCoded((CodeableConcept) v));
    }

    private static Optional<CodedValue> statusReason(org.hl7.fhir.dstu3.model.DomainResource resource) {
        Optional<Extension> reason = Extensions.first(resource, Extensions.STATUS_REASON);
        Optional<CodedValue> coded = reason.flatMap(r -> Extensions.part(r, "statusReason"))
                .map(Extension::getValue).filter(CodeableConcept.class::isInstance)
                .flatMap(v -> Stu3Values.optionalCoded((CodeableConcept) v));
        if (coded.isPresent()) {
            return coded;
        }
        if (resource instanceof MedicationStatement statement && statement.hasReasonNotTaken()) {
            return Stu3Values.optionalCoded(statement.getReasonNotTakenFirstRep());
        }
        return Optional.empty();
    }

    private static Optional<CodedValue> prescribingAgency(org.hl7.fhir.dstu3.model.DomainResource resource) {
        return Extensions.value(resource, Extensions.PRESCRIBING_AGENCY).filter(CodeableConcept.class::isInstance)
                .flatMap(v -> Stu3Values.optionalCoded((CodeableConcept) v));
    }

    private static Optional<PartialDateTime> dateExtension(org.hl7.fhir.dstu3.model.DomainResource resource,
            String name) {
        return Extensions.value(resource, name).flatMap(Stu3Values::date);
    }

    /** The quantity to dispense as sent, or null (read without creating an empty one). */
    private static org.hl7.fhir.dstu3.model.Quantity dispensedQuantity(
            MedicationRequest.MedicationRequestDispenseRequestComponent dispense) {
        return Stu3Values.field(dispense, "quantity", org.hl7.fhir.dstu3.model.Quantity.class);
    }

    private static Optional<String> quantityText(MedicationRequest request,
            MedicationRequest.MedicationRequestDispenseRequestComponent dispense) {
        if (dispense != null && dispensedQuantity(dispense) != null) {
            Optional<String> text = Extensions.value(dispensedQuantity(dispense), Extensions.QUANTITY_TEXT)
                    .flatMap(MedicationMapper::string);
            if (text.isPresent()) {
                return text;
            }
        }
        if (dispense != null) {
            Optional<String> text = Extensions.value(dispense, Extensions.QUANTITY_TEXT)
                    .flatMap(MedicationMapper::string);
            if (text.isPresent()) {
                return text;
            }
        }
        return Extensions.value(request, Extensions.QUANTITY_TEXT).flatMap(MedicationMapper::string);
    }

    private static Optional<String> string(Type value) {
        return value instanceof org.hl7.fhir.dstu3.model.PrimitiveType<?> primitive
                ? Stu3Values.text(primitive.getValueAsString()) : Optional.empty();
    }

    private static Optional<Integer> integer(Extension parent, String name) {
        return Extensions.part(parent, name).map(Extension::getValue).filter(IntegerType.class::isInstance)
                .map(v -> ((IntegerType) v).getValue());
    }

    private static Optional<String> dosageText(List<Dosage> dosages) {
        List<String> texts = new ArrayList<>();
        for (Dosage dosage : dosages) {
            Stu3Values.text(dosage.getText()).ifPresent(texts::add);
        }
        return texts.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", texts));
    }

    private static Optional<String> patientInstructions(List<Dosage> dosages) {
        List<String> texts = new ArrayList<>();
        for (Dosage dosage : dosages) {
            Stu3Values.text(dosage.getPatientInstruction()).ifPresent(texts::add);
        }
        return texts.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", texts));
    }
}
