package dev.carerecord.sdk.gpconnect.internal.mapping;

import dev.carerecord.sdk.model.SectionKind;
import dev.carerecord.sdk.model.entry.ObservationEntry;
import dev.carerecord.sdk.model.entry.ObservationKind;
import dev.carerecord.sdk.model.entry.Specimen;
import dev.carerecord.sdk.model.provenance.Actor;
import dev.carerecord.sdk.model.value.CodedValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.dstu3.model.DiagnosticReport;
import org.hl7.fhir.dstu3.model.ProcedureRequest;
import org.hl7.fhir.dstu3.model.Reference;
import org.hl7.fhir.dstu3.model.Resource;

/**
 * Maps a DiagnosticReport to an {@code REPORT} {@link ObservationEntry}: code, category, status, effective and
 * issued times, conclusion, coded diagnoses (as interpretations), specimens (type, collected, received,
 * accession), its results by entry id, and the performer. The test request summary (the ProcedureRequest in
 * {@code basedOn}) is folded into the report's notes ("Test request: ..." and the request's notes) rather than
 * shown as a planned action.
 */
final class InvestigationMapper {
    private static final SectionKind SECTION = SectionKind.RESULTS;

    private InvestigationMapper() {
    }

    static void map(MappingRun run, DiagnosticReport report) {
        List<String> members = new ArrayList<>();
        for (Reference result : report.getResult()) {
            run.entryId(result, report, SECTION).ifPresent(members::add);
        }
        List<Specimen> specimens = new ArrayList<>();
        for (Reference specimen : report.getSpecimen()) {
            ObservationMapper.specimen(run, specimen, report, SECTION).ifPresent(specimens::add);
        }
        List<String> notes = new ArrayList<>();
        for (Reference basedOn : report.getBasedOn()) {
            Optional<Resource> request = run.resolve(basedOn, report, SECTION);
            if (request.isPresent() && request.get() instanceof ProcedureRequest summary) {
                CodedValue requested = Stu3Values.coded(summary.getCode());
                if (!requested.isEmpty()) {
                    notes.add("Test request: " + requested.bestDisplay());
                }
                notes.addAll(Stu3Values.notes(summary.getNote()));
            }
        }
        Optional<Actor> performer = report.getPerformer().stream()
                .map(p -> run.actor(p.getActor(), report, SECTION)).flatMap(Optional::stream).findFirst();
        List<CodedValue> categories = new ArrayList<>();
        Stu3Values.optionalCoded(report.getCategory()).ifPresent(categories::add);
        ObservationEntry entry = new ObservationEntry(run.id(report),
                run.provenance(report, Optional.empty(), performer, Stu3Values.date(report.getIssuedElement()),
                        Optional.empty()),
                MappingRun.sensitivity(report), ObservationKind.REPORT, Stu3Values.coded(report.getCode()),
                categories, Stu3Values.code(report.getStatusElement()),
                report.hasEffective() ? Stu3Values.start(report.getEffective()) : Optional.empty(),
                Stu3Values.date(report.getIssuedElement()), Optional.empty(), Optional.empty(),
                Stu3Values.codedList(report.getCodedDiagnosis()), List.of(), List.of(), specimens, Optional.empty(),
                Stu3Values.text(report.getConclusion()), Optional.empty(), members, notes);
        run.add(SECTION, entry, report);
    }
}
