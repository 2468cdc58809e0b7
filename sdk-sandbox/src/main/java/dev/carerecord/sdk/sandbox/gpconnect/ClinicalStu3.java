package dev.carerecord.sdk.sandbox.gpconnect;

import static dev.carerecord.sdk.sandbox.gpconnect.Stu3Context.id;

import dev.carerecord.sdk.sandbox.data.Allergy;
import dev.carerecord.sdk.sandbox.data.Consultation;
import dev.carerecord.sdk.sandbox.data.DiaryEntry;
import dev.carerecord.sdk.sandbox.data.DocumentMeta;
import dev.carerecord.sdk.sandbox.data.Immunisation;
import dev.carerecord.sdk.sandbox.data.Observation;
import dev.carerecord.sdk.sandbox.data.Problem;
import dev.carerecord.sdk.sandbox.data.Referral;
import java.time.ZoneOffset;
import java.util.Date;
import org.hl7.fhir.dstu3.model.AllergyIntolerance;
import org.hl7.fhir.dstu3.model.AllergyIntolerance.AllergyIntoleranceCategory;
import org.hl7.fhir.dstu3.model.AllergyIntolerance.AllergyIntoleranceClinicalStatus;
import org.hl7.fhir.dstu3.model.AllergyIntolerance.AllergyIntoleranceSeverity;
import org.hl7.fhir.dstu3.model.AllergyIntolerance.AllergyIntoleranceVerificationStatus;
import org.hl7.fhir.dstu3.model.Annotation;
import org.hl7.fhir.dstu3.model.Attachment;
import org.hl7.fhir.dstu3.model.BooleanType;
import org.hl7.fhir.dstu3.model.CodeType;
import org.hl7.fhir.dstu3.model.Condition;
import org.hl7.fhir.dstu3.model.Condition.ConditionClinicalStatus;
import org.hl7.fhir.dstu3.model.DocumentReference;
import org.hl7.fhir.dstu3.model.Encounter;
import org.hl7.fhir.dstu3.model.Enumerations.DocumentReferenceStatus;
import org.hl7.fhir.dstu3.model.Extension;
import org.hl7.fhir.dstu3.model.Identifier;
import org.hl7.fhir.dstu3.model.Immunization;
import org.hl7.fhir.dstu3.model.Period;
import org.hl7.fhir.dstu3.model.ProcedureRequest;
import org.hl7.fhir.dstu3.model.Reference;
import org.hl7.fhir.dstu3.model.ReferralRequest;
import org.hl7.fhir.dstu3.model.StringType;

/** STU3 resources for allergies, problems, encounters, observations, immunisations, referrals, diary and documents. */
final class ClinicalStu3 {
    private ClinicalStu3() {
    }

    static AllergyIntolerance allergy(Stu3Context ctx, Allergy a) {
        AllergyIntolerance r = Stu3.profile(new AllergyIntolerance(), "CareConnect-GPC-AllergyIntolerance-1");
        r.setId(id(a.businessId(), "main"));
        r.addIdentifier(ctx.identifier(a.businessId()));
        r.setClinicalStatus(a.ended() ? AllergyIntoleranceClinicalStatus.RESOLVED : AllergyIntoleranceClinicalStatus.ACTIVE);
        r.setVerificationStatus(AllergyIntoleranceVerificationStatus.UNCONFIRMED);
        r.addCategory(AllergyIntoleranceCategory.fromCode(a.category()));
        r.setCode(Stu3.concept(a.code()));
        r.setPatient(ctx.patientRef());
        r.setOnset(Stu3.partial(a.onset()));
        r.setAssertedDateElement(Stu3.dateTime(a.asserted()));
        r.setRecorder(ctx.staffRef(a.staffId()));
        if (a.reaction() != null) {
            AllergyIntolerance.AllergyIntoleranceReactionComponent reaction = r.addReaction();
            reaction.addManifestation(Stu3.concept(a.reaction()));
            if (a.severity() != null) {
                reaction.setSeverity(AllergyIntoleranceSeverity.fromCode(a.severity()));
            }
        }
        if (a.note() != null) {
            r.addNote(new Annotation().setText(a.note()));
        }
        if (a.ended()) {
            Extension end = new Extension(Gpc.ALLERGY_END_EXT);
            end.addExtension("endDate", Stu3.dateTime(a.endDate()));
            if (a.endReason() != null) {
                end.addExtension("reasonEnded", new StringType(a.endReason()));
            }
            r.addExtension(end);
        }
        return r;
    }

    static Condition problem(Stu3Context ctx, Problem p) {
        Condition r = Stu3.profile(new Condition(), "CareConnect-GPC-ProblemHeader-Condition-1");
        r.setId(id(p.businessId(), "main"));
        r.addIdentifier(ctx.identifier(p.businessId()));
        r.addExtension(Stu3.extension(Gpc.PROBLEM_SIGNIFICANCE_EXT, new CodeType(p.significance())));
        Reference actual = ctx.includedRef(p.actualItemId());
        if (actual != null) {
            r.addExtension(Stu3.extension(Gpc.ACTUAL_PROBLEM_EXT, actual));
        }
        for (String related : p.relatedItemIds()) {
            Reference ref = ctx.includedRef(related);
            if (ref != null) {
                r.addExtension(Stu3.extension(Gpc.RELATED_CONTENT_EXT, ref));
            }
        }
        for (Problem.Link link : p.relatedProblems()) {
            Reference target = ctx.includedRef(link.problemId());
            if (target != null) {
                Extension ext = new Extension(Gpc.RELATED_PROBLEM_EXT);
                ext.addExtension("type", new CodeType(link.type()));
                ext.addExtension("target", target);
                r.addExtension(ext);
            }
        }
        r.setClinicalStatus(p.active() ? ConditionClinicalStatus.ACTIVE : ConditionClinicalStatus.INACTIVE);
        r.addCategory(Stu3.concept(Gpc.CONDITION_CATEGORY_CS, "problem-list-item", "Problem List Item"));
        r.setCode(Stu3.concept(p.code()));
        r.setSubject(ctx.patientRef());
        r.setOnset(Stu3.partial(p.onset()));
        r.setAbatement(Stu3.partial(p.abatement()));
        r.setAssertedDateElement(Stu3.dateTime(p.asserted()));
        r.setAsserter(ctx.staffRef(p.staffId()));
        if (p.note() != null) {
            r.addNote(new Annotation().setText(p.note()));
        }
        return r;
    }

    static Encounter encounter(Stu3Context ctx, Consultation c) {
        Encounter r = Stu3.profile(new Encounter(), "CareConnect-GPC-Encounter-1");
        r.setId(id(c.businessId(), "main"));
        r.addIdentifier(ctx.identifier(c.businessId()));
        r.setStatus(Encounter.EncounterStatus.FINISHED);
        r.addType().setText(c.type());
        r.setSubject(ctx.patientRef());
        r.addParticipant()
                .addType(Stu3.concept("http://hl7.org/fhir/v3/ParticipationType", "PPRF", "primary performer"))
                .setIndividual(ctx.staffRef(c.staffId()));
        r.setPeriod(new Period().setStartElement(Stu3.dateTime(c.start()))
                .setEndElement(Stu3.dateTime(c.start().plusMinutes(c.minutes()))));
        r.setServiceProvider(ctx.practiceRef());
        return r;
    }

    static org.hl7.fhir.dstu3.model.Observation observation(Stu3Context ctx, Observation o) {
        org.hl7.fhir.dstu3.model.Observation r =
                Stu3.profile(new org.hl7.fhir.dstu3.model.Observation(), "CareConnect-GPC-Observation-1");
        r.setId(id(o.businessId(), "main"));
        r.addIdentifier(ctx.identifier(o.businessId()));
        r.setStatus(org.hl7.fhir.dstu3.model.Observation.ObservationStatus.FINAL);
        r.setCode(Stu3.concept(o.code()));
        r.setSubject(ctx.patientRef());
        r.setContext(ctx.encounterOf(o.id()));
        r.setEffective(Stu3.partial(o.effective()));
        if (o.effective() != null) {
            r.setIssued(Date.from(o.effective().toDateTime().atZone(Stu3.UK).toInstant()));
        }
        Reference performer = ctx.staffRef(o.staffId());
        if (performer != null) {
            r.addPerformer(performer);
        }
        if (o.value() != null) {
            r.setValue(Stu3.quantity(o.value()));
        } else if (o.valueText() != null) {
            r.setValue(new StringType(o.valueText()));
        }
        for (Observation.Component component : o.components()) {
            r.addComponent().setCode(Stu3.concept(component.code())).setValue(Stu3.quantity(component.value()));
        }
        r.setComment(o.comment());
        return r;
    }

    static Immunization immunisation(Stu3Context ctx, Immunisation i) {
        Immunization r = Stu3.profile(new Immunization(), "CareConnect-GPC-Immunization-1");
        r.setId(id(i.businessId(), "main"));
        r.addIdentifier(ctx.identifier(i.businessId()));
        if (i.procedure() != null) {
            r.addExtension(Stu3.extension(Gpc.VACCINATION_PROCEDURE_EXT, Stu3.concept(i.procedure())));
        }
        if (i.parentPresent() != null) {
            r.addExtension(Stu3.extension(Gpc.PARENT_PRESENT_EXT, new BooleanType(i.parentPresent())));
        }
        r.setStatus(Immunization.ImmunizationStatus.COMPLETED);
        r.setNotGiven(!i.given());
        r.setVaccineCode(Stu3.concept(i.vaccine()));
        r.setPatient(ctx.patientRef());
        r.setEncounter(ctx.encounterOf(i.id()));
        r.setDateElement(Stu3.partial(i.date()));
        r.setPrimarySource(true);
        r.setLotNumber(i.lotNumber());
        r.setSite(Stu3.concept(i.site()));
        Reference performer = ctx.staffRef(i.staffId());
        if (performer != null) {
            r.addPractitioner().setActor(performer);
        }
        if (!i.given() && i.reasonNotGiven() != null) {
            r.getExplanation().addReasonNotGiven(Stu3.concept(i.reasonNotGiven()));
        }
        if (i.note() != null) {
            r.addNote(new Annotation().setText(i.note()));
        }
        return r;
    }

    static ReferralRequest referral(Stu3Context ctx, Referral f) {
        ReferralRequest r = Stu3.profile(new ReferralRequest(), "CareConnect-GPC-ReferralRequest-1");
        r.setId(id(f.businessId(), "main"));
        r.addIdentifier(ctx.identifier(f.businessId()));
        r.addIdentifier(new Identifier().setSystem(Gpc.UBRN).setValue(f.ubrn()));
        r.setStatus(ReferralRequest.ReferralRequestStatus.ACTIVE);
        r.setIntent(ReferralRequest.ReferralCategory.ORDER);
        r.setPriority(ReferralRequest.ReferralPriority.fromCode(f.priority()));
        r.setSubject(ctx.patientRef());
        r.setContext(ctx.encounterOf(f.id()));
        r.setAuthoredOnElement(Stu3.dateTime(f.authored()));
        Reference requester = ctx.staffRef(f.staffId());
        if (requester != null) {
            r.getRequester().setAgent(requester).setOnBehalfOf(ctx.practiceRef());
        }
        r.setSpecialty(Stu3.concept(f.specialty()));
        r.addRecipient(new Reference().setDisplay(f.recipient()));
        r.addReasonCode(Stu3.concept(f.reason()));
        r.setDescription(f.description());
        return r;
    }

    static ProcedureRequest diary(Stu3Context ctx, DiaryEntry d) {
        ProcedureRequest r = Stu3.profile(new ProcedureRequest(), "CareConnect-GPC-ProcedureRequest-1");
        r.setId(id(d.businessId(), "main"));
        r.addIdentifier(ctx.identifier(d.businessId()));
        r.setStatus(ProcedureRequest.ProcedureRequestStatus.ACTIVE);
        r.setIntent(ProcedureRequest.ProcedureRequestIntent.PLAN);
        r.setCode(Stu3.concept(d.code()));
        r.setSubject(ctx.patientRef());
        r.setContext(ctx.encounterOf(d.id()));
        r.setOccurrence(Stu3.dateTime(d.due()));
        r.setAuthoredOnElement(Stu3.dateTime(d.authored()));
        Reference requester = ctx.staffRef(d.staffId());
        if (requester != null) {
            r.getRequester().setAgent(requester);
        }
        if (d.note() != null) {
            r.addNote(new Annotation().setText(d.note()));
        }
        return r;
    }

    /** A DocumentReference whose attachment points at the Binary on the practice's documents service root. */
    static DocumentReference document(Stu3Context ctx, DocumentMeta d, String documentsRoot) {
        DocumentReference r = Stu3.profile(new DocumentReference(), "CareConnect-GPC-DocumentReference-1");
        r.setId(id(d.businessId(), "main"));
        r.addIdentifier(ctx.identifier(d.businessId()));
        r.setStatus(DocumentReferenceStatus.CURRENT);
        r.setType(Stu3.concept(d.type()));
        r.setSubject(ctx.patientRef());
        r.setCreatedElement(Stu3.dateTime(d.created()));
        r.setIndexed(Date.from(d.created().toInstant(ZoneOffset.UTC)));
        r.addAuthor(new Reference().setIdentifier(new Identifier().setSystem(Gpc.ODS).setValue(d.authorOds())));
        r.setCustodian(ctx.practiceRef());
        r.setDescription(d.description());
        r.addContent().setAttachment(new Attachment().setContentType(d.contentType())
                .setUrl(documentsRoot + "/Binary/" + binaryId(d)).setSize(d.size()));
        Reference encounter = ctx.encounterOf(d.id());
        if (encounter != null) {
            r.getContext().setEncounter(encounter);
        }
        return r;
    }

    static String binaryId(DocumentMeta d) {
        return id(d.businessId(), "binary");
    }
}
