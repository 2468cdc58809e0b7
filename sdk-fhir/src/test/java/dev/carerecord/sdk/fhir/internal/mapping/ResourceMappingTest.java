package dev.carerecord.sdk.fhir.internal.mapping;

import static dev.carerecord.sdk.fhir.internal.mapping.ToleranceTest.complex;
import static dev.carerecord.sdk.fhir.internal.mapping.ToleranceTest.snomed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.carerecord.sdk.model.SectionKind;
import dev.carerecord.sdk.model.entry.AdvanceDirectiveEntry;
import dev.carerecord.sdk.model.entry.DeviceEntry;
import dev.carerecord.sdk.model.entry.ImmunisationEntry;
import dev.carerecord.sdk.model.entry.ImmunisationStatus;
import dev.carerecord.sdk.model.entry.MedicationEntry;
import dev.carerecord.sdk.model.entry.MedicationKind;
import dev.carerecord.sdk.model.entry.ObservationEntry;
import dev.carerecord.sdk.model.entry.ObservationKind;
import dev.carerecord.sdk.model.entry.PlannedActionEntry;
import dev.carerecord.sdk.model.entry.ProblemEntry;
import dev.carerecord.sdk.model.entry.ReferralEntry;
import dev.carerecord.sdk.model.value.PartialDateTime;
import java.util.List;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Device;
import org.hl7.fhir.r4.model.DeviceUseStatement;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Immunization;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.UnsignedIntType;
import org.junit.jupiter.api.Test;

/** Per-resource rules on hand-built resources: kinds, sections, links by id, UK Core extensions. */
class ResourceMappingTest {
    private static final String UK = "https://fhir.hl7.org.uk/StructureDefinition/";
    private final UkCoreResourceMapper mapper = new UkCoreResourceMapper();

    @Test
    void medicationPlanOrderAndStatement_linkByEntryId() {
        MedicationRequest plan = new MedicationRequest();
        plan.setId("plan-1");
        plan.addIdentifier().setSystem("https://fhir.example.nhs.uk/Id/medication").setValue("AUTH-1");
        plan.setIntent(MedicationRequest.MedicationRequestIntent.PLAN);
        plan.setMedication(snomed("322236009", "Paracetamol 500mg tablets"));
        plan.setCourseOfTherapyType(new CodeableConcept(new Coding(
                "http://terminology.hl7.org/CodeSystem/medicationrequest-course-of-therapy", "continuous", null)));
        plan.getDispenseRequest().setNumberOfRepeatsAllowed(6).setQuantity(new Quantity().setValue(100)
                .setUnit("tablet"));
        plan.getDispenseRequest().getQuantity().addExtension(new Extension(UK + "Extension-UKCore-MedicationQuantityText",
                new StringType("100 tablets")));
        plan.addExtension(complex(UK + "Extension-UKCore-MedicationRepeatInformation",
                new Extension("numberOfPrescriptionsIssued", new UnsignedIntType(2)),
                new Extension("authorisationExpiryDate", new DateTimeType("2025-12-31"))));
        plan.addExtension(new Extension(UK + "Extension-UKCore-MedicationPrescribingOrganizationType",
                new Coding("https://fhir.hl7.org.uk/CodeSystem/UKCore-MedicationPrescribingOrganizationType",
                        "prescribed-at-gp-practice", "Prescribed at GP practice")));
        MedicationRequest order = new MedicationRequest();
        order.setId("order-1");
        order.setIntent(MedicationRequest.MedicationRequestIntent.ORDER);
        order.setMedication(snomed("322236009", "Paracetamol 500mg tablets"));
        order.addBasedOn(new Reference("MedicationRequest/plan-1"));
        MedicationStatement statement = new MedicationStatement();
        statement.setId("ms-1");
        statement.setMedication(snomed("322236009", "Paracetamol 500mg tablets"));
        statement.addBasedOn(new Reference("MedicationRequest/plan-1"));
        statement.addExtension(new Extension(UK + "Extension-UKCore-MedicationStatementLastIssueDate",
                new DateTimeType("2025-03-01")));

        List<MedicationEntry> entries = mapper.<MedicationEntry>section(SectionKind.MEDICATIONS,
                List.of(order, plan, statement), SectionRetrieval.answered(), R4Fixtures.shcr()).entries();

        MedicationEntry issue = entries.get(0);
        MedicationEntry authorisation = entries.get(1);
        MedicationEntry summary = entries.get(2);
        assertThat(issue.kind()).isEqualTo(MedicationKind.ISSUE);
        assertThat(authorisation.kind()).isEqualTo(MedicationKind.AUTHORISATION);
        assertThat(summary.kind()).isEqualTo(MedicationKind.STATEMENT);
        assertThat(issue.authorisationEntryId()).contains(authorisation.id());
        assertThat(issue.statementEntryId()).contains(summary.id());
        assertThat(authorisation.statementEntryId()).contains(summary.id());
        assertThat(authorisation.repeatsAllowed()).contains(6);
        assertThat(authorisation.repeatsIssued()).contains(2);
        assertThat(authorisation.authorisationExpiry()).contains(new PartialDateTime("2025-12-31"));
        assertThat(authorisation.quantityText()).contains("100 tablets");
        assertThat(authorisation.prescribingAgency().orElseThrow().hasCode("prescribed-at-gp-practice")).isTrue();
        assertThat(authorisation.course()).isEqualTo(dev.carerecord.sdk.model.entry.CourseOfTherapy.CONTINUOUS);
        assertThat(summary.lastIssueDate()).contains(new PartialDateTime("2025-03-01"));
    }

    @Test
    void searchPages_resolveIncludesByFullUrlAcrossPages_andSkipOutcomeEntries() {
        Bundle page1 = new Bundle().setType(Bundle.BundleType.SEARCHSET);
        MedicationStatement statement = new MedicationStatement();
        statement.setId("ms-9");
        statement.setMedication(new Reference("https://shcr.example/fhir/R4/Medication/med-9"));
        page1.addEntry().setFullUrl("https://shcr.example/fhir/R4/MedicationStatement/ms-9").setResource(statement)
                .getSearch().setMode(Bundle.SearchEntryMode.MATCH);
        org.hl7.fhir.r4.model.OperationOutcome warning = new org.hl7.fhir.r4.model.OperationOutcome();
        warning.addIssue().setDiagnostics("results limited");
        page1.addEntry().setResource(warning).getSearch().setMode(Bundle.SearchEntryMode.OUTCOME);
        Bundle page2 = new Bundle().setType(Bundle.BundleType.SEARCHSET);
        org.hl7.fhir.r4.model.Medication medication = new org.hl7.fhir.r4.model.Medication();
        medication.setId("med-9");
        medication.setCode(snomed("322236009", "Paracetamol 500mg tablets"));
        page2.addEntry().setFullUrl("https://shcr.example/fhir/R4/Medication/med-9").setResource(medication)
                .getSearch().setMode(Bundle.SearchEntryMode.INCLUDE);

        MappedResources mapped = mapper.mapPages(List.of(page1, page2), R4Fixtures.shcr());

        assertThat(mapped.entries(SectionKind.MEDICATIONS)).singleElement().satisfies(e ->
                assertThat(((MedicationEntry) e).medication().hasCode("322236009")).isTrue());
        assertThat(mapped.unplacedIssues()).isEmpty();
        assertThat(mapped.section(SectionKind.MEDICATIONS, SectionRetrieval.answered()).mappingIssues()).isEmpty();
    }

    @Test
    void orderWithoutAPlan_isAPrescription() {
        MedicationRequest order = new MedicationRequest();
        order.setId("order-2");
        order.setIntent(MedicationRequest.MedicationRequestIntent.ORDER);

        MedicationEntry entry = mapper.<MedicationEntry>section(SectionKind.MEDICATIONS, List.of(order),
                SectionRetrieval.answered(), R4Fixtures.shcr()).entries().get(0);

        assertThat(entry.kind()).isEqualTo(MedicationKind.PRESCRIPTION);
        assertThat(entry.authorisationEntryId()).isEmpty();
    }

    @Test
    void conditions_splitByClinicalStatus() {
        Condition active = condition("c-1", "recurrence", false);
        Condition inactive = condition("c-2", "inactive", false);
        Condition resolved = condition("c-3", "resolved", false);
        Condition unknownWithAbatement = condition("c-4", null, true);
        Condition unknownOngoing = condition("c-5", null, false);
        active.addExtension(new Extension(UK + "Extension-UKCore-ProblemSignificance",
                new org.hl7.fhir.r4.model.CodeType("major")));

        MappedResources mapped = mapper.map(List.of(active, inactive, resolved, unknownWithAbatement, unknownOngoing),
                R4Fixtures.shcr());

        assertThat(mapped.entries(SectionKind.PROBLEMS)).extracting(e -> e.provenance().resourceId().orElseThrow())
                .containsExactly("c-1", "c-5");
        assertThat(mapped.entries(SectionKind.PAST_PROBLEMS)).extracting(e -> e.provenance().resourceId().orElseThrow())
                .containsExactly("c-2", "c-3", "c-4");
        assertThat(((ProblemEntry) mapped.entries(SectionKind.PROBLEMS).get(0)).significance()).contains("major");
    }

    private static Condition condition(String id, String status, boolean abated) {
        Condition condition = new Condition();
        condition.setId(id);
        condition.setCode(snomed("38341003", "Hypertension"));
        if (status != null) {
            condition.setClinicalStatus(new CodeableConcept(new Coding(
                    "http://terminology.hl7.org/CodeSystem/condition-clinical", status, null)));
        }
        if (abated) {
            condition.setAbatement(new DateTimeType("2020"));
        }
        return condition;
    }

    @Test
    void diagnosticReport_listsItsResultsAndTheyNameIt() {
        Observation potassium = labResult("k", "Potassium");
        Observation sodium = labResult("na", "Sodium");
        DiagnosticReport report = new DiagnosticReport();
        report.setId("dr-1");
        report.setCode(snomed("26958001", "Hepatic function panel"));
        report.setConclusion("Normal");
        report.addResult(new Reference("Observation/k"));
        report.addResult(new Reference("Observation/na"));

        List<ObservationEntry> results = mapper.<ObservationEntry>section(SectionKind.RESULTS,
                List.of(report, potassium, sodium), SectionRetrieval.answered(), R4Fixtures.shcr()).entries();

        ObservationEntry mappedReport = results.get(0);
        assertThat(mappedReport.kind()).isEqualTo(ObservationKind.REPORT);
        assertThat(mappedReport.conclusion()).contains("Normal");
        assertThat(mappedReport.memberEntryIds()).containsExactly(results.get(1).id(), results.get(2).id());
        assertThat(results.get(1).reportEntryId()).contains(mappedReport.id());
        assertThat(results.get(2).reportEntryId()).contains(mappedReport.id());
    }

    private static Observation labResult(String id, String name) {
        Observation observation = new Observation();
        observation.setId(id);
        observation.addCategory(new CodeableConcept(
                new Coding("http://terminology.hl7.org/CodeSystem/observation-category", "laboratory", null)));
        observation.setCode(new CodeableConcept().setText(name));
        return observation;
    }

    @Test
    void notDoneImmunisation_withReasonAndUkCoreExtensions() {
        Immunization immunization = new Immunization();
        immunization.setId("imm-1");
        immunization.setStatus(Immunization.ImmunizationStatus.NOTDONE);
        immunization.setStatusReason(snomed("591000119102", "Vaccine refused by patient"));
        immunization.setVaccineCode(snomed("1119349007", "COVID-19 mRNA vaccine"));
        immunization.addExtension(new Extension(UK + "Extension-UKCore-VaccinationProcedure",
                snomed("1324681000000101", "Administration of first dose of SARS-CoV-2 vaccine")));
        immunization.addExtension(new Extension(UK + "Extension-UKCore-ParentPresent", new BooleanType(false)));

        ImmunisationEntry entry = mapper.<ImmunisationEntry>section(SectionKind.IMMUNISATIONS, List.of(immunization),
                SectionRetrieval.answered(), R4Fixtures.shcr()).entries().get(0);

        assertThat(entry.status()).isEqualTo(ImmunisationStatus.NOT_DONE);
        assertThat(entry.statusReason().orElseThrow().hasCode("591000119102")).isTrue();
        assertThat(entry.vaccinationProcedure().orElseThrow().hasCode("1324681000000101")).isTrue();
        assertThat(entry.parentPresent()).contains(false);
    }

    @Test
    void serviceRequests_ordersAreReferralsAndPlansArePlannedActions() {
        ServiceRequest referral = new ServiceRequest();
        referral.setId("sr-1");
        referral.setIntent(ServiceRequest.ServiceRequestIntent.ORDER);
        referral.setCode(snomed("306206005", "Referral to service"));
        referral.addPerformer(new Reference().setDisplay("Leeds Community Physiotherapy"));
        ServiceRequest recall = new ServiceRequest();
        recall.setId("sr-2");
        recall.setIntent(ServiceRequest.ServiceRequestIntent.PLAN);
        recall.setCode(snomed("185389009", "Follow-up visit"));
        recall.setOccurrence(new DateTimeType("2026-01-15"));

        MappedResources mapped = mapper.map(List.of(referral, recall), R4Fixtures.shcr());

        ReferralEntry out = (ReferralEntry) mapped.entries(SectionKind.REFERRALS).get(0);
        assertThat(out.intent()).contains("order");
        assertThat(out.recipients()).containsExactly("Leeds Community Physiotherapy");
        PlannedActionEntry due = (PlannedActionEntry) mapped.entries(SectionKind.PLANNED_ACTIONS).get(0);
        assertThat(due.due()).contains(new PartialDateTime("2026-01-15"));
    }

    @Test
    void consents_onlyAdvanceDirectivesAreMapped() {
        Consent dnacpr = new Consent();
        dnacpr.setId("cn-1");
        dnacpr.setScope(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/consentscope", "adr",
                "Advanced Care Directive")));
        dnacpr.addCategory(snomed("450476008", "Not for attempted cardiopulmonary resuscitation"));
        dnacpr.setDateTimeElement(new DateTimeType("2024-02-01"));
        dnacpr.getProvision().setType(Consent.ConsentProvisionType.DENY);
        Consent privacy = new Consent();
        privacy.setId("cn-2");
        privacy.setScope(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/consentscope",
                "patient-privacy", null)));

        MappedResources mapped = mapper.map(List.of(dnacpr, privacy), R4Fixtures.shcr());

        AdvanceDirectiveEntry directive = (AdvanceDirectiveEntry) mapped.entries(SectionKind.ADVANCE_DIRECTIVES).get(0);
        assertThat(directive.decision().orElseThrow().hasCode("deny")).isTrue();
        assertThat(directive.date()).contains(new PartialDateTime("2024-02-01"));
        assertThat(mapped.entries(SectionKind.ADVANCE_DIRECTIVES)).hasSize(1);
        assertThat(mapped.unplacedIssues()).singleElement()
                .satisfies(i -> assertThat(i.resourceId()).contains("cn-2"));
    }

    @Test
    void deviceUseStatement_takesItsDeviceType_andTheDeviceIsNoEntryOfItsOwn() {
        Device device = new Device();
        device.setId("dev-1");
        device.setType(snomed("14106009", "Cardiac pacemaker"));
        DeviceUseStatement use = new DeviceUseStatement();
        use.setId("dus-1");
        use.setDevice(new Reference("Device/dev-1"));
        use.setTiming(new DateTimeType("2019-04-01"));

        MappedResources mapped = mapper.map(List.of(use, device), R4Fixtures.shcr());

        assertThat(mapped.entries(SectionKind.DEVICES)).singleElement().satisfies(e -> {
            DeviceEntry entry = (DeviceEntry) e;
            assertThat(entry.type().hasCode("14106009")).isTrue();
            assertThat(entry.period().orElseThrow().start()).contains(new PartialDateTime("2019-04-01"));
        });
    }
}
