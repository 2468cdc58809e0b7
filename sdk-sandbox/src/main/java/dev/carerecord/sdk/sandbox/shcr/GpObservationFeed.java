package dev.carerecord.sdk.sandbox.shcr;

import static dev.carerecord.sdk.sandbox.shcr.GpFeedContext.id;

import dev.carerecord.sdk.sandbox.data.Code;
import dev.carerecord.sdk.sandbox.data.Investigation;
import java.util.Map;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.SimpleQuantity;

/**
 * GP observations and investigations in the shared care record: coded vital signs (with a LOINC coding added,
 * as the record's feed does), coded social history, and laboratory reports as DiagnosticReport with result
 * Observations (test groups as panels with {@code hasMember}). Comments and other free text stay at the GP.
 */
final class GpObservationFeed {
    /** SNOMED codes of GP vital signs and the LOINC codes the feed adds. */
    private static final Map<String, Coding> VITAL_LOINC = Map.of(
            "75367002", new Coding(UkCore.LOINC, "85354-9", "Blood pressure panel with all children optional"),
            "271649006", new Coding(UkCore.LOINC, "8480-6", "Systolic blood pressure"),
            "271650006", new Coding(UkCore.LOINC, "8462-4", "Diastolic blood pressure"),
            "27113001", new Coding(UkCore.LOINC, "29463-7", "Body weight"));
    /** SNOMED codes of GP findings the feed files as social history. */
    private static final java.util.Set<String> SOCIAL = java.util.Set.of("266919005");

    private GpObservationFeed() {
    }

    static void observation(GpFeedContext ctx, dev.carerecord.sdk.sandbox.data.Observation o) {
        boolean vital = VITAL_LOINC.containsKey(o.code().code()) && (o.value() != null || !o.components().isEmpty());
        boolean social = SOCIAL.contains(o.code().code());
        if (!vital && !social) {
            return;
        }
        Observation r = ctx.stamp(new Observation(), "Observation");
        r.setId(id(o.businessId(), "main"));
        r.addIdentifier(ctx.identifier(o.businessId()));
        r.setStatus(Observation.ObservationStatus.FINAL);
        r.addCategory(vital ? Categories.VITAL_SIGNS.concept() : Categories.SOCIAL_HISTORY.concept());
        r.setCode(withLoinc(o.code()));
        r.setSubject(ctx.patient);
        r.setEncounter(ctx.encounter(o.id()));
        r.setEffective(R4.partial(o.effective()));
        if (o.effective() != null) {
            r.setIssued(R4.instant(o.effective().toDateTime()));
        }
        Reference performer = ctx.staff(o.staffId());
        if (performer != null) {
            r.addPerformer(performer);
        }
        if (o.value() != null) {
            r.setValue(R4.quantity(o.value()));
        }
        for (dev.carerecord.sdk.sandbox.data.Observation.Component c : o.components()) {
            r.addComponent().setCode(withLoinc(c.code())).setValue(R4.quantity(c.value()));
        }
        ctx.world.add(r);
    }

    static void investigation(GpFeedContext ctx, Investigation inv) {
        Reference lab = ShcrDirectory.organization(inv.labOds());
        DiagnosticReport report = ctx.stamp(new DiagnosticReport(), "DiagnosticReport-Lab");
        report.setId(id(inv.businessId(), "main"));
        report.addIdentifier(ctx.identifier(inv.businessId()));
        report.setStatus(DiagnosticReport.DiagnosticReportStatus.FINAL);
        report.addCategory(Categories.LAB_REPORT.concept());
        report.setCode(R4.concept(inv.requestCode()));
        report.setSubject(ctx.patient);
        report.setEncounter(ctx.encounter(inv.id()));
        report.setEffective(R4.dateTime(inv.specimen().collected()));
        report.setIssued(R4.instant(inv.issued()));
        report.addPerformer(lab);
        for (Investigation.TestGroup group : inv.groups()) {
            Observation panel = labObservation(ctx, inv, group.businessId(), group.code(), lab);
            for (Investigation.TestResult result : group.results()) {
                Observation member = result(ctx, inv, result, lab);
                panel.addHasMember(R4.ref(member));
                ctx.world.add(member);
            }
            report.addResult(R4.ref(panel));
            ctx.world.add(panel);
        }
        for (Investigation.TestResult result : inv.results()) {
            Observation standalone = result(ctx, inv, result, lab);
            report.addResult(R4.ref(standalone));
            ctx.world.add(standalone);
        }
        ctx.world.add(report);
    }

    private static Observation result(GpFeedContext ctx, Investigation inv, Investigation.TestResult result,
                                      Reference lab) {
        Observation r = labObservation(ctx, inv, result.businessId(), result.code(), lab);
        r.setValue(R4.quantity(result.value()));
        if (result.interpretation() != null) {
            r.addInterpretation(Categories.interpretation(result.interpretation()));
        }
        String unit = result.value().unit();
        String ucum = result.value().ucum();
        r.addReferenceRange()
                .setLow((SimpleQuantity) new SimpleQuantity().setValue(result.low()).setUnit(unit)
                        .setSystem(UkCore.UCUM).setCode(ucum))
                .setHigh((SimpleQuantity) new SimpleQuantity().setValue(result.high()).setUnit(unit)
                        .setSystem(UkCore.UCUM).setCode(ucum));
        if (result.comment() != null) {
            r.addNote().setText(result.comment());
        }
        return r;
    }

    private static Observation labObservation(GpFeedContext ctx, Investigation inv, String businessId, Code code,
                                              Reference lab) {
        Observation r = ctx.stamp(new Observation(), "Observation-Lab");
        r.setId(id(businessId, "main"));
        r.addIdentifier(ctx.identifier(businessId));
        r.setStatus(Observation.ObservationStatus.FINAL);
        r.addCategory(Categories.LABORATORY.concept());
        r.setCode(R4.concept(code));
        r.setSubject(ctx.patient);
        r.setEffective(R4.dateTime(inv.specimen().collected()));
        r.setIssued(R4.instant(inv.issued()));
        r.addPerformer(lab.copy());
        return r;
    }

    private static CodeableConcept withLoinc(Code code) {
        CodeableConcept concept = R4.concept(code);
        Coding loinc = VITAL_LOINC.get(code.code());
        if (loinc != null) {
            concept.addCoding(loinc.copy());
        }
        return concept;
    }
}
