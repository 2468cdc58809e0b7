package dev.carerecord.sdk.sandbox.shcr;

import static dev.carerecord.sdk.sandbox.shcr.GpFeedContext.id;

import dev.carerecord.sdk.sandbox.data.MedicationCourse;
import java.math.BigDecimal;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Duration;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.UnsignedIntType;

/**
 * A GP medication course as a shared care record holds it: the Medication, the authorisation as a
 * MedicationRequest (intent plan, with course of therapy and repeat information) and the summary line as a
 * MedicationStatement based on it. Individual issues stay in the GP system.
 */
final class GpMedicationFeed {
    private GpMedicationFeed() {
    }

    static void course(GpFeedContext ctx, MedicationCourse m) {
        String bid = m.businessId();
        Medication medication = ctx.stamp(new Medication(), "Medication");
        medication.setId(id(bid, "medication"));
        medication.setCode(R4.concept(m.drug()));
        ctx.world.add(medication);
        Reference medicationRef = R4.ref(medication);
        ctx.world.add(request(ctx, m, medicationRef));
        ctx.world.add(statement(ctx, m, medicationRef));
    }

    private static MedicationRequest request(GpFeedContext ctx, MedicationCourse m, Reference medication) {
        MedicationRequest r = ctx.stamp(new MedicationRequest(), "MedicationRequest");
        r.setId(id(m.businessId(), "plan"));
        r.addIdentifier(ctx.identifier(m.businessId()));
        r.setStatus(switch (m.status()) {
            case ACTIVE -> MedicationRequest.MedicationRequestStatus.ACTIVE;
            case COMPLETED -> MedicationRequest.MedicationRequestStatus.COMPLETED;
            case STOPPED -> MedicationRequest.MedicationRequestStatus.STOPPED;
        });
        if (m.statusReason() != null) {
            r.setStatusReason(R4.text(m.statusReason()));
        }
        r.setIntent(MedicationRequest.MedicationRequestIntent.PLAN);
        r.addCategory(R4.concept(UkCore.MEDREQ_CATEGORY, "community", "Community"));
        r.setMedication(medication);
        r.setSubject(ctx.patient);
        r.setEncounter(ctx.encounter(m.id()));
        r.setAuthoredOnElement(R4.dateTime(m.start()));
        r.setRequester(ctx.staff(m.staffId()));
        r.setCourseOfTherapyType(courseOfTherapy(m.type()));
        r.addDosageInstruction().setText(m.dosage()).setPatientInstruction(m.patientInstruction());
        MedicationRequest.MedicationRequestDispenseRequestComponent dispense = r.getDispenseRequest();
        dispense.setValidityPeriod(period(m));
        Quantity quantity = quantity(m.quantityText());
        if (quantity != null) {
            dispense.setQuantity(quantity);
        }
        dispense.setExpectedSupplyDuration((Duration) new Duration().setValue(m.supplyDays()).setUnit("day")
                .setSystem(UkCore.UCUM).setCode("d"));
        if (m.repeatsAllowed() != null) {
            dispense.setNumberOfRepeatsAllowed(m.repeatsAllowed());
            Extension repeat = new Extension(UkCore.REPEAT_INFO_EXT);
            repeat.addExtension("numberOfPrescriptionsIssued", new UnsignedIntType(m.issues().size()));
            r.addExtension(repeat);
        }
        r.getSubstitution().setAllowed(new BooleanType(true));
        if (m.note() != null) {
            r.addNote(new Annotation().setText(m.note()));
        }
        return r;
    }

    private static MedicationStatement statement(GpFeedContext ctx, MedicationCourse m, Reference medication) {
        MedicationStatement r = ctx.stamp(new MedicationStatement(), "MedicationStatement");
        r.setId(id(m.businessId(), "statement"));
        if (m.lastIssueDate() != null) {
            r.addExtension(new Extension(UkCore.LAST_ISSUE_EXT, R4.dateTime(m.lastIssueDate())));
        }
        r.addExtension(new Extension(UkCore.PRESCRIBING_ORG_TYPE_EXT,
                new Coding(UkCore.PRESCRIBING_ORG_TYPE_CS, m.agency().code, m.agency().display)));
        r.addIdentifier(ctx.identifier(m.statementBusinessId()));
        r.addBasedOn(R4.ref("MedicationRequest", id(m.businessId(), "plan")));
        r.setStatus(switch (m.status()) {
            case ACTIVE -> MedicationStatement.MedicationStatementStatus.ACTIVE;
            case COMPLETED -> MedicationStatement.MedicationStatementStatus.COMPLETED;
            case STOPPED -> MedicationStatement.MedicationStatementStatus.STOPPED;
        });
        r.setCategory(R4.concept(UkCore.MEDSTATEMENT_CATEGORY, "community", "Community"));
        r.setMedication(medication.copy());
        r.setSubject(ctx.patient);
        r.setContext(ctx.encounter(m.id()));
        r.setEffective(period(m));
        r.setDateAssertedElement(R4.dateTime(m.start()));
        r.setInformationSource(ctx.staff(m.staffId()));
        r.addDosage().setText(m.dosage()).setPatientInstruction(m.patientInstruction());
        if (m.note() != null) {
            r.addNote(new Annotation().setText(m.note()));
        }
        return r;
    }

    static org.hl7.fhir.r4.model.CodeableConcept courseOfTherapy(MedicationCourse.Type type) {
        return switch (type) {
            case ACUTE -> R4.concept(UkCore.COURSE_OF_THERAPY_CS, "acute", "Short course (acute) therapy");
            case REPEAT -> R4.concept(UkCore.COURSE_OF_THERAPY_CS, "continuous", "Continuous long term therapy");
            case REPEAT_DISPENSING -> R4.concept(UkCore.UK_COURSE_OF_THERAPY_CS, "continuous-repeat-dispensing",
                    "Continuous long term (repeat dispensing)");
        };
    }

    private static Period period(MedicationCourse m) {
        Period p = new Period().setStartElement(R4.dateTime(m.start()));
        if (m.end() != null) {
            p.setEndElement(R4.dateTime(m.end()));
        }
        return p;
    }

    /** Value and unit when the quantity text starts with a number ("28 tablet"), else null. */
    private static Quantity quantity(String text) {
        String[] parts = text.split(" ", 2);
        if (!parts[0].matches("\\d+(\\.\\d+)?")) {
            return null;
        }
        Quantity q = new Quantity().setValue(new BigDecimal(parts[0]));
        if (parts.length > 1) {
            q.setUnit(parts[1]);
        }
        return q;
    }
}
