package dev.carerecord.sdk.sandbox.shcr;

import static dev.carerecord.sdk.sandbox.shcr.GpFeedContext.id;

import dev.carerecord.sdk.sandbox.data.Allergy;
import dev.carerecord.sdk.sandbox.data.Consultation;
import dev.carerecord.sdk.sandbox.data.DocumentMeta;
import dev.carerecord.sdk.sandbox.data.Immunisation;
import dev.carerecord.sdk.sandbox.data.Investigation;
import dev.carerecord.sdk.sandbox.data.MedicationCourse;
import dev.carerecord.sdk.sandbox.data.PatientRecord;
import dev.carerecord.sdk.sandbox.data.Problem;
import java.nio.charset.StandardCharsets;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.Binary;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Enumerations.DocumentReferenceStatus;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Immunization;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.PositiveIntType;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;

/**
 * Copies a patient's GP record into the shared care record as UK Core R4: allergies, problems (Condition),
 * medication, immunisations, coded observations, investigations, consultations (Encounter) and documents.
 * Confidential items are never fed. Free-text-only observations, referrals, diary entries and immunisation
 * consent records stay in the GP system (a shared care record does not take them).
 */
final class GpFeed {
    private GpFeed() {
    }

    static void feed(PatientRecord record, org.hl7.fhir.r4.model.Reference patient, ShcrWorld.Builder world) {
        GpFeedContext ctx = new GpFeedContext(record, patient, world);
        record.allergies().stream().filter(a -> !a.confidential()).forEach(a -> world.add(allergy(ctx, a)));
        record.problems().stream().filter(p -> !p.confidential()).forEach(p -> world.add(condition(ctx, p)));
        for (MedicationCourse m : record.medications()) {
            if (!m.confidential()) {
                GpMedicationFeed.course(ctx, m);
            }
        }
        record.immunisations().stream().filter(i -> !i.confidential()).forEach(i -> world.add(immunization(ctx, i)));
        record.uncategorised().stream().filter(o -> !o.confidential()).forEach(o -> GpObservationFeed.observation(ctx, o));
        for (Investigation inv : record.investigations()) {
            if (!inv.confidential()) {
                GpObservationFeed.investigation(ctx, inv);
            }
        }
        record.consultations().stream().filter(c -> !c.confidential()).forEach(c -> world.add(encounter(ctx, c)));
        for (DocumentMeta d : record.documents()) {
            if (!d.confidential()) {
                document(ctx, d);
            }
        }
    }

    private static AllergyIntolerance allergy(GpFeedContext ctx, Allergy a) {
        AllergyIntolerance r = ctx.stamp(new AllergyIntolerance(), "AllergyIntolerance");
        r.setId(id(a.businessId(), "main"));
        r.addIdentifier(ctx.identifier(a.businessId()));
        r.setClinicalStatus(R4.concept(UkCore.ALLERGY_CLINICAL, a.ended() ? "resolved" : "active",
                a.ended() ? "Resolved" : "Active"));
        r.setVerificationStatus(R4.concept(UkCore.ALLERGY_VERIFICATION, "unconfirmed", "Unconfirmed"));
        r.addCategory(AllergyIntolerance.AllergyIntoleranceCategory.fromCode(a.category()));
        r.setCode(R4.concept(a.code()));
        r.setPatient(ctx.patient);
        r.setOnset(R4.partial(a.onset()));
        r.setRecordedDateElement(R4.dateTime(a.asserted()));
        r.setRecorder(ctx.staff(a.staffId()));
        if (a.reaction() != null) {
            AllergyIntolerance.AllergyIntoleranceReactionComponent reaction = r.addReaction();
            reaction.addManifestation(R4.concept(a.reaction()));
            if (a.severity() != null) {
                reaction.setSeverity(AllergyIntolerance.AllergyIntoleranceSeverity.fromCode(a.severity()));
            }
        }
        if (a.note() != null) {
            r.addNote(new Annotation().setText(a.note()));
        }
        if (a.ended()) {
            Extension end = new Extension(UkCore.ALLERGY_END_EXT);
            end.addExtension("endDate", R4.dateTime(a.endDate()));
            if (a.endReason() != null) {
                end.addExtension("reasonEnded", new StringType(a.endReason()));
            }
            r.addExtension(end);
        }
        return r;
    }

    private static Condition condition(GpFeedContext ctx, Problem p) {
        Condition r = ctx.stamp(new Condition(), "Condition");
        r.setId(id(p.businessId(), "main"));
        r.addIdentifier(ctx.identifier(p.businessId()));
        r.addExtension(new Extension(UkCore.PROBLEM_SIGNIFICANCE_EXT, new CodeType(p.significance())));
        r.setClinicalStatus(R4.concept(UkCore.CONDITION_CLINICAL, p.active() ? "active" : "resolved",
                p.active() ? "Active" : "Resolved"));
        r.setVerificationStatus(R4.concept(UkCore.CONDITION_VERIFICATION, "confirmed", "Confirmed"));
        r.addCategory(R4.concept(UkCore.CONDITION_CATEGORY, "problem-list-item", "Problem List Item"));
        r.setCode(R4.concept(p.code()));
        r.setSubject(ctx.patient);
        r.setOnset(R4.partial(p.onset()));
        r.setAbatement(R4.partial(p.abatement()));
        r.setRecordedDateElement(R4.dateTime(p.asserted()));
        Reference gp = ctx.staff(p.staffId());
        r.setRecorder(gp);
        r.setAsserter(gp == null ? null : gp.copy());
        if (p.note() != null) {
            r.addNote(new Annotation().setText(p.note()));
        }
        return r;
    }

    private static Immunization immunization(GpFeedContext ctx, Immunisation i) {
        Immunization r = ctx.stamp(new Immunization(), "Immunization");
        r.setId(id(i.businessId(), "main"));
        r.addIdentifier(ctx.identifier(i.businessId()));
        if (i.procedure() != null) {
            r.addExtension(new Extension(UkCore.VACCINATION_PROCEDURE_EXT, R4.concept(i.procedure())));
        }
        if (i.parentPresent() != null) {
            r.addExtension(new Extension(UkCore.PARENT_PRESENT_EXT, new BooleanType(i.parentPresent())));
        }
        r.setStatus(i.given() ? Immunization.ImmunizationStatus.COMPLETED : Immunization.ImmunizationStatus.NOTDONE);
        if (!i.given() && i.reasonNotGiven() != null) {
            r.setStatusReason(R4.concept(i.reasonNotGiven()));
        }
        r.setVaccineCode(R4.concept(i.vaccine()));
        r.setPatient(ctx.patient);
        r.setEncounter(ctx.encounter(i.id()));
        r.setOccurrence(R4.partial(i.date()));
        r.setPrimarySource(true);
        r.setLotNumber(i.lotNumber());
        r.setSite(R4.concept(i.site()));
        if (i.doseSequence() != null) {
            r.addProtocolApplied().setDoseNumber(new PositiveIntType(i.doseSequence()));
        }
        Reference performer = ctx.staff(i.staffId());
        if (performer != null) {
            r.addPerformer().setActor(performer);
        }
        if (i.note() != null) {
            r.addNote(new Annotation().setText(i.note()));
        }
        return r;
    }

    private static Encounter encounter(GpFeedContext ctx, Consultation c) {
        Encounter r = ctx.stamp(new Encounter(), "Encounter");
        r.setId(id(c.businessId(), "main"));
        r.addIdentifier(ctx.identifier(c.businessId()));
        r.setStatus(Encounter.EncounterStatus.FINISHED);
        boolean remote = c.type().toLowerCase(java.util.Locale.ROOT).contains("telephone");
        r.setClass_(new org.hl7.fhir.r4.model.Coding(UkCore.ACT_CODE, remote ? "VR" : "AMB",
                remote ? "virtual" : "ambulatory"));
        r.addType().setText(c.type());
        r.setSubject(ctx.patient);
        Reference performer = ctx.staff(c.staffId());
        if (performer != null) {
            r.addParticipant().addType(R4.concept(UkCore.PARTICIPATION_TYPE, "PPRF", "primary performer"))
                    .setIndividual(performer);
        }
        r.setPeriod(new Period().setStartElement(R4.dateTime(c.start()))
                .setEndElement(R4.dateTime(c.start().plusMinutes(c.minutes()))));
        r.setServiceProvider(ctx.practiceRef());
        return r;
    }

    /** A DocumentReference plus the Binary that holds its content (referenced relatively, as {@code Binary/id}). */
    private static void document(GpFeedContext ctx, DocumentMeta d) {
        Binary content = new Binary();
        content.setId(id(d.businessId(), "binary"));
        content.setContentType(d.contentType());
        content.setData(d.content().getBytes(StandardCharsets.UTF_8));
        ctx.world.add(content);
        DocumentReference r = ctx.stamp(new DocumentReference(), "DocumentReference");
        r.setId(id(d.businessId(), "main"));
        r.addIdentifier(ctx.identifier(d.businessId()));
        r.setStatus(DocumentReferenceStatus.CURRENT);
        r.setDocStatus(DocumentReference.ReferredDocumentStatus.FINAL);
        r.setType(R4.concept(d.type()));
        r.setSubject(ctx.patient);
        r.setDate(R4.instant(d.created()));
        r.addAuthor(ShcrDirectory.organization(d.authorOds()));
        r.setCustodian(ctx.practiceRef());
        r.setDescription(d.description());
        r.addContent().setAttachment(new Attachment().setContentType(d.contentType())
                .setUrl("Binary/" + content.getIdElement().getIdPart()).setSize(d.size()).setTitle(d.description())
                .setCreationElement(R4.dateTime(d.created())));
        Reference encounter = ctx.encounter(d.id());
        if (encounter != null) {
            r.getContext().addEncounter(encounter);
        }
        ctx.world.add(r);
    }
}
