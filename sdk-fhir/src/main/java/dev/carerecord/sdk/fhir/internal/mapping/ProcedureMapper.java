package dev.carerecord.sdk.fhir.internal.mapping;

import static dev.carerecord.sdk.fhir.internal.mapping.R4Types.coded;

import dev.carerecord.sdk.model.SectionKind;
import dev.carerecord.sdk.model.entry.ProcedureEntry;
import dev.carerecord.sdk.model.value.CodedValue;
import org.hl7.fhir.r4.model.Procedure;

/** Procedure to {@link ProcedureEntry} (section PROCEDURES). Not part of the public API. */
final class ProcedureMapper {
    private ProcedureMapper() {
    }

    static PlacedEntry map(Procedure procedure, MappingSession session) {
        EntryFactory entries = session.entries();
        ProcedureEntry entry = new ProcedureEntry(entries.id(procedure), entries.provenance(procedure),
                entries.sensitivity(procedure), coded(procedure.getCode()).orElse(CodedValue.EMPTY),
                R4Types.code(procedure.getStatusElement()), R4Types.periodOf(procedure.getPerformed()),
                R4Types.codedList(procedure.getBodySite()), coded(procedure.getOutcome()),
                R4Types.codedList(procedure.getReasonCode()), R4Types.notes(procedure.getNote()));
        return new PlacedEntry(SectionKind.PROCEDURES, entry);
    }
}
