package dev.carerecord.sdk.gpconnect.internal.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carerecord.sdk.core.ids.NhsNumber;
import dev.carerecord.sdk.gpconnect.ClinicalArea;
import dev.carerecord.sdk.model.Gender;
import dev.carerecord.sdk.model.GpPractice;
import dev.carerecord.sdk.model.PatientDemographics;
import dev.carerecord.sdk.model.provenance.Actor;
import dev.carerecord.sdk.model.value.Identifier;
import dev.carerecord.sdk.model.value.PartialDateTime;
import org.junit.jupiter.api.Test;

class PatientAndPracticeTest {

    @Test
    void demonstrator_patientDemographics() {
        StructuredRecordMapping mapping = StructuredFixtures.mapAll("demonstrator-9690937286.json");
        PatientDemographics patient = mapping.record().patient();

        assertThat(patient.nhsNumber()).contains(NhsNumber.parse("9690937286"));
        assertThat(patient.nhsNumberVerification().flatMap(c -> c.code())).contains("01");
        assertThat(patient.identifiers()).contains(Identifier.of("https://fhir.nhs.uk/Id/nhs-number", "9690937286"));
        assertThat(patient.officialName().map(n -> n.display())).contains("Horace SKELLY");
        assertThat(patient.officialName().flatMap(n -> n.family())).contains("SKELLY");
        assertThat(patient.officialName().map(n -> n.prefix())).contains(java.util.List.of("MR"));
        assertThat(patient.gender()).contains(Gender.MALE);
        assertThat(patient.birthDate()).contains(new PartialDateTime("1925-04-21"));
        assertThat(patient.deceased()).isFalse();
        assertThat(patient.addresses()).singleElement().satisfies(a -> {
            assertThat(a.postalCode()).contains("TS18 3BL");
            assertThat(a.use()).contains("home");
        });
        assertThat(patient.telecoms()).extracting(t -> t.use().orElse("")).containsExactly("home", "mobile");
        assertThat(patient.languages()).singleElement().satisfies(l -> assertThat(l.hasCode("en")).isTrue());
        assertThat(patient.interpreterRequired()).contains(false);
        assertThat(patient.sourceVersionId()).contains("1521806400000");
        assertThat(patient.provenance().flatMap(p -> p.resourceId())).contains("2");
    }

    @Test
    void demonstrator_practiceFromTheUsualGpsRole_withRegistrationPeriod() {
        GpPractice practice = StructuredFixtures.mapAll("demonstrator-9690937286.json").record().gpPractice()
                .orElseThrow();

        assertThat(practice.odsCode()).contains("B82617");
        assertThat(practice.name()).contains("COXWOLD SURGERY");
        assertThat(practice.addresses()).singleElement()
                .satisfies(a -> assertThat(a.postalCode()).contains("LS1 4HY"));
        assertThat(practice.telecoms()).singleElement().satisfies(t -> assertThat(t.value()).isEqualTo("12345678"));
        assertThat(practice.registrationPeriod().flatMap(p -> p.start()))
                .contains(new PartialDateTime("1962-07-13T00:00:00+00:00"));
        Actor gp = practice.usualGp().orElseThrow();
        assertThat(gp.name()).contains("Miss Nichole Gilbert");
        assertThat(gp.identifiers()).contains(Identifier.of("https://fhir.nhs.uk/Id/sds-user-id", "G13579135"));
        // two PractitionerRoles that agree on organisation and job role
        assertThat(gp.role().map(r -> r.hasCode("R0260"))).contains(true);
        assertThat(gp.organisationOdsCode()).contains("B82617");
    }

    @Test
    void pathology_verificationStatusFromTheHl7Spelling_andAnInvalidNhsNumberKeptOnlyAsIdentifier() {
        StructuredRecordMapping mapping = StructuredFixtures.map("pathology_response1.json",
                ClinicalArea.INVESTIGATIONS);
        PatientDemographics patient = mapping.record().patient();

        assertThat(patient.nhsNumber()).isEmpty();
        assertThat(patient.identifiers()).extracting(Identifier::value).containsExactly("9432003812");
        assertThat(patient.nhsNumberVerification().flatMap(c -> c.code())).contains("01");
        assertThat(mapping.recordIssues()).anySatisfy(issue -> {
            assertThat(issue.resourceType()).isEqualTo("Patient");
            assertThat(issue.reason()).contains("not a valid NHS number").doesNotContain("9432003812");
        });
        // the only Organization is the laboratory: it is not taken for the practice
        assertThat(mapping.record().gpPractice().flatMap(GpPractice::odsCode)).contains("A20047");
        assertThat(mapping.record().gpPractice().flatMap(GpPractice::name)).isEmpty();
    }

    @Test
    void allergiesResponse1_gpInGeneralPractitioner_practiceFromItsRole() {
        StructuredRecordMapping mapping = StructuredFixtures.map("allergies_response1.json", ClinicalArea.ALLERGIES);
        PatientDemographics patient = mapping.record().patient();
        GpPractice practice = mapping.record().gpPractice().orElseThrow();

        assertThat(patient.nhsNumber()).contains(NhsNumber.parse("9999999999"));
        assertThat(patient.nhsNumberVerification().flatMap(c -> c.system()))
                .contains("https://fhir.nhs.uk/CareConnect-NHSNumberVerificationStatus-1");
        assertThat(practice.odsCode()).contains("O001");
        assertThat(practice.name()).contains("The Trevelyan Practice");
        assertThat(mapping.recordIssues()).isEmpty();
    }
}
