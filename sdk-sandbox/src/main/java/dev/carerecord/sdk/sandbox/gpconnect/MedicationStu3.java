package dev.carerecord.sdk.sandbox.gpconnect;

import static dev.carerecord.sdk.sandbox.gpconnect.Stu3Context.id;

import dev.carerecord.sdk.sandbox.data.MedicationCourse;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.dstu3.model.Annotation;
import org.hl7.fhir.dstu3.model.Duration;
import org.hl7.fhir.dstu3.model.Extension;
import org.hl7.fhir.dstu3.model.Medication;
import org.hl7.fhir.dstu3.model.MedicationRequest;
import org.hl7.fhir.dstu3.model.MedicationRequest.MedicationRequestIntent;
import org.hl7.fhir.dstu3.model.MedicationRequest.MedicationRequestStatus;
import org.hl7.fhir.dstu3.model.MedicationStatement;
import org.hl7.fhir.dstu3.model.MedicationStatement.MedicationStatementStatus;
import org.hl7.fhir.dstu3.model.MedicationStatement.MedicationStatementTaken;
import org.hl7.fhir.dstu3.model.Period;
import org.hl7.fhir.dstu3.model.Reference;
import org.hl7.fhir.dstu3.model.Resource;
import org.hl7.fhir.dstu3.model.SimpleQuantity;
import org.hl7.fhir.dstu3.model.StringType;
import org.hl7.fhir.dstu3.model.UnsignedIntType;

/**
 * A medication course as GP Connect models it: a MedicationStatement (summary line), the authorisation as a
 * MedicationRequest with intent plan, one MedicationRequest with intent order per issue (unless issues were not
 * asked for), and the Medication.
 */
final class MedicationStu3 {
    private MedicationStu3() {
    }

    static List<Resource> course(Stu3Context ctx, MedicationCourse m, boolean includeIssues) {
        List<Resource> resources = new ArrayList<>();
        String bid = m.businessId();
        Medication medication = Stu3.profile(new Medication(), "CareConnect-GPC-Medication-1");
        medication.setId(id(bid, "medication"));
        medication.setCode(Stu3.concept(m.drug()));
        resources.add(medication);
        resources.add(statement(ctx, m));
        resources.add(plan(ctx, m));
        if (includeIssues) {
            for (MedicationCourse.Issue issue : m.issues()) {
                resources.add(issue(ctx, m, issue));
            }
        }
        return resources;
    }

    private static MedicationStatement statement(Stu3Context ctx, MedicationCourse m) {
        MedicationStatement r = Stu3.profile(new MedicationStatement(), "CareConnect-GPC-MedicationStatement-1");
        String bid = m.businessId();
        r.setId(id(bid, "statement"));
        if (m.lastIssueDate() != null) {
            r.addExtension(Stu3.extension(Gpc.LAST_ISSUE_EXT, Stu3.dateTime(m.lastIssueDate())));
        }
        r.addExtension(Stu3.extension(Gpc.PRESCRIBING_AGENCY_EXT,
                Stu3.concept(Gpc.PRESCRIBING_AGENCY_CS, m.agency().code, m.agency().display)));
        r.addIdentifier(ctx.identifier(m.statementBusinessId()));
        r.addBasedOn(Stu3.ref("MedicationRequest", id(bid, "plan")));
        r.setStatus(switch (m.status()) {
            case ACTIVE -> MedicationStatementStatus.ACTIVE;
            case COMPLETED -> MedicationStatementStatus.COMPLETED;
            case STOPPED -> MedicationStatementStatus.STOPPED;
        });
        r.setMedication(Stu3.ref("Medication", id(bid, "medication")));
        r.setEffective(period(m));
        r.setDateAssertedElement(Stu3.dateTime(m.start()));
        r.setSubject(ctx.patientRef());
        r.setContext(ctx.encounterOf(m.id()));
        r.setTaken(MedicationStatementTaken.UNK);
        r.addDosage().setText(m.dosage()).setPatientInstruction(m.patientInstruction());
        if (m.note() != null) {
            r.addNote(new Annotation().setText(m.note()));
        }
        return r;
    }

    private static MedicationRequest plan(Stu3Context ctx, MedicationCourse m) {
        String bid = m.businessId();
        MedicationRequest r = request(ctx, m, id(bid, "plan"), bid, MedicationRequestIntent.PLAN);
        r.setStatus(switch (m.status()) {
            case ACTIVE -> MedicationRequestStatus.ACTIVE;
            case COMPLETED -> MedicationRequestStatus.COMPLETED;
            case STOPPED -> MedicationRequestStatus.STOPPED;
        });
        r.setAuthoredOnElement(Stu3.dateTime(m.start()));
        r.getDispenseRequest().setValidityPeriod(period(m));
        if (m.repeatsAllowed() != null) {
            r.getDispenseRequest().setNumberOfRepeatsAllowed(m.repeatsAllowed());
            Extension repeat = new Extension(Gpc.REPEAT_INFO_EXT);
            repeat.addExtension("numberOfRepeatPrescriptionsAllowed", new UnsignedIntType(m.repeatsAllowed()));
            repeat.addExtension("numberOfRepeatPrescriptionsIssued", new UnsignedIntType(m.issues().size()));
            r.addExtension(repeat);
        }
        if (m.statusReason() != null) {
            Extension reason = new Extension(Gpc.STATUS_REASON_EXT);
            reason.addExtension("statusReason", new org.hl7.fhir.dstu3.model.CodeableConcept().setText(m.statusReason()));
            reason.addExtension("statusChangeDate", Stu3.dateTime(m.end()));
            r.addExtension(reason);
        }
        return r;
    }

    private static MedicationRequest issue(Stu3Context ctx, MedicationCourse m, MedicationCourse.Issue issue) {
        MedicationRequest r = request(ctx, m, id(issue.businessId(), "main"), issue.businessId(),
                MedicationRequestIntent.ORDER);
        r.setStatus(MedicationRequestStatus.COMPLETED);
        r.addBasedOn(Stu3.ref("MedicationRequest", id(m.businessId(), "plan")));
        r.setAuthoredOnElement(Stu3.dateTime(issue.date()));
        r.getDispenseRequest().setValidityPeriod(new Period().setStartElement(Stu3.dateTime(issue.date()))
                .setEndElement(Stu3.dateTime(issue.date().plusDays(issue.supplyDays()))));
        return r;
    }

    private static MedicationRequest request(Stu3Context ctx, MedicationCourse m, String id, String businessId,
                                             MedicationRequestIntent intent) {
        MedicationRequest r = Stu3.profile(new MedicationRequest(), "CareConnect-GPC-MedicationRequest-1");
        r.setId(id);
        r.addExtension(Stu3.extension(Gpc.PRESCRIPTION_TYPE_EXT,
                Stu3.concept(Gpc.PRESCRIPTION_TYPE_CS, m.type().code, m.type().display)));
        r.addIdentifier(ctx.identifier(businessId));
        r.setGroupIdentifier(ctx.identifier(Stu3Context.id(m.businessId(), "group")));
        r.setIntent(intent);
        r.setMedication(Stu3.ref("Medication", id(m.businessId(), "medication")));
        r.setSubject(ctx.patientRef());
        r.setContext(ctx.encounterOf(m.id()));
        Reference recorder = ctx.staffRef(m.staffId());
        r.setRecorder(recorder);
        if (recorder != null) {
            r.getRequester().setAgent(recorder).setOnBehalfOf(ctx.practiceRef());
        }
        r.addDosageInstruction().setText(m.dosage()).setPatientInstruction(m.patientInstruction());
        r.getDispenseRequest().setQuantity(quantity(m.quantityText()))
                .setExpectedSupplyDuration((Duration) new Duration().setValue(m.supplyDays()).setUnit("day")
                        .setSystem("http://unitsofmeasure.org").setCode("d"));
        if (m.note() != null) {
            r.addNote(new Annotation().setText(m.note()));
        }
        return r;
    }

    /** A quantity with the original text as an extension, plus value and unit when the text starts with a number. */
    private static SimpleQuantity quantity(String text) {
        SimpleQuantity q = new SimpleQuantity();
        q.addExtension(Stu3.extension(Gpc.QUANTITY_TEXT_EXT, new StringType(text)));
        String[] parts = text.split(" ", 2);
        if (parts[0].matches("\\d+(\\.\\d+)?")) {
            q.setValue(new BigDecimal(parts[0]));
            if (parts.length > 1) {
                q.setUnit(parts[1]);
            }
        }
        return q;
    }

    private static Period period(MedicationCourse m) {
        Period p = new Period().setStartElement(Stu3.dateTime(m.start()));
        if (m.end() != null) {
            p.setEndElement(Stu3.dateTime(m.end()));
        }
        return p;
    }
}
