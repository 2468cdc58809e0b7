package dev.carerecord.sdk.model.merge;

import dev.carerecord.sdk.core.ids.NhsNumber;
import dev.carerecord.sdk.model.CareRecord;
import dev.carerecord.sdk.model.OutcomeStatus;
import dev.carerecord.sdk.model.PatientDemographics;
import dev.carerecord.sdk.model.Section;
import dev.carerecord.sdk.model.SectionKind;
import dev.carerecord.sdk.model.SectionStatus;
import dev.carerecord.sdk.model.SectionWarning;
import dev.carerecord.sdk.model.SourceOutcome;
import dev.carerecord.sdk.model.entry.AllergyEntry;
import dev.carerecord.sdk.model.entry.ClinicalStatus;
import dev.carerecord.sdk.model.entry.Entry;
import dev.carerecord.sdk.model.entry.ImmunisationEntry;
import dev.carerecord.sdk.model.entry.ImmunisationStatus;
import dev.carerecord.sdk.model.provenance.Confidentiality;
import dev.carerecord.sdk.model.provenance.Provenance;
import dev.carerecord.sdk.model.provenance.Sensitivity;
import dev.carerecord.sdk.model.provenance.SourceKind;
import dev.carerecord.sdk.model.provenance.SourceRef;
import dev.carerecord.sdk.model.value.CodedValue;
import dev.carerecord.sdk.model.value.Coding;
import dev.carerecord.sdk.model.value.Identifier;
import dev.carerecord.sdk.model.value.PartialDateTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Hand-built records from two sources: a GP Connect record and a shared care record that copied some of it. */
final class MergeFixtures {
    static final NhsNumber PATIENT = NhsNumber.parse("9990000018");
    static final SourceRef GPC = new SourceRef(SourceKind.GP_CONNECT_STU3, "3.0.1", "GP Connect",
            Optional.of("https://gp.example/Y90001/STU3/1/gpconnect/structured"), Optional.of("Y90001"),
            Instant.parse("2026-03-01T10:00:00Z"), Optional.of("trace-gpc"));
    static final SourceRef SHCR = new SourceRef(SourceKind.SHARED_CARE_RECORD_R4, "4.0.1", "Westshire ShCR",
            Optional.of("https://shcr.example/fhir/R4"), Optional.of("Y80099"), Instant.parse("2026-03-01T10:00:02Z"),
            Optional.of("request-shcr"));

    private MergeFixtures() {
    }

    static Identifier gpcId(String system, String value) {
        return Identifier.of(system, value);
    }

    static Provenance provenance(SourceRef source, String type, String resourceId, String providerOds,
            Identifier... identifiers) {
        return new Provenance(source, type, Optional.of(resourceId), Optional.empty(), Optional.empty(),
                List.of(identifiers), Optional.ofNullable(providerOds), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of());
    }

    static CodedValue snomed(String code, String display) {
        return CodedValue.of(Coding.of("http://snomed.info/sct", code, display));
    }

    static AllergyEntry allergy(String id, Provenance provenance, String code, String display) {
        return allergy(id, provenance, code, display, Sensitivity.NORMAL);
    }

    static AllergyEntry allergy(String id, Provenance provenance, String code, String display,
            Sensitivity sensitivity) {
        return new AllergyEntry(id, provenance, sensitivity, snomed(code, display), List.of("medication"),
                Optional.empty(), ClinicalStatus.ACTIVE, Optional.of("confirmed"), Optional.empty(),
                Optional.of(new PartialDateTime("2019-04-02")), Optional.empty(), Optional.empty(), List.of(), false,
                List.of("note from " + provenance.source().system()));
    }

    static ImmunisationEntry immunisation(String id, Provenance provenance, String code, String date) {
        return new ImmunisationEntry(id, provenance, Sensitivity.NORMAL, snomed(code, "vaccine"), Optional.empty(),
                ImmunisationStatus.COMPLETED, Optional.empty(), Optional.of(new PartialDateTime(date)),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of());
    }

    static <T extends Entry> Section<T> section(SectionKind kind, SectionStatus status, List<T> entries,
            SectionWarning... warnings) {
        return new Section<>(kind, status, entries, List.of(warnings), Optional.empty(), Optional.empty(),
                List.of());
    }

    static CareRecord.Builder record(SourceRef source, OutcomeStatus outcome) {
        return CareRecord.builder(PatientDemographics.of(PATIENT))
                .assembledAt(source.retrievedAt())
                .addSource(new SourceOutcome(source, outcome, Optional.empty(), Optional.empty(), List.of()));
    }

    static Sensitivity restricted() {
        return new Sensitivity(Confidentiality.RESTRICTED, List.of(Coding.of("http://terminology.hl7.org/CodeSystem/v3-ActCode", "NOPAT", "no disclosure to patient")));
    }
}
