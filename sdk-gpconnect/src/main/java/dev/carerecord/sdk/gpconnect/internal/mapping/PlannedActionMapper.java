package dev.carerecord.sdk.gpconnect.internal.mapping;

import dev.carerecord.sdk.model.SectionKind;
import dev.carerecord.sdk.model.entry.PlannedActionEntry;
import dev.carerecord.sdk.model.value.PartialDateTime;
import dev.carerecord.sdk.model.value.Period;
import java.util.Optional;
import org.hl7.fhir.dstu3.model.ProcedureRequest;
import org.hl7.fhir.dstu3.model.Type;

/**
 * Maps a diary entry (ProcedureRequest) to {@link PlannedActionEntry}, which is always presented as incomplete:
 * code, status, due date ({@code occurrenceDateTime}) or occurrence period, reasons, authored date and notes;
 * the requester is the performer and {@code authoredOn} the recorded time.
 */
final class PlannedActionMapper {
    private static final SectionKind SECTION = SectionKind.PLANNED_ACTIONS;

    private PlannedActionMapper() {
    }

    static void map(MappingRun run, ProcedureRequest request) {
        Type occurrence = request.hasOccurrence() ? request.getOccurrence() : null;
        Optional<PartialDateTime> due = occurrence instanceof org.hl7.fhir.dstu3.model.Period
                ? Optional.empty() : Stu3Values.date(occurrence);
        Optional<Period> window = occurrence instanceof org.hl7.fhir.dstu3.model.Period
                ? Stu3Values.period(occurrence) : Optional.empty();
        PlannedActionEntry entry = new PlannedActionEntry(run.id(request),
                run.provenance(request, Optional.empty(),
                        request.hasRequester() ? run.actor(request.getRequester().getAgent(), request, SECTION)
                                : Optional.empty(),
                        Stu3Values.date(request.getAuthoredOnElement()), Optional.empty()),
                MappingRun.sensitivity(request), Stu3Values.coded(request.getCode()),
                Stu3Values.code(request.getStatusElement()), due, window,
                Stu3Values.codedList(request.getReasonCode()), Stu3Values.date(request.getAuthoredOnElement()),
                Stu3Values.notes(request.getNote()));
        run.add(SECTION, entry, request);
    }
}
