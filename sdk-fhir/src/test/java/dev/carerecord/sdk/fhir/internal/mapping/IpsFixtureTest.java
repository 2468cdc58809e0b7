package dev.carerecord.sdk.fhir.internal.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carerecord.sdk.model.CareRecord;
import dev.carerecord.sdk.model.OutcomeStatus;
import dev.carerecord.sdk.model.SectionKind;
import dev.carerecord.sdk.model.SectionStatus;
import dev.carerecord.sdk.model.WarningKind;
import dev.carerecord.sdk.model.entry.AllergyEntry;
import dev.carerecord.sdk.model.entry.ClinicalStatus;
import dev.carerecord.sdk.model.entry.Entry;
import dev.carerecord.sdk.model.entry.ImmunisationEntry;
import dev.carerecord.sdk.model.entry.MedicationEntry;
import dev.carerecord.sdk.model.entry.MedicationKind;
import dev.carerecord.sdk.model.entry.ObservationEntry;
import dev.carerecord.sdk.model.entry.ObservationKind;
import dev.carerecord.sdk.model.entry.ProblemEntry;
import dev.carerecord.sdk.model.value.PartialDateTime;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;

/** The HL7 IPS example documents map into the sections, statuses and entries they really hold. */
class IpsFixtureTest {
    private final IpsDocumentMapper mapper = new IpsDocumentMapper();

    private CareRecord map(String file) {
        return mapper.map(R4Fixtures.parse("ips/" + file, Bundle.class), R4Fixtures.ips());
    }

    @Test
    void bundle01_sectionCountsAndStatuses() {
        CareRecord record = map("IPS-bundle-01.json");

        assertThat(record.allergies().entries()).hasSize(2);
        assertThat(record.problems().entries()).hasSize(1);
        assertThat(record.pastProblems().entries()).hasSize(1);
        assertThat(record.medications().entries()).hasSize(2);
        assertThat(record.results().entries()).as("3 listed + 4 members of the blood typing group").hasSize(7);
        assertThat(record.allergies().status()).isEqualTo(SectionStatus.POPULATED);
        assertThat(record.immunisations().status()).as("an IPS section the document omits")
                .isEqualTo(SectionStatus.NONE_RETURNED);
        assertThat(record.encounters().status()).as("not an IPS section").isEqualTo(SectionStatus.UNSUPPORTED_BY_SOURCE);
        assertThat(record.documents().status()).isEqualTo(SectionStatus.UNSUPPORTED_BY_SOURCE);
        assertThat(record.carePlans().status()).isEqualTo(SectionStatus.NONE_RETURNED);
        assertThat(record.carePlans().narrativeHtml().orElseThrow()).contains("Anastrozole for total of 5 years");
        assertThat(record.carePlans().warnings()).anyMatch(w -> w.sourceCode().filter("narrative-only"::equals)
                .isPresent());
        assertThat(record.allergies().narrativeHtml().orElseThrow()).contains("No known food allergies");
        assertThat(record.sources()).singleElement()
                .satisfies(s -> assertThat(s.status()).isEqualTo(OutcomeStatus.SUCCESS));
    }

    @Test
    void bundle01_allergiesKeepTheNoKnownFoodAllergyAssertion() {
        List<AllergyEntry> allergies = map("IPS-bundle-01.json").allergies().entries();

        AllergyEntry penicillin = allergies.get(0);
        assertThat(penicillin.code().hasCode("http://snomed.info/sct", "373270004")).isTrue();
        assertThat(penicillin.criticality()).contains("high");
        assertThat(penicillin.categories()).containsExactly("medication");
        assertThat(penicillin.onset()).contains(new PartialDateTime("2010"));
        assertThat(penicillin.noKnownAllergy()).isFalse();
        assertThat(allergies.get(1).noKnownAllergy()).isTrue();
        assertThat(allergies.get(1).code().hasCode("429625007")).isTrue();
    }

    @Test
    void bundle01_problemsAndPastProblems() {
        CareRecord record = map("IPS-bundle-01.json");

        ProblemEntry flushing = record.problems().entries().get(0);
        assertThat(flushing.code().hasCode("198436008")).isTrue();
        assertThat(flushing.code().hasCode("http://hl7.org/fhir/sid/icd-10", "N95.1")).isTrue();
        assertThat(flushing.onset()).contains(new PartialDateTime("2015"));
        assertThat(flushing.provenance().recordedAt()).contains(new PartialDateTime("2016-10"));
        ProblemEntry cancer = record.pastProblems().entries().get(0);
        assertThat(cancer.clinicalStatus()).isEqualTo(ClinicalStatus.REMISSION);
        assertThat(cancer.abatement()).contains(new PartialDateTime("2015-03"));
        assertThat(cancer.severity().orElseThrow().hasCode("LA6750-9")).isTrue();
    }

    @Test
    void bundle01_medicationsResolveTheirMedicationByFullUrl() {
        List<MedicationEntry> medications = map("IPS-bundle-01.json").medications().entries();

        assertThat(medications).allSatisfy(m -> assertThat(m.kind()).isEqualTo(MedicationKind.STATEMENT));
        assertThat(medications.get(0).medication().hasCode("http://snomed.info/sct", "108774000")).isTrue();
        assertThat(medications.get(0).medication().codings()).hasSize(4);
        assertThat(medications.get(0).effective().orElseThrow().start()).contains(new PartialDateTime("2015-03"));
        assertThat(medications.get(1).medication().text()).contains("Black Cohosh Extract herbal supplement");
    }

    @Test
    void bundle01_testGroupMembersAreInTheSectionAndLinkedById() {
        CareRecord record = map("IPS-bundle-01.json");
        List<ObservationEntry> results = record.results().entries();

        ObservationEntry group = results.stream().filter(o -> o.kind() == ObservationKind.TEST_GROUP)
                .findFirst().orElseThrow();
        assertThat(group.code().text()).contains("Blood typing");
        assertThat(group.memberEntryIds()).hasSize(4);
        for (String member : group.memberEntryIds()) {
            Entry found = record.findEntry(member).orElseThrow();
            assertThat(((ObservationEntry) found).kind()).isEqualTo(ObservationKind.RESULT);
        }
        ObservationEntry hba1c = results.stream().filter(o -> o.code().hasCode("17856-6")).findFirst().orElseThrow();
        assertThat(hba1c.value().orElseThrow().quantity().orElseThrow().value()).contains(new BigDecimal("7.5"));
        assertThat(hba1c.notes()).containsExactly("Above stated goal of 7.0 %");
        assertThat(hba1c.provenance().performer().flatMap(a -> a.organisationName()))
                .contains("Laboratoire de charme");
    }

    @Test
    void bundle01_patientAuthorAndDocumentDate() {
        CareRecord record = map("IPS-bundle-01.json");

        assertThat(record.patient().officialName().orElseThrow().family()).contains("DeLarosa");
        assertThat(record.patient().nhsNumber()).as("a Dutch identifier is no NHS number").isEmpty();
        assertThat(record.patient().identifiers()).extracting(i -> i.value()).containsExactly("574687583");
        ProblemEntry problem = record.problems().entries().get(0);
        assertThat(problem.provenance().recorder().flatMap(a -> a.name())).as("falls back to the Composition author")
                .contains("Beetje van Hulp");
        assertThat(problem.provenance().lastUpdated()).contains(Instant.parse("2017-12-11T13:30:00Z"));
        assertThat(problem.provenance().source().kind().name()).isEqualTo("IPS_DOCUMENT");
        assertThat(record.contacts().entries()).hasSize(1);
    }

    @Test
    void withImmunization_hasItsVaccination() {
        CareRecord record = map("IPS-bundle-with-immunization.json");

        assertThat(record.immunisations().status()).isEqualTo(SectionStatus.POPULATED);
        ImmunisationEntry vaccination = record.immunisations().entries().get(0);
        assertThat(vaccination.vaccine().hasCode("836508001")).isTrue();
        assertThat(vaccination.lotNumber()).contains("AXK23RWERS");
        assertThat(vaccination.doseSequence()).contains("1");
        assertThat(vaccination.occurredAt()).contains(new PartialDateTime("1998-06-04T00:00:00+02:00"));
        assertThat(vaccination.primarySource()).contains(true);
        assertThat(vaccination.site().orElseThrow().hasCode("11207009")).isTrue();
    }

    @Test
    void noInfoRequiredSections_areNoInformation_notNoneKnown_withTheirEmptyReason() {
        CareRecord record = map("bundle-no-info-required-sections.json");

        for (SectionKind kind : List.of(SectionKind.ALLERGIES, SectionKind.PROBLEMS, SectionKind.MEDICATIONS)) {
            var section = record.section(kind);
            assertThat(section.status()).as(kind.name()).isEqualTo(SectionStatus.NO_INFORMATION);
            assertThat(section.entries()).isEmpty();
            assertThat(section.emptyReason().orElseThrow().hasCode(
                    "http://terminology.hl7.org/CodeSystem/list-empty-reason", "unavailable")).isTrue();
            assertThat(section.emptyReason().orElseThrow().text()).contains("No information available");
            assertThat(section.narrativeHtml().orElseThrow()).contains("no information available");
        }
    }

    @Test
    void noInfoRequiredSections_relativeEntryReferencesResolveAgainstAbsoluteFullUrls() {
        CareRecord record = map("bundle-no-info-required-sections.json");

        List<ImmunisationEntry> vaccinations = record.immunisations().entries();
        assertThat(vaccinations).hasSize(2);
        assertThat(vaccinations).extracting(v -> v.lotNumber().orElseThrow()).containsExactly("B52b", "B52");
        assertThat(vaccinations.get(0).provenance().performer().flatMap(a -> a.organisationName()))
                .contains("NorthCare Pukete Road");
        assertThat(record.immunisations().mappingIssues()).isEmpty();
        assertThat(record.patient().officialName().orElseThrow().family()).contains("Judge");
        assertThat(record.contacts().entries()).hasSize(2);
    }

    @Test
    void minimal_hasOnlyTheRequiredSections() {
        CareRecord record = map("bundle-minimal.json");

        assertThat(record.allergies().entries()).hasSize(1);
        assertThat(record.problems().entries()).hasSize(1);
        assertThat(record.medications().entries()).hasSize(1);
        assertThat(record.medications().entries().get(0).medication().hasCode("108774000")).isTrue();
        assertThat(record.results().status()).isEqualTo(SectionStatus.NONE_RETURNED);
        assertThat(record.pastProblems().status()).isEqualTo(SectionStatus.NONE_RETURNED);
        assertThat(record.referrals().status()).isEqualTo(SectionStatus.UNSUPPORTED_BY_SOURCE);
        assertThat(record.sections()).noneMatch(s -> s.hasWarning(WarningKind.UNMAPPED_ITEMS));
    }
}
