package dev.carerecord.sdk.fhir.internal.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carerecord.sdk.model.Gender;
import dev.carerecord.sdk.model.PatientDemographics;
import dev.carerecord.sdk.model.Section;
import dev.carerecord.sdk.model.SectionKind;
import dev.carerecord.sdk.model.SectionStatus;
import dev.carerecord.sdk.model.entry.AlertEntry;
import dev.carerecord.sdk.model.entry.AllergyEntry;
import dev.carerecord.sdk.model.entry.CarePlanEntry;
import dev.carerecord.sdk.model.entry.CarePlanRepresentation;
import dev.carerecord.sdk.model.entry.ClinicalStatus;
import dev.carerecord.sdk.model.entry.ContactEntry;
import dev.carerecord.sdk.model.entry.CourseOfTherapy;
import dev.carerecord.sdk.model.entry.DocumentEntry;
import dev.carerecord.sdk.model.entry.EncounterEntry;
import dev.carerecord.sdk.model.entry.Entry;
import dev.carerecord.sdk.model.entry.ImmunisationEntry;
import dev.carerecord.sdk.model.entry.ImmunisationStatus;
import dev.carerecord.sdk.model.entry.MedicationEntry;
import dev.carerecord.sdk.model.entry.MedicationKind;
import dev.carerecord.sdk.model.entry.ObservationEntry;
import dev.carerecord.sdk.model.entry.ObservationKind;
import dev.carerecord.sdk.model.entry.ProblemEntry;
import dev.carerecord.sdk.model.entry.ProcedureEntry;
import dev.carerecord.sdk.model.value.Coding;
import dev.carerecord.sdk.model.value.PartialDateTime;
import dev.carerecord.sdk.model.value.Quantity;
import java.math.BigDecimal;
import java.util.List;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;

/** Values the UK Core example resources really hold come through the mapping. */
class UkCoreFixtureValuesTest {
    private final UkCoreResourceMapper mapper = new UkCoreResourceMapper();

    private <T extends Entry> Section<T> section(String file, SectionKind kind) {
        return mapper.section(kind, R4Fixtures.resources(R4Fixtures.parse("ukcore/" + file)),
                SectionRetrieval.answered(), R4Fixtures.shcr());
    }

    private static <T> T only(Section<? extends Entry> section, Class<T> type) {
        assertThat(section.entries()).hasSize(1);
        return type.cast(section.entries().get(0));
    }

    @Test
    void amoxicillinAllergy_codeReactionStatusAndUnresolvedRecorder() {
        Section<AllergyEntry> section = section("UKCore-AllergyIntolerance-Amoxicillin-Example.json",
                SectionKind.ALLERGIES);
        AllergyEntry allergy = only(section, AllergyEntry.class);

        assertThat(section.status()).isEqualTo(SectionStatus.POPULATED);
        assertThat(allergy.code().snomed().flatMap(Coding::code)).contains("372687004");
        assertThat(allergy.code().bestDisplay()).isEqualTo("Amoxicillin");
        assertThat(allergy.clinicalStatus()).isEqualTo(ClinicalStatus.ACTIVE);
        assertThat(allergy.verificationStatus()).contains("confirmed");
        assertThat(allergy.noKnownAllergy()).isFalse();
        assertThat(allergy.reactions()).hasSize(1);
        assertThat(allergy.reactions().get(0).manifestations().get(0).hasCode("http://snomed.info/sct", "247472004"))
                .isTrue();
        assertThat(allergy.reactions().get(0).severity()).contains("mild");
        assertThat(allergy.provenance().recordedAt()).contains(new PartialDateTime("2019-12-10T13:00:00+00:00"));
        assertThat(allergy.provenance().resourceId()).contains("UKCore-AllergyIntolerance-Amoxicillin-Example");
        assertThat(allergy.provenance().providerOdsCode()).contains("RR8");
        assertThat(allergy.provenance().recorder()).isEmpty();
        assertThat(section.mappingIssues()).isNotEmpty()
                .allSatisfy(issue -> assertThat(issue.reason()).contains("Practitioner").doesNotContain("Sandra"));
    }

    @Test
    void negativeHandlingExample_isNoKnownAllergyAndSectionNoneKnown() {
        Section<AllergyEntry> section = section(
                "UKCore-AllergyIntolerance-Sn-NegHandlNoKnownAllergies-Example.json", SectionKind.ALLERGIES);
        AllergyEntry allergy = only(section, AllergyEntry.class);

        assertThat(allergy.noKnownAllergy()).isTrue();
        assertThat(allergy.code().hasCode("http://snomed.info/sct", "409137002")).isTrue();
        assertThat(section.status()).isEqualTo(SectionStatus.NONE_KNOWN);
    }

    @Test
    void allergyListBundle_mapsItsAllergyAndIgnoresTheList() {
        Section<AllergyEntry> section = section("UKCore-Bundle-AllergyList-Example.json", SectionKind.ALLERGIES);

        assertThat(only(section, AllergyEntry.class).provenance().resourceId())
                .contains("efae5859-28df-4e7d-be91-6df56d8215e4");
        assertThat(section.warnings()).isEmpty();
    }

    @Test
    void doxycyclineRequest_dosageTextCourseAndKind() {
        MedicationEntry medication = only(section("UKCore-MedicationRequest-Doxycycline-Example.json",
                SectionKind.MEDICATIONS), MedicationEntry.class);

        assertThat(medication.kind()).isEqualTo(MedicationKind.PRESCRIPTION);
        assertThat(medication.dosageText()).contains("200mg - once a day - for 1 day; 100mg - once a day.");
        assertThat(medication.course()).isEqualTo(CourseOfTherapy.ACUTE);
        assertThat(medication.courseOfTherapy().orElseThrow().hasCode("acute")).isTrue();
        assertThat(medication.medication().hasCode("https://dmd.nhs.uk", "41948311000001104")).isTrue();
        assertThat(medication.authoredOn()).contains(new PartialDateTime("2023-06-15T15:00:00.000Z"));
        assertThat(medication.status()).contains("completed");
    }

    @Test
    void amoxicillinStatement_periodDosageAndDateAsserted() {
        MedicationEntry statement = only(section("UKCore-MedicationStatement-Amoxicillin-Example.json",
                SectionKind.MEDICATIONS), MedicationEntry.class);

        assertThat(statement.kind()).isEqualTo(MedicationKind.STATEMENT);
        assertThat(statement.dosageText()).contains("2 capsules 4 times a day.");
        assertThat(statement.effective().orElseThrow().start())
                .contains(new PartialDateTime("2021-02-15T13:50:00+00:00"));
        assertThat(statement.effective().orElseThrow().end())
                .contains(new PartialDateTime("2021-05-15T13:50:00+00:00"));
        assertThat(statement.provenance().recordedAt()).contains(new PartialDateTime("2017-02-22"));
        assertThat(statement.provenance().businessIdentifiers()).extracting(i -> i.value())
                .containsExactly("ac0ffbdf-3289-41d5-84d9-068a1f5937db");
    }

    @Test
    void bloodPressure_isAVitalSignWithSystolicAndDiastolicComponents() {
        ObservationEntry bp = only(section("UKCore-Observation-VitalSigns-BloodPressure-Example.json",
                SectionKind.VITAL_SIGNS), ObservationEntry.class);

        assertThat(bp.kind()).isEqualTo(ObservationKind.VITAL_SIGN);
        assertThat(bp.effective()).contains(new PartialDateTime("2023-08-10"));
        assertThat(bp.components()).hasSize(2);
        assertThat(bp.components().get(0).code().hasCode("http://loinc.org", "8480-6")).isTrue();
        Quantity systolic = bp.components().get(0).value().orElseThrow().quantity().orElseThrow();
        assertThat(systolic.value()).contains(new BigDecimal("142"));
        assertThat(systolic.code()).contains("mm[Hg]");
        assertThat(bp.components().get(1).code().hasCode("http://loinc.org", "8462-4")).isTrue();
        assertThat(bp.components().get(1).value().orElseThrow().quantity().orElseThrow().value())
                .contains(new BigDecimal("94"));
        assertThat(bp.bodySite().orElseThrow().hasCode("40983000")).isTrue();
    }

    @Test
    void albumin_isALabResultWithValueAndReferenceRange() {
        Section<ObservationEntry> section = section("UKCore-Observation-Lab-Albumin-Example.json",
                SectionKind.RESULTS);
        ObservationEntry albumin = only(section, ObservationEntry.class);

        assertThat(albumin.kind()).isEqualTo(ObservationKind.RESULT);
        assertThat(albumin.code().hasCode("http://snomed.info/sct", "1000821000000103")).isTrue();
        assertThat(albumin.code().codings()).hasSize(2);
        Quantity value = albumin.value().orElseThrow().quantity().orElseThrow();
        assertThat(value.value()).contains(new BigDecimal("47"));
        assertThat(value.unit()).contains("g/L");
        assertThat(albumin.referenceRanges()).hasSize(1);
        assertThat(albumin.referenceRanges().get(0).low().flatMap(Quantity::value)).contains(new BigDecimal("35"));
        assertThat(albumin.referenceRanges().get(0).high().flatMap(Quantity::value)).contains(new BigDecimal("50"));
        assertThat(albumin.issued()).contains(new PartialDateTime("2022-03-08T14:23:00+00:00"));
        assertThat(albumin.provenance().recordedAt()).isEqualTo(albumin.issued());
        assertThat(albumin.provenance().performer().flatMap(a -> a.name())).contains("TD008362 PATH LAB 001");
        assertThat(section.mappingIssues()).extracting(i -> i.reason()).anyMatch(r -> r.startsWith("specimen"));
    }

    @Test
    void influenzaVaccine_completedWithDmdCodeAndDayPrecisionDate() {
        ImmunisationEntry flu = only(section("UKCore-Immunization-InfluenzaVaccine-Example.json",
                SectionKind.IMMUNISATIONS), ImmunisationEntry.class);

        assertThat(flu.status()).isEqualTo(ImmunisationStatus.COMPLETED);
        assertThat(flu.vaccine().hasCode("https://dmd.nhs.uk", "11278411000001109")).isTrue();
        assertThat(flu.occurredAt()).contains(new PartialDateTime("2013-01-10"));
        assertThat(flu.occurredAt().orElseThrow().precision()).isEqualTo(PartialDateTime.Precision.DAY);
        assertThat(flu.statusReason()).isEmpty();
    }

    @Test
    void inpatientEncounter_periodClassTypeAndDischarge() {
        EncounterEntry encounter = only(section("UKCore-Encounter-InpatientEncounter-Example.json",
                SectionKind.ENCOUNTERS), EncounterEntry.class);

        assertThat(encounter.encounterClass().flatMap(Coding::code)).contains("IMP");
        assertThat(encounter.period().orElseThrow().start()).contains(new PartialDateTime("2019-12-10T13:00:00+00:00"));
        assertThat(encounter.period().orElseThrow().end()).contains(new PartialDateTime("2019-12-11T13:00:00+00:00"));
        assertThat(encounter.types().get(0).hasCode("185212007")).isTrue();
        assertThat(encounter.reasons().get(0).hasCode("7922000")).isTrue();
        assertThat(encounter.dischargeDisposition().orElseThrow().hasCode("19")).isTrue();
        assertThat(encounter.admitSource()).isEmpty();
        assertThat(encounter.status()).contains("finished");
        assertThat(encounter.provenance().businessIdentifiers()).hasSize(1);
    }

    @Test
    void joySmith_relationshipAndCopyCorrespondenceButNoRank() {
        ContactEntry joy = only(section("UKCore-RelatedPerson-JoySmith-Example.json", SectionKind.CONTACTS),
                ContactEntry.class);

        assertThat(joy.relationships().get(0).hasCode("http://terminology.hl7.org/CodeSystem/v3-RoleCode", "WIFE"))
                .isTrue();
        assertThat(joy.name().orElseThrow().display()).isEqualTo("Joy SMITH");
        assertThat(joy.copyCorrespondence()).contains(true);
        assertThat(joy.rank()).as("the example carries no ContactRank").isEmpty();
    }

    @Test
    void richardSmith_demographicsAndRankedContact() {
        Patient richard = R4Fixtures.parse("ukcore/UKCore-Patient-RichardSmith-Example.json", Patient.class);

        PatientDemographics demographics = mapper.demographics(richard, List.of(), R4Fixtures.shcr());
        List<ContactEntry> contacts = mapper.patientContacts(richard, List.of(), R4Fixtures.shcr());

        assertThat(demographics.nhsNumber().orElseThrow().value()).isEqualTo("9912003888");
        assertThat(demographics.nhsNumberVerification().flatMap(Coding::code)).contains("01");
        assertThat(demographics.officialName().orElseThrow().display()).isEqualTo("Richard SMITH");
        assertThat(demographics.gender()).contains(Gender.MALE);
        assertThat(demographics.birthDate()).contains(new PartialDateTime("1970-09-11"));
        assertThat(demographics.ethnicCategory().orElseThrow().hasCode("G")).isTrue();
        assertThat(demographics.languages()).hasSize(1);
        assertThat(demographics.languages().get(0).hasCode("urn:ietf:bcp:47", "bfi")).isTrue();
        assertThat(demographics.addresses().get(0).postalCode()).contains("LS17 7DF");
        assertThat(demographics.telecoms().get(0).value()).isEqualTo("01131231234");
        assertThat(demographics.deceased()).isFalse();
        assertThat(demographics.isRestricted()).isFalse();
        assertThat(contacts).hasSize(1);
        assertThat(contacts.get(0).rank()).contains(1);
        assertThat(contacts.get(0).copyCorrespondence()).contains(true);
        assertThat(contacts.get(0).name().orElseThrow().family()).contains("Jackson");
        assertThat(contacts.get(0).telecoms().get(0).use()).contains("mobile");
    }

    @Test
    void conditions_activeGoToProblems() {
        ProblemEntry problem = only(section("UKCore-Condition-BleedingFromEar-Example.json", SectionKind.PROBLEMS),
                ProblemEntry.class);

        assertThat(problem.code().hasCode("26322001")).isTrue();
        assertThat(problem.clinicalStatus()).isEqualTo(ClinicalStatus.ACTIVE);
        assertThat(problem.categories().get(0).hasCode("encounter-diagnosis")).isTrue();
    }

    @Test
    void wellnessPlan_isStructuredWithItsActivity() {
        CarePlanEntry plan = only(section("UKCore-CarePlan-WellnessPlan-Example.json", SectionKind.CARE_PLANS),
                CarePlanEntry.class);

        assertThat(plan.representation()).isEqualTo(CarePlanRepresentation.STRUCTURED);
        assertThat(plan.description()).contains("Manage obesity and weight loss");
        assertThat(plan.categories().get(0).text()).contains("Weight management plan");
        assertThat(plan.intent()).contains("plan");
        assertThat(plan.period().orElseThrow().end()).contains(new PartialDateTime("2020-01-01"));
        assertThat(plan.activities()).hasSize(1);
        assertThat(plan.activities().get(0).code().orElseThrow().hasCode("27113001")).isTrue();
        assertThat(plan.activities().get(0).status()).contains("completed");
        assertThat(plan.provenance().recordedAt()).contains(new PartialDateTime("2020-02-01"));
    }

    @Test
    void foodAllergyFlag_isAnAlert() {
        AlertEntry alert = only(section("UKCore-Flag-FoodAllergy-Example.json", SectionKind.ALERTS),
                AlertEntry.class);

        assertThat(alert.code().hasCode("226201008")).isTrue();
        assertThat(alert.code().text()).contains("Patient has a severe peanut allergy.");
        assertThat(alert.categories().get(0).hasCode("diet")).isTrue();
        assertThat(alert.status()).contains("active");
        assertThat(alert.provenance().recorder().flatMap(a -> a.name())).contains("Dr Paul Rastall");
    }

    @Test
    void carePlanPdf_isADocumentWithAttachmentDetails() {
        Section<DocumentEntry> section = section("UKCore-DocumentReference-CarePlanReportPDF-Example.json",
                SectionKind.DOCUMENTS);
        DocumentEntry document = only(section, DocumentEntry.class);

        assertThat(document.type().orElseThrow().hasCode("734163000")).isTrue();
        assertThat(document.contentType()).contains("application/pdf");
        assertThat(document.url()).contains("https://health.trust.uk/CarePlanReport_44301kfgd.pdf");
        assertThat(document.title()).contains("Care Plan Report");
        assertThat(document.date()).contains(new PartialDateTime("2016-03-08T15:26:00+01:00"));
        assertThat(document.custodianOdsCode()).isEmpty();
        assertThat(section.mappingIssues()).extracting(i -> i.reason()).anyMatch(r -> r.startsWith("custodian"));
    }

    @Test
    void skinExamination_isAProcedureWithItsDate() {
        ProcedureEntry procedure = only(section("UKCore-Procedure-ExaminationOfSkin-Example.json",
                SectionKind.PROCEDURES), ProcedureEntry.class);

        assertThat(procedure.code().hasCode("128004")).isTrue();
        assertThat(procedure.performed().orElseThrow().start())
                .contains(new PartialDateTime("2019-12-10T13:00:00+00:00"));
        assertThat(procedure.status()).contains("completed");
    }
}
