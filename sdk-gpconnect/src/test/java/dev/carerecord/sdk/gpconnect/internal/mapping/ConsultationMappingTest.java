package dev.carerecord.sdk.gpconnect.internal.mapping;

import static dev.carerecord.sdk.gpconnect.internal.mapping.StructuredFixtures.byResourceId;
import static dev.carerecord.sdk.gpconnect.internal.mapping.StructuredFixtures.entries;
import static org.assertj.core.api.Assertions.assertThat;

import dev.carerecord.sdk.gpconnect.ClinicalArea;
import dev.carerecord.sdk.model.CareRecord;
import dev.carerecord.sdk.model.SectionKind;
import dev.carerecord.sdk.model.SectionStatus;
import dev.carerecord.sdk.model.SourceIssue;
import dev.carerecord.sdk.model.WarningKind;
import dev.carerecord.sdk.model.entry.Consultation;
import dev.carerecord.sdk.model.entry.ConsultationHeading;
import dev.carerecord.sdk.model.entry.ConsultationTopic;
import dev.carerecord.sdk.model.entry.EncounterEntry;
import dev.carerecord.sdk.model.entry.Entry;
import dev.carerecord.sdk.model.entry.MedicationEntry;
import dev.carerecord.sdk.model.entry.ObservationEntry;
import dev.carerecord.sdk.model.entry.ProblemEntry;
import dev.carerecord.sdk.model.value.PartialDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConsultationMappingTest {
    private static final ClinicalArea[] ASKED = {ClinicalArea.CONSULTATIONS, ClinicalArea.PROBLEMS,
        ClinicalArea.MEDICATIONS, ClinicalArea.UNCATEGORISED};

    private static CareRecord record() {
        return StructuredFixtures.map("consultations_response1.json", ASKED).record();
    }

    @Test
    void consultation1_typeTopicsAndHeadings() {
        CareRecord record = record();
        assertThat(record.encounters().status()).isEqualTo(SectionStatus.POPULATED);
        assertThat(record.encounters().entries()).hasSize(3);
        EncounterEntry encounter = byResourceId(record, SectionKind.ENCOUNTERS, EncounterEntry.class, "Encounter1");
        Consultation consultation = encounter.consultation().orElseThrow();

        assertThat(consultation.title()).contains("Surgery Consultation");
        assertThat(consultation.lastEdited()).contains(new PartialDateTime("2019-03-28T10:30:00+00:00"));
        assertThat(encounter.period().flatMap(p -> p.start())).contains(new PartialDateTime("2019-03-28T10:30:00+00:00"));
        assertThat(encounter.types()).extracting(t -> t.text().orElse("")).containsExactly("Surgery Consultation");
        assertThat(encounter.provenance().performer().flatMap(a -> a.name())).contains("Miss Nichole Gilbert");
        assertThat(consultation.topics()).extracting(t -> t.title().orElse("(untitled)")).containsExactly(
                "Anxiety with Depression", "Swollen legs", "(untitled)", "Upper respiratory tract infection",
                "Knee Pain");

        ConsultationTopic anxiety = consultation.topics().get(0);
        assertThat(headings(anxiety)).containsExactly("History:2", "Examination:1", "Social:2", "Plan:3");
        assertThat(headings(consultation.topics().get(1))).containsExactly("History:2", "Examination:5", "Plan:2");
        assertThat(headings(consultation.topics().get(3))).containsExactly("History:5", "Plan:2");
        assertThat(headings(consultation.topics().get(4))).containsExactly("History:4", "Examination:2", "Plan:1");

        // a flat topic holds its items directly
        ConsultationTopic flat = consultation.topics().get(2);
        assertThat(flat.headings()).isEmpty();
        assertThat(flat.itemEntryIds()).hasSize(4);

        ProblemEntry problem = byResourceId(record, SectionKind.PROBLEMS, ProblemEntry.class,
                "Problem-A-Anxiety-With-Depression");
        assertThat(anxiety.problemEntryId()).contains(problem.id());
    }

    @Test
    void consultationItems_areEntriesInTheirOwnSections_andNeverDuplicated() {
        CareRecord record = record();
        Consultation consultation = byResourceId(record, SectionKind.ENCOUNTERS, EncounterEntry.class, "Encounter1")
                .consultation().orElseThrow();
        ConsultationTopic flat = consultation.topics().get(2);
        List<Entry> items = flat.itemEntryIds().stream().map(id -> record.findEntry(id).orElseThrow()).toList();

        assertThat(items).filteredOn(ObservationEntry.class::isInstance).hasSize(2);
        assertThat(items).filteredOn(MedicationEntry.class::isInstance).hasSize(2);
        // the blood pressure in the flat topic is a vital sign
        assertThat(items).containsAnyElementsOf(record.vitalSigns().entries());

        // 47 Observations in the Bundle: each once, whether listed as uncategorised, in a consultation, or both
        int observations = record.observations().entries().size() + record.vitalSigns().entries().size();
        assertThat(observations).isEqualTo(47);
        List<String> ids = record.sections().stream().flatMap(s -> s.entries().stream()).map(Entry::id).toList();
        assertThat(ids).doesNotHaveDuplicates();
    }

    @Test
    void itemsTheProviderDidNotSupply_areReportedAsWarningsNotDropped() {
        CareRecord record = record();

        assertThat(record.encounters().warnings()).anySatisfy(w -> {
            assertThat(w.kind()).isEqualTo(WarningKind.OTHER);
            assertThat(w.text()).contains("Pathology report items are not supported by the provider system");
        });
        assertThat(record.encounters().warnings()).anySatisfy(w ->
                assertThat(w.text()).contains("Test request items are not supported by the provider system"));
        assertThat(record.encounters().warnings()).anySatisfy(w ->
                assertThat(w.text()).contains("Referral items are not supported by the provider system"));
        assertThat(record.encounters().mappingIssues()).anySatisfy(issue ->
                assertThat(issue.reason()).contains("names no resource"));
    }

    @Test
    void problems_significanceRelatedContentAndActualProblem() {
        CareRecord record = record();
        ProblemEntry anxiety = byResourceId(record, SectionKind.PROBLEMS, ProblemEntry.class,
                "Problem-A-Anxiety-With-Depression");

        assertThat(record.problems().entries()).hasSize(4);
        assertThat(anxiety.significance()).contains("major");
        assertThat(anxiety.code().text()).contains("Anxiety with depression");
        assertThat(anxiety.categories()).anySatisfy(c -> assertThat(c.hasCode("problem-list-item")).isTrue());
        assertThat(anxiety.onset()).contains(new PartialDateTime("2019-03-28T10:30:00+00:00"));
        assertThat(anxiety.provenance().recordedAt()).contains(new PartialDateTime("2019-03-28T10:30:00+00:00"));
        ObservationEntry actual = byResourceId(record, SectionKind.OBSERVATIONS, ObservationEntry.class,
                "Consultation1-Topic1-Category-History-Observation-2");
        assertThat(anxiety.actualProblemEntryId()).contains(actual.id());
        assertThat(anxiety.relatedEntryIds()).hasSizeGreaterThan(10)
                .allSatisfy(id -> assertThat(record.findEntry(id)).isPresent());
        // the related-content reference that is a sentence, not a reference, is reported
        assertThat(record.problems().mappingIssues()).anySatisfy(issue -> {
            assertThat(issue.resourceId()).contains("Problem-A-Anxiety-With-Depression");
            assertThat(issue.reason()).contains("unresolved reference");
        });
    }

    @Test
    void problems_relatedProblemHeaders_becomeLinksBothWays() {
        CareRecord record = record();
        ProblemEntry urti = byResourceId(record, SectionKind.PROBLEMS, ProblemEntry.class, "Problem-D-URTI");
        ProblemEntry cough = byResourceId(record, SectionKind.PROBLEMS, ProblemEntry.class,
                "Problem-E-Post-viral-cough");

        assertThat(urti.relatedProblems()).singleElement().satisfies(link -> {
            assertThat(link.type()).isEqualTo("Parent");
            assertThat(link.problemEntryId()).isEqualTo(cough.id());
        });
        assertThat(cough.relatedProblems()).singleElement().satisfies(link -> {
            assertThat(link.type()).isEqualTo("Child");
            assertThat(link.problemEntryId()).isEqualTo(urti.id());
        });
    }

    @Test
    void forwardsCompatibility_notImplementedWarnings_makeAreasUnsupported() {
        StructuredRecordMapping mapping = StructuredFixtures.map("consultations_forwards_response1.json",
                ClinicalArea.ALLERGIES, ClinicalArea.MEDICATIONS, ClinicalArea.CONSULTATIONS, ClinicalArea.PROBLEMS);
        CareRecord record = mapping.record();

        assertThat(mapping.sourceIssues()).hasSize(2);
        SourceIssue consultations = mapping.sourceIssues().get(0);
        assertThat(consultations.severity()).isEqualTo("warning");
        assertThat(consultations.type()).isEqualTo("not-supported");
        assertThat(consultations.code()).contains("NOT_IMPLEMENTED");
        assertThat(consultations.text()).contains("includeConsultations is an unrecognised parameter");
        assertThat(consultations.diagnostics()).contains("includeConsultations");

        assertThat(record.encounters().status()).isEqualTo(SectionStatus.UNSUPPORTED_BY_SOURCE);
        assertThat(record.encounters().warnings()).singleElement().satisfies(w -> {
            assertThat(w.kind()).isEqualTo(WarningKind.UNRECOGNISED_PARAMETER);
            assertThat(w.sourceCode()).contains("NOT_IMPLEMENTED");
            assertThat(w.text()).contains("includeConsultations is an unrecognised parameter");
        });
        assertThat(record.problems().status()).isEqualTo(SectionStatus.UNSUPPORTED_BY_SOURCE);
        assertThat(record.pastProblems().status()).isEqualTo(SectionStatus.UNSUPPORTED_BY_SOURCE);
        assertThat(record.allergies().status()).isEqualTo(SectionStatus.POPULATED);
        assertThat(record.medications().status()).isEqualTo(SectionStatus.POPULATED);
        assertThat(record.sources()).singleElement().satisfies(outcome -> {
            assertThat(outcome.status()).isEqualTo(dev.carerecord.sdk.model.OutcomeStatus.PARTIAL);
            assertThat(outcome.issues()).isEqualTo(mapping.sourceIssues());
        });
    }

    @Test
    void notRequestedArea_reachedOnlyThroughConsultations_isShownAsPartial() {
        // only consultations asked for: the medications that arrive with them still appear, flagged as partial
        CareRecord record = StructuredFixtures.map("consultations_response1.json", ClinicalArea.CONSULTATIONS)
                .record();
        // the Bundle also carries the primary medication List, so the provider answered that area
        assertThat(record.medications().status()).isEqualTo(SectionStatus.POPULATED);
        assertThat(record.allergies().status()).isEqualTo(SectionStatus.NOT_REQUESTED);
        Optional<ObservationEntry> bp = entries(record, SectionKind.VITAL_SIGNS, ObservationEntry.class).stream()
                .filter(o -> o.components().size() == 2).findFirst();
        assertThat(bp).isPresent();
    }

    private static List<String> headings(ConsultationTopic topic) {
        return topic.headings().stream()
                .map((ConsultationHeading h) -> h.title().orElse("") + ":" + h.itemEntryIds().size()).toList();
    }
}
