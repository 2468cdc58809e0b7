package dev.carerecord.sdk.gpconnect.internal.mapping;

import static dev.carerecord.sdk.gpconnect.internal.mapping.StructuredFixtures.byResourceId;
import static dev.carerecord.sdk.gpconnect.internal.mapping.StructuredFixtures.entries;
import static org.assertj.core.api.Assertions.assertThat;

import dev.carerecord.sdk.gpconnect.ClinicalArea;
import dev.carerecord.sdk.model.CareRecord;
import dev.carerecord.sdk.model.Section;
import dev.carerecord.sdk.model.SectionKind;
import dev.carerecord.sdk.model.SectionStatus;
import dev.carerecord.sdk.model.WarningKind;
import dev.carerecord.sdk.model.entry.AllergyEntry;
import dev.carerecord.sdk.model.entry.ClinicalStatus;
import dev.carerecord.sdk.model.entry.Entry;
import dev.carerecord.sdk.model.entry.Reaction;
import dev.carerecord.sdk.model.provenance.Actor;
import dev.carerecord.sdk.model.value.CodedValue;
import dev.carerecord.sdk.model.value.Coding;
import dev.carerecord.sdk.model.value.PartialDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class AllergyMappingTest {

    @Test
    void allergiesResponse1_activeAndEndedAllergies_withTheDanglingOneReported() {
        StructuredRecordMapping mapping = StructuredFixtures.map("allergies_response1.json", ClinicalArea.ALLERGIES);
        Section<? extends Entry> section = mapping.record().allergies();
        List<AllergyEntry> allergies = entries(mapping.record(), SectionKind.ALLERGIES, AllergyEntry.class);

        assertThat(section.status()).isEqualTo(SectionStatus.POPULATED);
        // the active List names four allergies, but only three are in the Bundle
        assertThat(allergies.stream().filter(a -> !a.isEnded())).hasSize(3);
        assertThat(section.mappingIssues()).anySatisfy(issue -> assertThat(issue.reason())
                .contains("AllergyIntolerance/561850bd-360c-4d17-b3c8-a837ef0cbfba"));
        assertThat(section.hasWarning(WarningKind.UNMAPPED_ITEMS)).isTrue();

        // the "Resolved Allergies" List has a TBD code: recognised by its contained resolved allergy
        List<AllergyEntry> ended = allergies.stream().filter(AllergyEntry::isEnded).toList();
        assertThat(ended).hasSize(1);
        AllergyEntry aspirin = ended.get(0);
        assertThat(aspirin.clinicalStatus()).isEqualTo(ClinicalStatus.RESOLVED);
        assertThat(aspirin.endDate()).contains(new PartialDateTime("2018-03-01"));
        assertThat(aspirin.endReason()).contains("Patient reports no subsequent recurrence on same medication");
        assertThat(aspirin.code().snomed().flatMap(Coding::code)).contains("319773006");
        assertThat(aspirin.type()).contains("intolerance");
        assertThat(aspirin.provenance().resourceId()).contains("Resolved-1");
        assertThat(aspirin.provenance().businessIdentifiers()).extracting(i -> i.value())
                .containsExactly("83426283749629");
        Reaction vomiting = aspirin.reactions().get(0);
        assertThat(vomiting.severity()).contains("severe");
        assertThat(vomiting.manifestations().get(0).codings()).extracting(c -> c.code().orElse(""))
                .containsExactly("422400008", "2647992016");
        assertThat(vomiting.manifestations().get(0).codings().get(1).display()).contains("Emesis");
    }

    @Test
    void allergiesResponse1_peanutAllergy_keepsEveryDetailAndTheRecorder() {
        CareRecord record = StructuredFixtures.map("allergies_response1.json", ClinicalArea.ALLERGIES).record();
        AllergyEntry peanut = byResourceId(record, SectionKind.ALLERGIES, AllergyEntry.class,
                "5eb0f76a-cecb-4b83-999d-ddb76e551a9b");

        assertThat(peanut.code().text()).contains("Nut allergy");
        assertThat(peanut.code().snomed().flatMap(Coding::code)).contains("256349002");
        assertThat(peanut.code().coding(Stu3Values.DESCRIPTION_ID_SYSTEM).flatMap(Coding::display)).contains("Peanut");
        assertThat(peanut.categories()).containsExactly("environment");
        assertThat(peanut.criticality()).contains("high");
        assertThat(peanut.clinicalStatus()).isEqualTo(ClinicalStatus.ACTIVE);
        assertThat(peanut.verificationStatus()).contains("unconfirmed");
        assertThat(peanut.noKnownAllergy()).isFalse();
        assertThat(peanut.reactions()).singleElement().satisfies(reaction -> {
            assertThat(reaction.severity()).contains("severe");
            assertThat(reaction.manifestations().get(0).text()).contains("Anaphalactic shock");
        });
        assertThat(peanut.notes()).containsExactly(
                "Certainty: Certain, Severity: Life Threatening, NOTES: notes on the peanut allergy");
        assertThat(peanut.provenance().recordedAt()).contains(new PartialDateTime("2016-02-08T10:57:34+00:00"));
        Actor recorder = peanut.provenance().recorder().orElseThrow();
        assertThat(recorder.name()).contains("Miss Nichole Gilbert");
        assertThat(recorder.identifiers()).extracting(i -> i.value()).contains("G13579135");
        assertThat(recorder.role().map(r -> r.hasCode("R0260"))).contains(true);
        assertThat(recorder.organisationOdsCode()).contains("O001");
        assertThat(peanut.provenance().providerOdsCode()).contains("O001");
    }

    @Test
    void allergiesResponse3_emptyListWithEmptyReason_isNoneKnown() {
        Section<? extends Entry> section = StructuredFixtures.map("allergies_response3.json", ClinicalArea.ALLERGIES)
                .record().allergies();

        assertThat(section.status()).isEqualTo(SectionStatus.NONE_KNOWN);
        assertThat(section.entries()).isEmpty();
        CodedValue reason = section.emptyReason().orElseThrow();
        assertThat(reason.hasCode("https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-ListEmptyReasonCode-1",
                "no-content-recorded")).isTrue();
        assertThat(reason.text()).contains("Information not available.");
    }

    @Test
    void demonstrator_endedAllergiesList_byItsSnomedCode() {
        CareRecord record = StructuredFixtures.mapAll("demonstrator-9690937286.json").record();
        AllergyEntry ended = byResourceId(record, SectionKind.ALLERGIES, AllergyEntry.class, "28");

        assertThat(ended.isEnded()).isTrue();
        assertThat(ended.endDate()).contains(new PartialDateTime("2016-11-01T00:00:00+00:00"));
        assertThat(ended.endReason()).contains("Desensitised to Peanuts");
        // the CTV3 coding is kept beside the SNOMED one
        assertThat(ended.code().hasCode("http://read.info/ctv3", "Xa1no")).isTrue();
        AllergyEntry active = byResourceId(record, SectionKind.ALLERGIES, AllergyEntry.class, "29");
        assertThat(active.isEnded()).isFalse();
        assertThat(active.onset()).contains(new PartialDateTime("1963-07-27T12:00:00+00:00"));
    }

    @Test
    void consumerMock_emptyActiveListButEndedAllergy_isPopulatedWithOnlyTheEndedOne() {
        CareRecord record = StructuredFixtures.mapAll("gpc-consumer-mock-accessRecordStructured.json").record();
        List<AllergyEntry> allergies = entries(record, SectionKind.ALLERGIES, AllergyEntry.class);

        assertThat(record.allergies().status()).isEqualTo(SectionStatus.POPULATED);
        assertThat(allergies).filteredOn(a -> !a.isEnded()).hasSize(1);
        assertThat(allergies).filteredOn(AllergyEntry::isEnded).hasSize(1);
    }

    @Test
    void notRequested_andNoList_isNotRequested() {
        CareRecord record = StructuredFixtures.map("meds_response.json", ClinicalArea.MEDICATIONS).record();

        assertThat(record.allergies().status()).isEqualTo(SectionStatus.NOT_REQUESTED);
        assertThat(record.immunisations().status()).isEqualTo(SectionStatus.NOT_REQUESTED);
    }
}
