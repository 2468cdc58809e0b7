package dev.carerecord.sdk.fhir.internal.mapping;

import static dev.carerecord.sdk.fhir.internal.mapping.ToleranceTest.snomed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.carerecord.sdk.model.SectionKind;
import dev.carerecord.sdk.model.entry.AllergyEntry;
import dev.carerecord.sdk.model.entry.EncounterEntry;
import dev.carerecord.sdk.model.provenance.Actor;
import dev.carerecord.sdk.model.provenance.Confidentiality;
import dev.carerecord.sdk.model.value.Identifier;
import java.time.Instant;
import java.util.List;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;

/** Provenance, provider ODS code, actors, sensitivity and entry ids. */
class ProvenanceTest {
    private final UkCoreResourceMapper mapper = new UkCoreResourceMapper();

    private static Practitioner practitioner() {
        Practitioner practitioner = new Practitioner();
        practitioner.setId("pr-1");
        practitioner.addName().setFamily("Gose").addGiven("Sandra").addPrefix("Dr");
        practitioner.addIdentifier().setSystem("https://fhir.hl7.org.uk/Id/gmc-number").setValue("C1234567");
        practitioner.addIdentifier().setSystem("https://fhir.nhs.uk/Id/sds-user-id").setValue("G12345678");
        return practitioner;
    }

    private static Organization trust() {
        Organization organization = new Organization();
        organization.setId("org-1");
        organization.setName("Leeds Teaching Hospitals");
        organization.addIdentifier().setSystem("https://fhir.nhs.uk/Id/ods-organization-code").setValue("RR8");
        return organization;
    }

    private static PractitionerRole role() {
        PractitionerRole role = new PractitionerRole();
        role.setId("role-1");
        role.setPractitioner(new Reference("Practitioner/pr-1"));
        role.setOrganization(new Reference("Organization/org-1"));
        role.addIdentifier().setSystem("https://fhir.nhs.uk/Id/sds-role-profile-id").setValue("555021935107");
        role.addCode(snomed("309294001", "Consultant"));
        return role;
    }

    private static AllergyIntolerance allergy(String id, Reference recorder) {
        AllergyIntolerance allergy = new AllergyIntolerance();
        allergy.setId(id);
        allergy.setCode(snomed("91936005", "Allergy to penicillin"));
        allergy.setRecorder(recorder);
        return allergy;
    }

    @Test
    void recorderThroughPractitionerRole_givesNameIdentifiersRoleAndProviderOds() {
        AllergyIntolerance allergy = allergy("a-1", new Reference("PractitionerRole/role-1"));
        allergy.getMeta().setVersionId("3").setLastUpdatedElement(new InstantType("2024-05-01T09:00:00Z"));

        AllergyEntry entry = mapper.<AllergyEntry>section(SectionKind.ALLERGIES,
                List.of(allergy, role(), practitioner(), trust()), SectionRetrieval.answered(),
                R4MappingContext.of(dev.carerecord.sdk.model.provenance.SourceKind.SHARED_CARE_RECORD_R4, "ShCR",
                        null, null, R4Fixtures.RETRIEVED, null, "X99")).entries().get(0);

        Actor recorder = entry.provenance().recorder().orElseThrow();
        assertThat(recorder.name()).contains("Dr Sandra Gose");
        assertThat(recorder.identifiers()).extracting(Identifier::value)
                .containsExactly("C1234567", "G12345678", "555021935107");
        assertThat(recorder.role().orElseThrow().hasCode("309294001")).isTrue();
        assertThat(recorder.organisationOdsCode()).contains("RR8");
        assertThat(recorder.organisationName()).contains("Leeds Teaching Hospitals");
        assertThat(entry.provenance().providerOdsCode()).as("recorder's organisation before the default")
                .contains("RR8");
        assertThat(entry.provenance().versionId()).contains("3");
        assertThat(entry.provenance().lastUpdated()).contains(Instant.parse("2024-05-01T09:00:00Z"));
    }

    @Test
    void noOrganisationNamed_usesTheContextDefault_thenTheSourceOrganisation() {
        AllergyIntolerance allergy = allergy("a-2", new Reference("Practitioner/pr-1"));
        R4MappingContext withDefault = R4MappingContext.of(
                dev.carerecord.sdk.model.provenance.SourceKind.SHARED_CARE_RECORD_R4, "ShCR", null, "RAE", R4Fixtures.RETRIEVED,
                null, "X99");
        R4MappingContext withoutDefault = R4MappingContext.of(
                dev.carerecord.sdk.model.provenance.SourceKind.SHARED_CARE_RECORD_R4, "ShCR", null, "RAE", R4Fixtures.RETRIEVED,
                null, null);

        AllergyEntry a = mapper.<AllergyEntry>section(SectionKind.ALLERGIES, List.of(allergy, practitioner()),
                SectionRetrieval.answered(), withDefault).entries().get(0);
        AllergyEntry b = mapper.<AllergyEntry>section(SectionKind.ALLERGIES, List.of(allergy, practitioner()),
                SectionRetrieval.answered(), withoutDefault).entries().get(0);

        assertThat(a.provenance().providerOdsCode()).contains("X99");
        assertThat(b.provenance().providerOdsCode()).contains("RAE");
        assertThat(a.provenance().recorder().orElseThrow().identifiers()).hasSize(2);
    }

    @Test
    void logicalOrganisationReference_givesTheOdsCode() {
        Encounter encounter = new Encounter();
        encounter.setId("enc-1");
        encounter.setServiceProvider(new Reference().setIdentifier(new org.hl7.fhir.r4.model.Identifier()
                .setSystem("https://fhir.nhs.uk/Id/ods-organization-code").setValue("RHU")));

        EncounterEntry entry = mapper.<EncounterEntry>section(SectionKind.ENCOUNTERS, List.of(encounter),
                SectionRetrieval.answered(), R4Fixtures.shcr()).entries().get(0);

        assertThat(entry.provenance().providerOdsCode()).contains("RHU");
    }

    @Test
    void securityLabels_setTheLevelAndAreKept() {
        AllergyIntolerance allergy = allergy("a-3", null);
        allergy.getMeta().addSecurity(new Coding("http://terminology.hl7.org/CodeSystem/v3-Confidentiality", "R",
                "restricted"));
        allergy.getMeta().addSecurity(new Coding("http://terminology.hl7.org/CodeSystem/v3-ActCode", "NOPAT",
                "no disclosure to patient"));

        AllergyEntry entry = mapper.<AllergyEntry>section(SectionKind.ALLERGIES, List.of(allergy),
                SectionRetrieval.answered(), R4Fixtures.shcr()).entries().get(0);

        assertThat(entry.sensitivity().level()).isEqualTo(Confidentiality.RESTRICTED);
        assertThat(entry.sensitivity().securityLabels()).hasSize(2);
        assertThat(entry.sensitivity().noDisclosureToPatient()).isTrue();
    }

    @Test
    void entryIds_areStable_andFollowTheBusinessIdentifierAcrossResourceIds() {
        AllergyIntolerance first = allergy("server-id-1", null);
        first.addIdentifier().setSystem("https://fhir.nhs.uk/Id/allergy").setValue("ALG-42");
        AllergyIntolerance again = allergy("server-id-2", null);
        again.addIdentifier().setSystem("http://fhir.nhs.uk/Id/allergy").setValue("ALG-42");
        AllergyIntolerance other = allergy("server-id-3", null);

        String id1 = mapper.section(SectionKind.ALLERGIES, List.of(first), SectionRetrieval.answered(),
                R4Fixtures.shcr()).entries().get(0).id();
        String id1Again = mapper.section(SectionKind.ALLERGIES, List.of(first), SectionRetrieval.answered(),
                R4Fixtures.shcr()).entries().get(0).id();
        String id2 = mapper.section(SectionKind.ALLERGIES, List.of(again), SectionRetrieval.answered(),
                R4Fixtures.shcr()).entries().get(0).id();
        String id3 = mapper.section(SectionKind.ALLERGIES, List.of(other), SectionRetrieval.answered(),
                R4Fixtures.shcr()).entries().get(0).id();

        assertThat(id1).isEqualTo(id1Again).isEqualTo(id2).startsWith("ai-");
        assertThat(id3).isNotEqualTo(id1);
    }
}
