package dev.carerecord.sdk.sandbox.gpconnect;

import static dev.carerecord.sdk.sandbox.gpconnect.Stu3Context.id;

import dev.carerecord.sdk.sandbox.data.Code;
import dev.carerecord.sdk.sandbox.data.Investigation;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.hl7.fhir.dstu3.model.DiagnosticReport;
import org.hl7.fhir.dstu3.model.Identifier;
import org.hl7.fhir.dstu3.model.Observation;
import org.hl7.fhir.dstu3.model.Observation.ObservationRelationshipType;
import org.hl7.fhir.dstu3.model.Observation.ObservationStatus;
import org.hl7.fhir.dstu3.model.Organization;
import org.hl7.fhir.dstu3.model.ProcedureRequest;
import org.hl7.fhir.dstu3.model.Reference;
import org.hl7.fhir.dstu3.model.Resource;
import org.hl7.fhir.dstu3.model.SimpleQuantity;
import org.hl7.fhir.dstu3.model.Specimen;

/**
 * A laboratory report: DiagnosticReport, the test request summary (ProcedureRequest), the Specimen, test-group
 * Observations with {@code related has-member} links, result Observations with reference ranges, the filing
 * comment Observation and the laboratory Organization.
 */
final class InvestigationStu3 {
    private static final Code PATHOLOGY = Code.snomed("394595002", "Pathology");

    private InvestigationStu3() {
    }

    static List<Resource> report(Stu3Context ctx, Investigation inv) {
        List<Resource> out = new ArrayList<>();
        String bid = inv.businessId();
        Reference lab = Stu3.ref("Organization", Stu3Context.organizationId(inv.labOds()));
        Organization labOrg = Stu3.profile(new Organization(), "CareConnect-GPC-Organization-1");
        labOrg.setId(Stu3Context.organizationId(inv.labOds()));
        labOrg.addIdentifier(new Identifier().setSystem(Gpc.ODS).setValue(inv.labOds()));
        labOrg.setName(inv.labName());
        out.add(labOrg);

        ProcedureRequest request = Stu3.profile(new ProcedureRequest(), "CareConnect-GPC-ProcedureRequest-1");
        request.setId(id(bid, "request"));
        request.addIdentifier(ctx.identifier(id(bid, "request-identifier")));
        request.setStatus(ProcedureRequest.ProcedureRequestStatus.COMPLETED);
        request.setIntent(ProcedureRequest.ProcedureRequestIntent.ORDER);
        request.setCode(Stu3.concept(inv.requestCode()));
        request.setSubject(ctx.patientRef());
        request.setAuthoredOnElement(Stu3.dateTime(inv.specimen().collected().toLocalDate()));
        Reference requester = ctx.staffRef(inv.staffId());
        if (requester != null) {
            request.getRequester().setAgent(requester);
        }
        request.setPerformer(lab);
        out.add(request);

        Investigation.Specimen s = inv.specimen();
        Specimen specimen = Stu3.profile(new Specimen(), "CareConnect-GPC-Specimen-1");
        specimen.setId(id(s.businessId(), "main"));
        specimen.addIdentifier(ctx.identifier(s.businessId()));
        specimen.setStatus(Specimen.SpecimenStatus.AVAILABLE);
        specimen.setType(Stu3.concept(s.type()));
        specimen.setSubject(ctx.patientRef());
        specimen.setReceivedTimeElement(Stu3.dateTime(s.received()));
        specimen.getCollection().setCollected(Stu3.dateTime(s.collected()));
        out.add(specimen);
        Reference specimenRef = Stu3.ref("Specimen", specimen.getId());

        DiagnosticReport report = Stu3.profile(new DiagnosticReport(), "CareConnect-GPC-DiagnosticReport-1");
        report.setId(id(bid, "main"));
        report.addIdentifier(ctx.identifier(bid));
        report.addBasedOn(Stu3.ref("ProcedureRequest", request.getId()));
        report.setStatus(DiagnosticReport.DiagnosticReportStatus.FINAL);
        report.setCode(Stu3.concept(inv.code()));
        report.setSubject(ctx.patientRef());
        report.setContext(ctx.encounterOf(inv.id()));
        report.setIssued(Date.from(inv.issued().atZone(Stu3.UK).toInstant()));
        report.addPerformer().setActor(lab);
        report.addSpecimen(specimenRef);
        out.add(report);

        for (Investigation.TestGroup group : inv.groups()) {
            Observation header = observation(ctx, inv, group.businessId(), group.code(), specimenRef, lab);
            for (Investigation.TestResult result : group.results()) {
                Observation member = result(ctx, inv, result, specimenRef, lab);
                header.addRelated().setType(ObservationRelationshipType.HASMEMBER)
                        .setTarget(Stu3.ref("Observation", member.getId()));
                out.add(member);
            }
            report.addResult(Stu3.ref("Observation", header.getId()));
            out.add(header);
        }
        for (Investigation.TestResult result : inv.results()) {
            Observation standalone = result(ctx, inv, result, specimenRef, lab);
            report.addResult(Stu3.ref("Observation", standalone.getId()));
            out.add(standalone);
        }
        if (inv.filingComment() != null) {
            Observation filing = Stu3.profile(new Observation(), "CareConnect-GPC-Observation-1");
            filing.setId(id(bid, "filing"));
            filing.addIdentifier(ctx.identifier(id(bid, "filing-identifier")));
            filing.setStatus(ObservationStatus.FINAL);
            filing.setCode(Stu3.concept(Code.snomed("37331000000100", "Comment note")));
            filing.setSubject(ctx.patientRef());
            filing.setEffective(Stu3.dateTime(inv.filed()));
            Reference filer = ctx.staffRef(inv.staffId());
            if (filer != null) {
                filing.addPerformer(filer);
            }
            filing.setComment(inv.filingComment());
            report.addResult(Stu3.ref("Observation", filing.getId()));
            out.add(filing);
        }
        return out;
    }

    private static Observation result(Stu3Context ctx, Investigation inv, Investigation.TestResult result,
                                      Reference specimen, Reference lab) {
        Observation r = observation(ctx, inv, result.businessId(), result.code(), specimen, lab);
        r.setValue(Stu3.quantity(result.value()));
        if (result.interpretation() != null) {
            r.setInterpretation(Stu3.concept("http://hl7.org/fhir/v2/0078", result.interpretation(),
                    switch (result.interpretation()) {
                        case "H" -> "High";
                        case "L" -> "Low";
                        default -> "Normal";
                    }));
        }
        String unit = result.value().unit();
        r.addReferenceRange()
                .setLow((SimpleQuantity) new SimpleQuantity().setValue(result.low()).setUnit(unit))
                .setHigh((SimpleQuantity) new SimpleQuantity().setValue(result.high()).setUnit(unit));
        r.setComment(result.comment());
        return r;
    }

    private static Observation observation(Stu3Context ctx, Investigation inv, String businessId, Code code,
                                           Reference specimen, Reference lab) {
        Observation r = Stu3.profile(new Observation(), "CareConnect-GPC-Observation-1");
        r.setId(id(businessId, "main"));
        r.addIdentifier(ctx.identifier(businessId));
        r.setStatus(ObservationStatus.FINAL);
        r.addCategory(Stu3.concept(PATHOLOGY));
        r.setCode(Stu3.concept(code));
        r.setSubject(ctx.patientRef());
        r.setEffective(Stu3.dateTime(inv.specimen().collected()));
        r.setIssued(Date.from(inv.issued().atZone(Stu3.UK).toInstant()));
        r.addPerformer(lab);
        r.setSpecimen(specimen);
        return r;
    }
}
