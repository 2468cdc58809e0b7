package dev.carerecord.sdk.fhir.internal.mapping;

import static dev.carerecord.sdk.fhir.internal.mapping.ToleranceTest.snomed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.carerecord.sdk.core.exception.MalformedResponseException;
import dev.carerecord.sdk.model.CareRecord;
import dev.carerecord.sdk.model.OutcomeStatus;
import dev.carerecord.sdk.model.SectionStatus;
import dev.carerecord.sdk.model.WarningKind;
import dev.carerecord.sdk.model.entry.Entry;
import dev.carerecord.sdk.model.entry.ObservationEntry;
import dev.carerecord.sdk.model.entry.ObservationKind;
import dev.carerecord.sdk.model.entry.SocialContextEntry;
import dev.carerecord.sdk.model.entry.SocialContextKind;
import dev.carerecord.sdk.model.provenance.Confidentiality;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Device;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;

/** IPS document rules on a hand-built document shaped like an NHS England ShCR summary. */
class IpsDocumentRulesTest {
    private final IpsDocumentMapper mapper = new IpsDocumentMapper();

    private static Composition.SectionComponent section(Composition composition, String loinc, String title,
            String narrative) {
        Composition.SectionComponent section = composition.addSection();
        section.setTitle(title);
        section.setCode(new CodeableConcept(new Coding("http://loinc.org", loinc, title)));
        if (narrative != null) {
            Narrative text = new Narrative();
            text.setStatus(Narrative.NarrativeStatus.GENERATED);
            text.setDivAsString("<div xmlns=\"http://www.w3.org/1999/xhtml\">" + narrative + "</div>");
            section.setText(text);
        }
        return section;
    }

    private static void add(Bundle bundle, String uuid, Resource resource) {
        resource.setId(uuid);
        bundle.addEntry().setFullUrl("urn:uuid:" + uuid).setResource(resource);
    }

    private static Bundle document() {
        Bundle bundle = new Bundle();
        bundle.setType(Bundle.BundleType.DOCUMENT);
        bundle.getMeta().addSecurity(new Coding("http://terminology.hl7.org/CodeSystem/v3-Confidentiality", "R",
                "restricted"));
        bundle.getMeta().addSecurity(new Coding("http://terminology.hl7.org/CodeSystem/v3-ActCode", "NOPAT", null));
        Composition composition = new Composition();
        composition.setSubject(new Reference("urn:uuid:0000-patient"));
        composition.addAuthor(new Reference("urn:uuid:0000-device"));
        composition.getDateElement().setValueAsString("2025-05-01T10:00:00Z");
        add(bundle, "0000-composition", composition);

        Patient patient = new Patient();
        patient.addIdentifier().setSystem("https://fhir.nhs.uk/Id/nhs-number").setValue("9000000009");
        patient.addName().setFamily("Smith").addGiven("Jane");
        patient.addGeneralPractitioner(new Reference("urn:uuid:0000-gp"));
        add(bundle, "0000-patient", patient);
        Organization gp = new Organization();
        gp.setName("Example Surgery");
        gp.addIdentifier().setSystem("https://fhir.nhs.uk/Id/ods-organization-code").setValue("A12345");
        add(bundle, "0000-gp", gp);
        Device device = new Device();
        device.addDeviceName().setName("Example ShCR");
        add(bundle, "0000-device", device);

        AllergyIntolerance none = new AllergyIntolerance();
        none.setCode(snomed("716186003", "No known allergy"));
        add(bundle, "1111-allergy", none);
        section(composition, "48765-2", "Allergies", "No known allergies").addEntry(
                new Reference("urn:uuid:1111-allergy"));

        Composition.SectionComponent problems = section(composition, "11450-4", "Problems", "Withheld");
        problems.setEmptyReason(new CodeableConcept(new Coding(
                "http://terminology.hl7.org/CodeSystem/list-empty-reason", "withheld", "Information Withheld")));

        Observation uncategorised = new Observation();
        uncategorised.setCode(snomed("162864005", "Body mass index 30+"));
        add(bundle, "2222-observation", uncategorised);
        section(composition, "99999-9", "Local section", "Local").addEntry(new Reference("urn:uuid:2222-observation"));
        section(composition, "88888-8", "Empty local section", "Nothing here");

        section(composition, "81338-6", "Patient story", "I like to be called <b>Janey</b>.");

        Condition mobility = new Condition();
        mobility.setCode(snomed("282097004", "Difficulty walking"));
        mobility.setClinicalStatus(new CodeableConcept(new Coding(
                "http://terminology.hl7.org/CodeSystem/condition-clinical", "resolved", null)));
        add(bundle, "3333-condition", mobility);
        section(composition, "47420-5", "Functional status", null).addEntry(new Reference("urn:uuid:3333-condition"));

        Observation pulse = new Observation();
        pulse.setCode(snomed("364075005", "Heart rate"));
        pulse.setValue(new Quantity().setValue(72).setUnit("/min"));
        add(bundle, "4444-pulse", pulse);
        Composition.SectionComponent vitals = section(composition, "8716-3", "Vital signs", "Pulse 72");
        vitals.addEntry(new Reference("urn:uuid:4444-pulse"));
        vitals.addEntry(new Reference("urn:uuid:9999-missing"));
        return bundle;
    }

    @Test
    void noKnownAssertion_withheldEmptyReason_andMissingRequiredSection() {
        CareRecord record = mapper.map(document(), R4Fixtures.ips());

        assertThat(record.allergies().status()).isEqualTo(SectionStatus.NONE_KNOWN);
        assertThat(record.allergies().entries()).hasSize(1);
        assertThat(record.problems().status()).isEqualTo(SectionStatus.WITHHELD);
        assertThat(record.problems().emptyReason().orElseThrow().hasCode("withheld")).isTrue();
        assertThat(record.medications().status()).isEqualTo(SectionStatus.NONE_RETURNED);
        assertThat(record.medications().warnings()).anyMatch(w -> w.sourceCode()
                .filter("required-section-missing"::equals).isPresent());
    }

    @Test
    void highWaterMark_raisesEveryEntryAndKeepsTheLabels() {
        CareRecord record = mapper.map(document(), R4Fixtures.ips());

        for (var section : record.sections()) {
            for (Entry entry : section.entries()) {
                assertThat(entry.sensitivity().level()).isEqualTo(Confidentiality.RESTRICTED);
                assertThat(entry.sensitivity().noDisclosureToPatient()).isTrue();
            }
        }
        assertThat(record.highWaterMark()).isEqualTo(Confidentiality.RESTRICTED);
    }

    @Test
    void unknownSectionCodes_areReportedNeverDropped() {
        CareRecord record = mapper.map(document(), R4Fixtures.ips());

        ObservationEntry local = record.observations().entries().stream()
                .filter(o -> o.code().hasCode("162864005")).findFirst().orElseThrow();
        assertThat(local.kind()).isEqualTo(ObservationKind.OBSERVATION);
        assertThat(record.observations().mappingIssues()).anyMatch(i -> i.reason().contains("99999-9"));
        assertThat(record.sources().get(0).status()).isEqualTo(OutcomeStatus.PARTIAL);
        assertThat(record.sources().get(0).issues()).anyMatch(i -> i.code().filter("88888-8"::equals).isPresent());
    }

    @Test
    void patientStory_becomesAnAboutMeEntryWithTheNarrativeText() {
        CareRecord record = mapper.map(document(), R4Fixtures.ips());

        SocialContextEntry story = record.socialContext().entries().get(0);
        assertThat(story.kind()).isEqualTo(SocialContextKind.ABOUT_ME);
        assertThat(story.text()).contains("I like to be called Janey.");
        assertThat(record.socialContext().narrativeHtml().orElseThrow()).contains("<b>Janey</b>");
        assertThat(record.socialContext().status()).isEqualTo(SectionStatus.POPULATED);
    }

    @Test
    void entryTheSectionCannotHold_goesToItsOwnSectionAndTheMoveIsReported() {
        CareRecord record = mapper.map(document(), R4Fixtures.ips());

        assertThat(record.problems().entries()).isEmpty();
        assertThat(record.pastProblems().entries()).singleElement()
                .satisfies(p -> assertThat(p.code().hasCode("282097004")).isTrue());
        assertThat(record.pastProblems().status()).isEqualTo(SectionStatus.POPULATED);
        assertThat(record.observations().mappingIssues()).anyMatch(i -> i.resourceType().equals("Condition")
                && i.reason().contains("47420-5"));
    }

    @Test
    void vitalSignsSection_placesItsObservations_andReportsUnresolvableEntries() {
        CareRecord record = mapper.map(document(), R4Fixtures.ips());

        assertThat(record.vitalSigns().entries()).singleElement()
                .satisfies(o -> assertThat(o.kind()).isEqualTo(ObservationKind.VITAL_SIGN));
        assertThat(record.vitalSigns().hasWarning(WarningKind.UNMAPPED_ITEMS)).isTrue();
        assertThat(record.vitalSigns().mappingIssues()).anyMatch(i -> i.reason().contains("section.entry"));
    }

    @Test
    void patientGpAndDocumentAuthor() {
        CareRecord record = mapper.map(document(), R4Fixtures.ips());

        assertThat(record.patient().nhsNumber().orElseThrow().value()).isEqualTo("9000000009");
        assertThat(record.gpPractice().orElseThrow().odsCode()).contains("A12345");
        assertThat(record.gpPractice().orElseThrow().name()).contains("Example Surgery");
        assertThat(record.vitalSigns().entries().get(0).provenance().recorder().flatMap(a -> a.name()))
                .contains("Example ShCR");
    }

    @Test
    void listedMedicationNamedByAStatement_isQuiet_andUnknownSubSectionsAreReported() {
        Bundle bundle = document();
        Composition composition = (Composition) bundle.getEntryFirstRep().getResource();
        org.hl7.fhir.r4.model.Medication medication = new org.hl7.fhir.r4.model.Medication();
        medication.setCode(snomed("322236009", "Paracetamol 500mg tablets"));
        add(bundle, "5555-medication", medication);
        org.hl7.fhir.r4.model.MedicationStatement statement = new org.hl7.fhir.r4.model.MedicationStatement();
        statement.setMedication(new Reference("urn:uuid:5555-medication"));
        add(bundle, "5555-statement", statement);
        Composition.SectionComponent medications = section(composition, "10160-0", "Medications", "Paracetamol");
        medications.addEntry(new Reference("urn:uuid:5555-statement"));
        medications.addEntry(new Reference("urn:uuid:5555-medication"));
        medications.addSection().setCode(new CodeableConcept(new Coding("http://loinc.org", "77777-7", null)));

        CareRecord record = mapper.map(bundle, R4Fixtures.ips());

        assertThat(record.medications().entries()).singleElement()
                .satisfies(m -> assertThat(m.medication().hasCode("322236009")).isTrue());
        assertThat(record.medications().hasWarning(WarningKind.UNMAPPED_ITEMS)).isFalse();
        assertThat(record.medications().mappingIssues()).singleElement()
                .satisfies(i -> assertThat(i.reason()).contains("77777-7"));
    }

    @Test
    void bundleWithoutComposition_isMalformed() {
        Bundle bundle = new Bundle();
        bundle.setType(Bundle.BundleType.DOCUMENT);
        bundle.addEntry().setResource(new Patient());

        assertThatThrownBy(() -> mapper.map(bundle, R4Fixtures.ips()))
                .isInstanceOf(MalformedResponseException.class).hasMessageContaining("Composition");
    }
}
