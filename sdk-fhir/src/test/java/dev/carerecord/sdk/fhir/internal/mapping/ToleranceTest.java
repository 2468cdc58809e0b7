package dev.carerecord.sdk.fhir.internal.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carerecord.sdk.model.Section;
import dev.carerecord.sdk.model.SectionKind;
import dev.carerecord.sdk.model.SectionStatus;
import dev.carerecord.sdk.model.WarningKind;
import dev.carerecord.sdk.model.entry.AllergyEntry;
import dev.carerecord.sdk.model.entry.ContactEntry;
import dev.carerecord.sdk.model.entry.Entry;
import dev.carerecord.sdk.model.entry.MedicationEntry;
import dev.carerecord.sdk.model.entry.ObservationEntry;
import dev.carerecord.sdk.model.entry.ObservationKind;
import dev.carerecord.sdk.model.value.PartialDateTime;
import java.util.List;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.PositiveIntType;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.RelatedPerson;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;

/** Odd but real-world input never throws: it maps what it can and reports the rest. */
class ToleranceTest {
    private final UkCoreResourceMapper mapper = new UkCoreResourceMapper();

    static Extension complex(String url, Extension... children) {
        Extension extension = new Extension(url);
        for (Extension child : children) {
            extension.addExtension(child);
        }
        return extension;
    }

    static CodeableConcept snomed(String code, String display) {
        return new CodeableConcept(new Coding("http://snomed.info/sct", code, display));
    }

    @Test
    void unresolvableReference_isAMappingIssueAndTheEntryStillMaps() {
        Observation group = new Observation();
        group.setId("group-1");
        group.setStatus(Observation.ObservationStatus.FINAL);
        group.addCategory(new CodeableConcept(
                new Coding("http://terminology.hl7.org/CodeSystem/observation-category", "laboratory", null)));
        group.setCode(snomed("26604007", "Full blood count"));
        group.addHasMember(new Reference("Observation/missing-member"));

        Section<ObservationEntry> section = mapper.section(SectionKind.RESULTS, List.of(group),
                SectionRetrieval.answered(), R4Fixtures.shcr());

        assertThat(section.entries()).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(ObservationKind.TEST_GROUP);
            assertThat(e.memberEntryIds()).isEmpty();
        });
        assertThat(section.mappingIssues()).singleElement().satisfies(issue -> {
            assertThat(issue.resourceType()).isEqualTo("Observation");
            assertThat(issue.resourceId()).contains("group-1");
            assertThat(issue.reason()).contains("hasMember").contains("Observation").doesNotContain("missing-member");
        });
    }

    @Test
    void medicationCodeableConcept_andMedicationReferenceToAnIncludedMedication_bothGiveTheDrug() {
        MedicationStatement byConcept = new MedicationStatement();
        byConcept.setId("ms-1");
        byConcept.setStatus(MedicationStatement.MedicationStatementStatus.ACTIVE);
        byConcept.setMedication(new CodeableConcept(new Coding("https://dmd.nhs.uk", "39732311000001104",
                "Amoxicillin 250mg capsules")));
        Medication included = (Medication) R4Fixtures.parse("ukcore/UKCore-Medication-Sn-Amoxicillin-Example.json");
        MedicationStatement byReference = new MedicationStatement();
        byReference.setId("ms-2");
        byReference.setStatus(MedicationStatement.MedicationStatementStatus.ACTIVE);
        byReference.setMedication(new Reference("Medication/UKCore-Medication-Sn-Amoxicillin-Example"));

        Section<MedicationEntry> section = mapper.section(SectionKind.MEDICATIONS,
                List.of(byConcept, byReference, included), SectionRetrieval.answered(), R4Fixtures.shcr());

        assertThat(section.entries()).hasSize(2);
        assertThat(section.entries().get(0).medication().hasCode("https://dmd.nhs.uk", "39732311000001104")).isTrue();
        assertThat(section.entries().get(1).medication().hasCode("https://dmd.nhs.uk", "323509004")).isTrue();
        assertThat(section.entries().get(1).medication().codings().get(0).system())
                .as("trailing slash normalised").contains("https://dmd.nhs.uk");
        assertThat(section.mappingIssues()).isEmpty();
    }

    @Test
    void medicationReferenceToAbsentMedication_keepsItsDisplayAndIsReported() {
        MedicationStatement statement = new MedicationStatement();
        statement.setId("ms-3");
        statement.setMedication(new Reference("Medication/gone").setDisplay("Paracetamol 500mg tablets"));

        Section<MedicationEntry> section = mapper.section(SectionKind.MEDICATIONS, List.of(statement),
                SectionRetrieval.answered(), R4Fixtures.shcr());

        assertThat(section.entries().get(0).medication().text()).contains("Paracetamol 500mg tablets");
        assertThat(section.mappingIssues()).extracting(i -> i.reason()).anyMatch(r -> r.contains("medicationReference"));
    }

    @Test
    void containedMedication_resolves() {
        Medication contained = new Medication();
        contained.setId("med1");
        contained.setCode(snomed("322236009", "Paracetamol 500mg tablets"));
        MedicationStatement statement = new MedicationStatement();
        statement.setId("ms-4");
        statement.addContained(contained);
        statement.setMedication(new Reference("#med1"));

        Section<MedicationEntry> section = mapper.section(SectionKind.MEDICATIONS, List.of(statement),
                SectionRetrieval.answered(), R4Fixtures.shcr());

        assertThat(section.entries().get(0).medication().hasCode("322236009")).isTrue();
        assertThat(section.mappingIssues()).isEmpty();
    }

    @Test
    void unknownExtensions_areIgnored_andHttpVariantsOfKnownOnesAreHonoured() {
        AllergyIntolerance allergy = new AllergyIntolerance();
        allergy.setId("a-1");
        allergy.setCode(snomed("91936005", "Allergy to penicillin"));
        allergy.addExtension(new Extension("https://example.org/fhir/StructureDefinition/mystery",
                new StringType("whatever")));
        allergy.addExtension(complex("https://example.org/fhir/StructureDefinition/nested",
                new Extension("deep", new BooleanType(true))));
        allergy.setClinicalStatus(new CodeableConcept(new Coding(
                "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical", "resolved", null)));
        allergy.getClinicalStatus().addExtension(complex(
                "http://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-AllergyIntoleranceEnd",
                new Extension("endDate", new DateTimeType("2020-05")),
                new Extension("reasonEnded", new StringType("Tolerated a challenge"))));

        Section<AllergyEntry> section = mapper.section(SectionKind.ALLERGIES, List.of(allergy),
                SectionRetrieval.answered(), R4Fixtures.shcr());

        AllergyEntry mapped = section.entries().get(0);
        assertThat(mapped.endDate()).contains(new PartialDateTime("2020-05"));
        assertThat(mapped.endReason()).contains("Tolerated a challenge");
        assertThat(mapped.isEnded()).isTrue();
        assertThat(section.mappingIssues()).isEmpty();
    }

    @Test
    void knownExtensionWithAnUnexpectedValueType_readsAsAbsent() {
        RelatedPerson person = new RelatedPerson();
        person.setId("rp-1");
        person.addName().setFamily("Jones");
        person.addExtension(new Extension("https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-ContactRank",
                new CodeableConcept().setText("first")));
        person.addExtension(new Extension(
                "https://fhir.nhs.uk/R4/StructureDefinition/Extension-UKCore-CopyCorrespondenceIndicator",
                new StringType("false")));

        ContactEntry contact = mapper.<ContactEntry>section(SectionKind.CONTACTS, List.of(person),
                SectionRetrieval.answered(), R4Fixtures.shcr()).entries().get(0);

        assertThat(contact.rank()).isEmpty();
        assertThat(contact.copyCorrespondence()).contains(false);
    }

    @Test
    void contactRankAsPositiveInt_isRead() {
        RelatedPerson person = new RelatedPerson();
        person.setId("rp-2");
        person.addExtension(new Extension("https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-ContactRank",
                new PositiveIntType(2)));

        ContactEntry contact = mapper.<ContactEntry>section(SectionKind.CONTACTS, List.of(person),
                SectionRetrieval.answered(), R4Fixtures.shcr()).entries().get(0);

        assertThat(contact.rank()).contains(2);
    }

    @Test
    void observationWithNoCategory_goesToObservations() {
        Observation observation = new Observation();
        observation.setId("o-1");
        observation.setCode(snomed("162864005", "Body mass index 30+ - obesity"));
        observation.setValue(new Quantity().setValue(31.2).setUnit("kg/m2"));

        MappedResources mapped = mapper.map(List.of(observation), R4Fixtures.shcr());

        assertThat(mapped.kindsWithEntries()).containsExactly(SectionKind.OBSERVATIONS);
        ObservationEntry entry = (ObservationEntry) mapped.entries(SectionKind.OBSERVATIONS).get(0);
        assertThat(entry.kind()).isEqualTo(ObservationKind.OBSERVATION);
        assertThat(entry.value().orElseThrow().display()).isEqualTo("31.2 kg/m2");
    }

    @Test
    void socialHistoryObservation_goesToSocialContextWithItsValue() {
        Observation smoking = new Observation();
        smoking.setId("o-2");
        smoking.addCategory(new CodeableConcept(
                new Coding("http://terminology.hl7.org/CodeSystem/observation-category", "social-history", null)));
        smoking.setCode(snomed("77176002", "Smoker"));
        smoking.setValue(snomed("160603005", "Light cigarette smoker"));

        MappedResources mapped = mapper.map(List.of(smoking), R4Fixtures.shcr());

        assertThat(mapped.kindsWithEntries()).containsExactly(SectionKind.SOCIAL_CONTEXT);
        var social = (dev.carerecord.sdk.model.entry.SocialContextEntry) mapped.entries(SectionKind.SOCIAL_CONTEXT)
                .get(0);
        assertThat(social.kind()).isEqualTo(dev.carerecord.sdk.model.entry.SocialContextKind.SOCIAL_HISTORY);
        assertThat(social.value().orElseThrow().coded().orElseThrow().hasCode("160603005")).isTrue();
    }

    @Test
    void unmappedResourceType_isReportedOnTheSectionAskedFor() {
        Appointment appointment = new Appointment();
        appointment.setId("ap-1");
        AllergyIntolerance allergy = new AllergyIntolerance();
        allergy.setId("a-2");
        allergy.setCode(snomed("91936005", "Allergy to penicillin"));

        Section<Entry> section = mapper.section(SectionKind.ALLERGIES, List.<Resource>of(appointment, allergy),
                SectionRetrieval.answered(), R4Fixtures.shcr());
        MappedResources mapped = mapper.map(List.of(appointment), R4Fixtures.shcr());

        assertThat(section.entries()).hasSize(1);
        assertThat(section.hasWarning(WarningKind.UNMAPPED_ITEMS)).isTrue();
        assertThat(section.mappingIssues()).anyMatch(i -> i.resourceType().equals("Appointment"));
        assertThat(mapped.unplacedIssues()).singleElement()
                .satisfies(i -> assertThat(i.reason()).contains("Appointment"));
        assertThat(mapped.section(SectionKind.ALLERGIES, SectionRetrieval.answered()).status())
                .isEqualTo(SectionStatus.NONE_RETURNED);
    }

    @Test
    void invalidValuesAndUnknownElements_parseLenientlyAndMapWithoutThem() {
        String json = "{\"resourceType\":\"AllergyIntolerance\",\"id\":\"a-3\",\"recordedDate\":\"10/12/2019\","
                + "\"criticality\":\"extreme\",\"madeUpElement\":{\"x\":1},\"reaction\":[{}]}";
        AllergyIntolerance allergy = dev.carerecord.sdk.fhir.internal.fhir.R4Fhir.parse(AllergyIntolerance.class,
                json, "test");

        Section<AllergyEntry> section = mapper.section(SectionKind.ALLERGIES, List.of(allergy),
                SectionRetrieval.answered(), R4Fixtures.shcr());

        AllergyEntry entry = section.entries().get(0);
        assertThat(entry.code().isEmpty()).isTrue();
        assertThat(entry.provenance().recordedAt()).isEmpty();
        assertThat(entry.reactions()).hasSize(1);
        assertThat(section.status()).isEqualTo(SectionStatus.POPULATED);
    }
}
