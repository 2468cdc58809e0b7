package dev.carerecord.sdk.gpconnect.internal.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carerecord.sdk.gpconnect.ClinicalArea;
import dev.carerecord.sdk.gpconnect.internal.fhir.Stu3Fhir;
import dev.carerecord.sdk.model.CareRecord;
import dev.carerecord.sdk.model.Section;
import dev.carerecord.sdk.model.entry.Consultation;
import dev.carerecord.sdk.model.entry.EncounterEntry;
import dev.carerecord.sdk.model.entry.Entry;
import dev.carerecord.sdk.model.entry.MedicationEntry;
import dev.carerecord.sdk.model.entry.ObservationEntry;
import dev.carerecord.sdk.model.entry.ProblemEntry;
import dev.carerecord.sdk.model.entry.ProblemLink;
import dev.carerecord.sdk.model.json.CareRecordJson;
import dev.carerecord.sdk.model.provenance.SourceKind;
import dev.carerecord.sdk.testing.SharedFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.hl7.fhir.dstu3.model.Bundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Access Record Structured example in the shared fixtures parses leniently and maps without an exception,
 * into a record whose ids are unique, whose cross-references all lead to entries, and which survives a JSON
 * round trip. Also maps each example with entries removed, so dangling references are exercised everywhere.
 */
class AllStructuredExamplesTest {

    static Stream<Path> examples() {
        return SharedFixtures.jsonFiles(StructuredFixtures.FOLDER).stream();
    }

    @Test
    void examplesFolder_holdsTheStructuredResponses() {
        // also makes a missing fixtures folder visible as a skipped test with its reason
        assertThat(SharedFixtures.jsonFiles(StructuredFixtures.FOLDER)).hasSizeGreaterThanOrEqualTo(20)
                .noneMatch(p -> p.toString().contains("requests"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void example_parsesLenientlyAndMapsIntoAConsistentRecord(Path file) throws Exception {
        Bundle bundle = Stu3Fhir.parseBundle(Files.readString(file));
        StructuredRecordMapping mapping = StructuredFixtures.map(bundle, ClinicalArea.values());
        CareRecord record = mapping.record();

        List<String> ids = new ArrayList<>();
        for (Section<? extends Entry> section : record.sections()) {
            for (Entry entry : section.entries()) {
                ids.add(entry.id());
                assertThat(entry.provenance().source().kind()).isEqualTo(SourceKind.GP_CONNECT_STU3);
                assertThat(entry.provenance().source()).isSameAs(StructuredFixtures.SOURCE);
            }
        }
        assertThat(ids).as("entry ids are unique").doesNotHaveDuplicates();
        assertThat(mapping.entriesMapped()).isEqualTo(ids.size());
        assertThat(mapping.issueCount()).isEqualTo(mapping.allIssues().size());
        Set<String> known = new HashSet<>(ids);
        assertThat(crossReferences(record)).as("every cross-reference leads to an entry").allMatch(known::contains);

        CareRecordJson json = CareRecordJson.compact();
        assertThat(json.fromJson(json.toJson(record))).isEqualTo(record);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void example_withEveryThirdEntryRemoved_stillMaps_andReportsWhatDangles(Path file) throws Exception {
        Bundle bundle = Stu3Fhir.parseBundle(Files.readString(file));
        int before = bundle.getEntry().size();
        for (int i = bundle.getEntry().size() - 1; i >= 0; i -= 3) {
            bundle.getEntry().remove(i);
        }
        StructuredRecordMapping mapping = StructuredFixtures.map(bundle, ClinicalArea.values());
        assertThat(mapping.record()).isNotNull();
        if (before > 3) {
            assertThat(mapping.issueCount()).as("something now dangles or is missing").isPositive();
        }
    }

    /** Every entry id one entry uses to point at another. */
    static List<String> crossReferences(CareRecord record) {
        List<String> refs = new ArrayList<>();
        for (Section<? extends Entry> section : record.sections()) {
            for (Entry entry : section.entries()) {
                if (entry instanceof MedicationEntry medication) {
                    medication.statementEntryId().ifPresent(refs::add);
                    medication.authorisationEntryId().ifPresent(refs::add);
                    medication.priorAuthorisationEntryId().ifPresent(refs::add);
                } else if (entry instanceof ObservationEntry observation) {
                    observation.reportEntryId().ifPresent(refs::add);
                    refs.addAll(observation.memberEntryIds());
                } else if (entry instanceof ProblemEntry problem) {
                    problem.actualProblemEntryId().ifPresent(refs::add);
                    refs.addAll(problem.relatedEntryIds());
                    problem.relatedProblems().stream().map(ProblemLink::problemEntryId).forEach(refs::add);
                } else if (entry instanceof EncounterEntry encounter && encounter.consultation().isPresent()) {
                    Consultation consultation = encounter.consultation().get();
                    refs.addAll(consultation.allItemEntryIds());
                    consultation.topics().forEach(t -> t.problemEntryId().ifPresent(refs::add));
                }
            }
        }
        return refs;
    }
}
