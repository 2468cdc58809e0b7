package dev.carerecord.sdk.gpconnect.internal.mapping;

import static dev.carerecord.sdk.gpconnect.internal.mapping.TestBundles.entry;
import static dev.carerecord.sdk.gpconnect.internal.mapping.TestBundles.list;
import static dev.carerecord.sdk.gpconnect.internal.mapping.TestBundles.map;
import static dev.carerecord.sdk.gpconnect.internal.mapping.TestBundles.withPatient;
import static org.assertj.core.api.Assertions.assertThat;

import dev.carerecord.sdk.gpconnect.ClinicalArea;
import dev.carerecord.sdk.gpconnect.internal.fhir.Stu3Fhir;
import dev.carerecord.sdk.model.CareRecord;
import dev.carerecord.sdk.model.EntryIds;
import dev.carerecord.sdk.model.SectionStatus;
import dev.carerecord.sdk.model.WarningKind;
import dev.carerecord.sdk.model.entry.AllergyEntry;
import dev.carerecord.sdk.model.entry.ImmunisationEntry;
import dev.carerecord.sdk.model.entry.ImmunisationStatus;
import dev.carerecord.sdk.model.entry.MedicationEntry;
import dev.carerecord.sdk.model.entry.PlannedActionEntry;
import dev.carerecord.sdk.model.entry.ProblemEntry;
import dev.carerecord.sdk.model.provenance.SourceKind;
import dev.carerecord.sdk.model.value.Identifier;
import dev.carerecord.sdk.model.value.PartialDateTime;
import java.util.Optional;
import org.hl7.fhir.dstu3.model.Bundle;
import org.junit.jupiter.api.Test;

/** Tolerance of the mapper to what real providers send, on small Bundles built for each case. */
class HandBuiltBundleTest {
    private static final String ALLERGIES = "886921000000105";
    private static final String MEDICATIONS = "933361000000108";
    private static final String PROBLEMS = "717711000000103";

    private static final String PEANUT = entry("""
            {"resourceType": "AllergyIntolerance", "id": "a1",
             "identifier": [{"system": "https://provider.example/id", "value": "A-1"}],
             "clinicalStatus": "active", "verificationStatus": "unconfirmed", "category": ["food"],
             "code": {"coding": [{"system": "http://snomed.info/sct", "code": "91935009",
                                  "display": "Allergy to peanuts"}]},
             "patient": {"reference": "Patient/p1"}, "assertedDate": "2019-05",
             "recorder": {"reference": "Practitioner/pr1"}}""");

    @Test
    void unknownExtensionsAndElements_areIgnored_andTheEntryIsMapped() {
        Bundle bundle = withPatient(list(ALLERGIES, "AllergyIntolerance/a1"), entry("""
                {"resourceType": "AllergyIntolerance", "id": "a1",
                 "extension": [{"url": "https://example.org/fhir/StructureDefinition/some-new-thing",
                                "valueString": "future content"}],
                 "futureElement": {"nested": true},
                 "clinicalStatus": "active", "verificationStatus": "unconfirmed",
                 "code": {"coding": [{"system": "http://snomed.info/sct", "code": "91935009"}]},
                 "patient": {"reference": "Patient/p1"}}"""));

        CareRecord record = map(bundle, ClinicalArea.ALLERGIES).record();

        assertThat(record.allergies().status()).isEqualTo(SectionStatus.POPULATED);
        assertThat(record.allergies().entries()).singleElement()
                .satisfies(a -> assertThat(((AllergyEntry) a).code().hasCode("91935009")).isTrue());
    }

    @Test
    void httpAndHttpsAndHostVariantsOfExtensionUrls_areTheSameExtension() {
        Bundle bundle = withPatient(list(PROBLEMS, "Condition/c1"), list(ALLERGIES, "AllergyIntolerance/a2"),
                PEANUT, entry("""
                {"resourceType": "Condition", "id": "c1", "clinicalStatus": "active",
                 "extension": [
                   {"url": "http://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ProblemSignificance-1",
                    "valueCode": "minor"},
                   {"url": "http://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-RelatedClinicalContent-1",
                    "valueReference": {"reference": "AllergyIntolerance/a1"}},
                   {"url": "HTTPS://FHIR.NHS.UK/STU3/StructureDefinition/Extension-CareConnect-GPC-ActualProblem-1",
                    "valueReference": {"reference": "AllergyIntolerance/a1"}}],
                 "code": {"text": "Peanut allergy problem"}, "subject": {"reference": "Patient/p1"}}"""),
                entry("""
                {"resourceType": "AllergyIntolerance", "id": "a2", "clinicalStatus": "resolved",
                 "extension": [{"url": "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-AllergyIntoleranceEnd-1",
                   "extension": [{"url": "endDate", "valueDateTime": "2020-02"},
                                 {"url": "reasonEnded", "valueString": "No longer allergic"}]}],
                 "code": {"text": "Penicillin"}, "patient": {"reference": "Patient/p1"}}"""));

        CareRecord record = map(bundle, ClinicalArea.PROBLEMS, ClinicalArea.ALLERGIES).record();
        ProblemEntry problem = (ProblemEntry) record.problems().entries().get(0);
        AllergyEntry peanut = StructuredFixtures.byResourceId(record, dev.carerecord.sdk.model.SectionKind.ALLERGIES,
                AllergyEntry.class, "a1");
        AllergyEntry ended = StructuredFixtures.byResourceId(record, dev.carerecord.sdk.model.SectionKind.ALLERGIES,
                AllergyEntry.class, "a2");

        assertThat(problem.significance()).contains("minor");
        assertThat(problem.relatedEntryIds()).containsExactly(peanut.id());
        assertThat(problem.actualProblemEntryId()).contains(peanut.id());
        assertThat(ended.endDate()).contains(new PartialDateTime("2020-02"));
        assertThat(ended.endReason()).contains("No longer allergic");
    }

    @Test
    void missingPatient_stillGivesARecord_withTheEntriesAndAnIssue() {
        Bundle bundle = Stu3Fhir.parseBundle(TestBundles.json(list(ALLERGIES, "AllergyIntolerance/a1"), PEANUT));

        StructuredRecordMapping mapping = map(bundle, ClinicalArea.ALLERGIES);

        assertThat(mapping.record().patient().nhsNumber()).isEmpty();
        assertThat(mapping.record().patient().names()).isEmpty();
        assertThat(mapping.recordIssues()).extracting(i -> i.reason())
                .contains("the Bundle has no Patient resource; the record has no demographics");
        assertThat(mapping.record().allergies().entries()).hasSize(1);
        // the provider ODS code falls back to the one the request was routed to
        assertThat(mapping.record().allergies().entries().get(0).provenance().providerOdsCode()).contains("A20047");
    }

    @Test
    void listEntryReferencingNothing_isAnIssue_andTheSectionIsNotNoneKnown() {
        Bundle bundle = withPatient(list(ALLERGIES, "AllergyIntolerance/missing-1"));

        StructuredRecordMapping mapping = map(bundle, ClinicalArea.ALLERGIES);

        assertThat(mapping.record().allergies().status()).isEqualTo(SectionStatus.NONE_RETURNED);
        assertThat(mapping.record().allergies().hasWarning(WarningKind.UNMAPPED_ITEMS)).isTrue();
        assertThat(mapping.record().allergies().mappingIssues()).singleElement().satisfies(issue -> {
            assertThat(issue.resourceType()).isEqualTo("List");
            assertThat(issue.reason()).isEqualTo("unresolved reference AllergyIntolerance/missing-1 in a List entry");
        });
        assertThat(mapping.issueCount()).isEqualTo(1);
    }

    @Test
    void medicationAsCodeableConcept_isTakenAsTheMedication() {
        Bundle bundle = withPatient(list(MEDICATIONS, "MedicationStatement/s1"), entry("""
                {"resourceType": "MedicationStatement", "id": "s1", "status": "active",
                 "basedOn": [{"reference": "MedicationRequest/r1"}],
                 "medicationCodeableConcept": {"coding": [{"system": "http://snomed.info/sct",
                     "code": "196421000000109", "display": "Transfer-degraded medication entry"}],
                   "text": "Mystery mixture 5ml"},
                 "subject": {"reference": "Patient/p1"}, "taken": "unk"}"""), entry("""
                {"resourceType": "MedicationRequest", "id": "r1", "status": "active", "intent": "plan",
                 "medicationCodeableConcept": {"text": "Mystery mixture 5ml"},
                 "priorPrescription": {"reference": "MedicationRequest/r0"},
                 "subject": {"reference": "Patient/p1"}}"""), entry("""
                {"resourceType": "MedicationRequest", "id": "r0", "status": "stopped", "intent": "plan",
                 "medicationCodeableConcept": {"text": "Mystery mixture 10ml"},
                 "extension": [{"url": "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationStatusReason-1",
                   "extension": [{"url": "statusReason", "valueCodeableConcept": {"text": "Dose changed"}}]}],
                 "subject": {"reference": "Patient/p1"}}"""));

        CareRecord record = map(bundle, ClinicalArea.MEDICATIONS).record();
        MedicationEntry statement = get(record, MedicationEntry.class, "s1");
        MedicationEntry plan = get(record, MedicationEntry.class, "r1");
        MedicationEntry previous = get(record, MedicationEntry.class, "r0");

        assertThat(statement.medication().text()).contains("Mystery mixture 5ml");
        assertThat(statement.medication().hasCode("196421000000109")).isTrue();
        assertThat(plan.medication().text()).contains("Mystery mixture 5ml");
        assertThat(plan.statementEntryId()).contains(statement.id());
        assertThat(plan.priorAuthorisationEntryId()).contains(previous.id());
        assertThat(previous.statusReason().flatMap(r -> r.text())).contains("Dose changed");
    }

    @Test
    void conditionCategoryNotAnArray_isReadByTheLenientParser() {
        Bundle bundle = withPatient(list(PROBLEMS, "Condition/c1"), entry("""
                {"resourceType": "Condition", "id": "c1", "clinicalStatus": "inactive",
                 "category": {"coding": [{"system": "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-ConditionCategory-1",
                                          "code": "problem-list-item"}]},
                 "code": {"text": "Old fracture"}, "subject": {"reference": "Patient/p1"},
                 "abatementDateTime": "2001"}"""));

        CareRecord record = map(bundle, ClinicalArea.PROBLEMS).record();

        assertThat(record.problems().status()).isEqualTo(SectionStatus.NONE_RETURNED);
        ProblemEntry past = (ProblemEntry) record.pastProblems().entries().get(0);
        assertThat(past.categories()).singleElement()
                .satisfies(c -> assertThat(c.hasCode("problem-list-item")).isTrue());
        assertThat(past.abatement()).contains(new PartialDateTime("2001"));
    }

    @Test
    void emptyListBecauseEveryItemIsConfidential_isWithheld() {
        Bundle bundle = withPatient(entry("""
                {"resourceType": "List", "status": "current", "mode": "snapshot",
                 "extension": [{"url": "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-ListWarningCode-1",
                                "valueCode": "confidential-items"}],
                 "code": {"coding": [{"system": "http://snomed.info/sct", "code": "933361000000108"}]},
                 "title": "Medications and medical devices",
                 "emptyReason": {"coding": [{"system": "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-ListEmptyReasonCode-1",
                                             "code": "no-content-recorded"}]},
                 "note": [{"text": "Items excluded due to confidentiality and/or patient preferences."}]}"""));

        CareRecord record = map(bundle, ClinicalArea.MEDICATIONS).record();

        assertThat(record.medications().status()).isEqualTo(SectionStatus.WITHHELD);
        assertThat(record.medications().warnings()).singleElement().satisfies(w -> {
            assertThat(w.kind()).isEqualTo(WarningKind.CONFIDENTIAL_ITEMS_EXCLUDED);
            assertThat(w.sourceCode()).contains("confidential-items");
            assertThat(w.text()).contains("Items excluded due to confidentiality and/or patient preferences.");
        });
        assertThat(record.medications().emptyReason().map(r -> r.hasCode("no-content-recorded"))).contains(true);
        assertThat(record.sources().get(0).status()).isEqualTo(dev.carerecord.sdk.model.OutcomeStatus.PARTIAL);
    }

    @Test
    void disabledArea_operationOutcomeAndEmptyList_isUnsupportedBySource() {
        Bundle bundle = withPatient(entry("""
                {"resourceType": "OperationOutcome", "issue": [{"severity": "warning", "code": "not-supported",
                  "details": {"coding": [{"system": "https://fhir.nhs.uk/STU3/CodeSystem/Spine-ErrorOrWarningCode-1",
                                          "code": "NOT_IMPLEMENTED"}],
                              "text": "includeReferrals has been disabled"},
                  "diagnostics": "includeReferrals"},
                 {"severity": "warning", "code": "not-supported",
                  "details": {"coding": [{"code": "NOT_IMPLEMENTED"}],
                              "text": "includeImmunisations.includeStatus is an unrecognised parameter"},
                  "diagnostics": "includeImmunisations.includeStatus"}]}"""),
                list("792931000000107"), list("1102181000000102"));

        StructuredRecordMapping mapping = map(bundle, ClinicalArea.REFERRALS, ClinicalArea.IMMUNISATIONS);

        assertThat(mapping.sourceIssues()).hasSize(2);
        assertThat(mapping.record().referrals().status()).isEqualTo(SectionStatus.UNSUPPORTED_BY_SOURCE);
        assertThat(mapping.record().referrals().warnings()).singleElement().satisfies(w -> {
            assertThat(w.kind()).isEqualTo(WarningKind.CLINICAL_AREA_DISABLED);
            assertThat(w.text()).contains("includeReferrals has been disabled");
        });
        // only a part of the immunisations parameter was not recognised: the area itself answered
        assertThat(mapping.record().immunisations().status()).isEqualTo(SectionStatus.NONE_KNOWN);
        assertThat(mapping.record().immunisations().hasWarning(WarningKind.UNRECOGNISED_PARAMETER)).isTrue();
    }

    @Test
    void requestedAreaWithNoListAndNoWarning_isNoneReturnedWithAWarning() {
        CareRecord record = map(withPatient(), ClinicalArea.DIARY_ENTRIES).record();

        assertThat(record.plannedActions().status()).isEqualTo(SectionStatus.NONE_RETURNED);
        assertThat(record.plannedActions().hasWarning(WarningKind.OTHER)).isTrue();
        assertThat(record.referrals().status()).isEqualTo(SectionStatus.NOT_REQUESTED);
        // the practice named directly in Patient.generalPractitioner
        assertThat(record.gpPractice().flatMap(p -> p.odsCode())).contains("A20047");
        assertThat(record.gpPractice().flatMap(p -> p.name())).contains("Example Surgery");
        assertThat(record.patient().nhsNumber().map(n -> n.value())).contains("9434765919");
    }

    @Test
    void displayOnlyItemOfADisabledArea_isReportedOnBothSections() {
        Bundle bundle = withPatient(entry("""
                {"resourceType": "List", "status": "current", "mode": "snapshot",
                 "title": "Consultations - outbound referrals in consultations",
                 "code": {"coding": [{"system": "https://fhir.nhs.uk/STU3/CodeSystem/GPConnect-SecondaryListValues-1",
                                      "code": "consultations-outbound-referrals-in-consultations"}]},
                 "entry": [{"item": {"display": "Referral items have been disabled"}}]}"""));

        StructuredRecordMapping mapping = map(bundle, ClinicalArea.CONSULTATIONS);

        assertThat(mapping.record().referrals().warnings()).anySatisfy(w -> {
            assertThat(w.kind()).isEqualTo(WarningKind.CLINICAL_AREA_DISABLED);
            assertThat(w.text()).contains("Referral items have been disabled");
        });
        assertThat(mapping.record().encounters().hasWarning(WarningKind.CLINICAL_AREA_DISABLED)).isTrue();
        assertThat(mapping.record().referrals().mappingIssues()).hasSize(1);
    }

    @Test
    void dataInTransit_warnsEveryListItAppearsOn() {
        String warning = """
                "extension": [{"url": "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-ListWarningCode-1",
                               "valueCode": "data-in-transit"}],
                "note": [{"text": "Patient record transfer from previous GP practice not yet complete; information recorded before 01-Jan-2020 may be missing."}],""";
        Bundle bundle = withPatient(entry("{\"resourceType\": \"List\", " + warning
                        + " \"code\": {\"coding\": [{\"system\": \"http://snomed.info/sct\", \"code\": \"886921000000105\"}]},"
                        + " \"entry\": [{\"item\": {\"reference\": \"AllergyIntolerance/a1\"}}]}"),
                entry("{\"resourceType\": \"List\", " + warning
                        + " \"code\": {\"coding\": [{\"system\": \"http://snomed.info/sct\", \"code\": \"717711000000103\"}]},"
                        + " \"emptyReason\": {\"text\": \"nothing\"}}"),
                PEANUT);

        CareRecord record = map(bundle, ClinicalArea.ALLERGIES, ClinicalArea.PROBLEMS).record();

        for (var section : java.util.List.of(record.allergies(), record.problems(), record.pastProblems())) {
            assertThat(section.warnings()).as(section.kind().name()).anySatisfy(w -> {
                assertThat(w.kind()).isEqualTo(WarningKind.DATA_IN_TRANSIT);
                assertThat(w.text().orElse("")).contains("01-Jan-2020");
            });
        }
        assertThat(record.allergies().status()).isEqualTo(SectionStatus.POPULATED);
        assertThat(record.problems().status()).isEqualTo(SectionStatus.NONE_KNOWN);
    }

    @Test
    void securityLabels_nopatIsKept() {
        Bundle bundle = withPatient(list(ALLERGIES, "AllergyIntolerance/a1"), entry("""
                {"resourceType": "AllergyIntolerance", "id": "a1",
                 "meta": {"security": [{"system": "http://hl7.org/fhir/v3/ActCode", "code": "NOPAT",
                                        "display": "no disclosure to patient, family or caregivers without attending provider's authorization"}]},
                 "clinicalStatus": "active", "verificationStatus": "unconfirmed",
                 "code": {"text": "Something sensitive"}, "patient": {"reference": "Patient/p1"}}"""));

        AllergyEntry allergy = (AllergyEntry) map(bundle, ClinicalArea.ALLERGIES).record().allergies().entries().get(0);

        assertThat(allergy.sensitivity().noDisclosureToPatient()).isTrue();
    }

    @Test
    void notGivenImmunisation_keepsItsReason() {
        Bundle bundle = withPatient(list("1102181000000102", "Immunization/i1"), entry("""
                {"resourceType": "Immunization", "id": "i1", "status": "completed", "notGiven": true,
                 "vaccineCode": {"coding": [{"system": "http://snomed.info/sct", "code": "871751006"}]},
                 "patient": {"reference": "Patient/p1"}, "date": "2021-10", "primarySource": true,
                 "explanation": {"reasonNotGiven": [{"coding": [{"system": "http://snomed.info/sct",
                     "code": "213257006", "display": "Generally unwell"}]}]}}"""));

        ImmunisationEntry entry = (ImmunisationEntry) map(bundle, ClinicalArea.IMMUNISATIONS).record()
                .immunisations().entries().get(0);

        assertThat(entry.status()).isEqualTo(ImmunisationStatus.NOT_DONE);
        assertThat(entry.statusReason().map(r -> r.hasCode("213257006"))).contains(true);
        assertThat(entry.occurredAt()).contains(new PartialDateTime("2021-10"));
    }

    @Test
    void diaryEntry_isAPlannedAction_withItsDueDate() {
        Bundle bundle = withPatient(list("714311000000108", "ProcedureRequest/d1"), entry("""
                {"resourceType": "ProcedureRequest", "id": "d1", "status": "active", "intent": "plan",
                 "identifier": [{"system": "https://provider.example/id", "value": "D-1"}],
                 "code": {"coding": [{"system": "http://snomed.info/sct", "code": "314529007",
                                      "display": "Medication review due"}]},
                 "subject": {"reference": "Patient/p1"}, "occurrenceDateTime": "2030-05-02",
                 "authoredOn": "2029-03-02", "requester": {"agent": {"reference": "Practitioner/pr1"}},
                 "note": [{"text": "Book a double appointment"}]}"""));

        CareRecord record = map(bundle, ClinicalArea.DIARY_ENTRIES).record();
        PlannedActionEntry diary = (PlannedActionEntry) record.plannedActions().entries().get(0);

        assertThat(record.plannedActions().status()).isEqualTo(SectionStatus.POPULATED);
        assertThat(diary.code().hasCode("314529007")).isTrue();
        assertThat(diary.due()).contains(new PartialDateTime("2030-05-02"));
        assertThat(diary.authoredOn()).contains(new PartialDateTime("2029-03-02"));
        assertThat(diary.status()).contains("active");
        assertThat(diary.notes()).containsExactly("Book a double appointment");
        assertThat(diary.provenance().performer().flatMap(a -> a.name())).contains("Dr Dana Doctor");
        assertThat(diary.id()).isEqualTo(EntryIds.of(SourceKind.GP_CONNECT_STU3, "A20047", "ProcedureRequest",
                Optional.of(Identifier.of("https://provider.example/id", "D-1")), "d1"));
    }

    @Test
    void noKnownAllergyAssertion_isMarked() {
        Bundle bundle = withPatient(list(ALLERGIES, "AllergyIntolerance/n1"), entry("""
                {"resourceType": "AllergyIntolerance", "id": "n1", "clinicalStatus": "active",
                 "verificationStatus": "unconfirmed",
                 "code": {"coding": [{"system": "http://snomed.info/sct", "code": "716186003",
                                      "display": "No known allergy"}]},
                 "patient": {"reference": "Patient/p1"}}"""));

        AllergyEntry nka = (AllergyEntry) map(bundle, ClinicalArea.ALLERGIES).record().allergies().entries().get(0);

        assertThat(nka.noKnownAllergy()).isTrue();
    }

    @Test
    void endedAllergiesWithoutAUsableCode_recognisedByTheirContainedResolvedAllergies() {
        String contained = """
                {"resourceType": "List", "title": "Whatever the title says",
                 "code": {"coding": [{"system": "http://snomed.info/sct", "code": "TBD"}]},
                 "contained": [{"resourceType": "AllergyIntolerance", "id": "e1", "clinicalStatus": "%s",
                                "verificationStatus": "unconfirmed", "code": {"text": "Old allergy"},
                                "patient": {"reference": "Patient/p1"}}],
                 "entry": [{"item": {"reference": "#e1"}}]}""";

        CareRecord resolved = map(withPatient(entry(contained.formatted("resolved"))), ClinicalArea.ALLERGIES)
                .record();
        StructuredRecordMapping active = map(withPatient(entry(contained.formatted("active"))),
                ClinicalArea.ALLERGIES);

        assertThat(resolved.allergies().status()).isEqualTo(SectionStatus.POPULATED);
        assertThat(((AllergyEntry) resolved.allergies().entries().get(0)).isEnded()).isTrue();
        assertThat(resolved.allergies().hasWarning(WarningKind.TRUNCATED)).isFalse();
        // without a resolved allergy inside, the list is not guessed at: it is reported as not recognised
        assertThat(active.recordIssues()).anySatisfy(i -> assertThat(i.reason()).contains("List not recognised"));
        assertThat(active.record().allergies().hasWarning(WarningKind.TRUNCATED)).isTrue();
    }

    @Test
    void itemInAPrimaryListAndAConsultation_isOneEntry_referredToByTheConsultation() {
        Bundle bundle = withPatient(list("826501000000100", "Observation/ob1"),
                list("1149501000000101", "Encounter/e1"), entry("""
                {"resourceType": "Encounter", "id": "e1", "status": "finished",
                 "period": {"start": "2024-01-02T09:00:00+00:00"}, "subject": {"reference": "Patient/p1"}}"""),
                entry("""
                {"resourceType": "List", "id": "c1", "title": "Telephone consultation",
                 "code": {"coding": [{"system": "http://snomed.info/sct", "code": "325851000000107"}]},
                 "encounter": {"reference": "Encounter/e1"}, "date": "2024-01-02T09:15:00+00:00",
                 "entry": [{"item": {"reference": "List/t1"}}]}"""), entry("""
                {"resourceType": "List", "id": "t1",
                 "code": {"coding": [{"system": "http://snomed.info/sct", "code": "25851000000105"}]},
                 "encounter": {"reference": "Encounter/e1"},
                 "entry": [{"item": {"reference": "Observation/ob1"}}, {"item": {"reference": "List/t1"}}]}"""),
                entry("""
                {"resourceType": "Observation", "id": "ob1", "status": "final",
                 "code": {"coding": [{"system": "http://snomed.info/sct", "code": "27113001"}]},
                 "valueQuantity": {"value": 72.50, "unit": "kg"}, "subject": {"reference": "Patient/p1"}}"""));

        CareRecord record = map(bundle, ClinicalArea.CONSULTATIONS, ClinicalArea.UNCATEGORISED).record();
        var encounter = (dev.carerecord.sdk.model.entry.EncounterEntry) record.encounters().entries().get(0);

        assertThat(record.vitalSigns().entries()).hasSize(1);
        assertThat(record.observations().entries()).isEmpty();
        String weight = record.vitalSigns().entries().get(0).id();
        assertThat(encounter.consultation().orElseThrow().title()).contains("Telephone consultation");
        assertThat(encounter.consultation().orElseThrow().allItemEntryIds()).containsExactly(weight);
        // the topic that lists itself does not loop; the odd item is reported
        assertThat(record.encounters().mappingIssues()).anySatisfy(i -> assertThat(i.reason())
                .contains("refers to itself"));
    }

    @Test
    void duplicateResourceAndNullBundle_areReportedNotThrown() {
        Bundle duplicated = withPatient(list(ALLERGIES, "AllergyIntolerance/a1"), PEANUT, PEANUT);
        StructuredRecordMapping twice = map(duplicated, ClinicalArea.ALLERGIES);
        StructuredRecordMapping nothing = StructuredFixtures.MAPPER.map(null,
                new MappingContext(StructuredFixtures.SOURCE, java.util.Set.of(ClinicalArea.ALLERGIES)));

        assertThat(twice.record().allergies().entries()).hasSize(1);
        assertThat(twice.recordIssues()).anySatisfy(i -> assertThat(i.reason()).contains("same type and id"));
        assertThat(nothing.recordIssues()).extracting(i -> i.reason()).contains("no Bundle was given");
        assertThat(nothing.record().allergies().status()).isEqualTo(SectionStatus.NONE_RETURNED);
    }

    @Test
    void mappingTheSameBundleTwice_givesTheSameRecord() {
        Bundle bundle = withPatient(list(ALLERGIES, "AllergyIntolerance/a1"), PEANUT);

        assertThat(map(bundle, ClinicalArea.ALLERGIES).record()).isEqualTo(map(bundle, ClinicalArea.ALLERGIES).record());
    }

    private static <T> T get(CareRecord record, Class<T> type, String resourceId) {
        return record.sections().stream().flatMap(s -> s.entries().stream())
                .filter(e -> e.provenance().resourceId().filter(resourceId::equals).isPresent())
                .map(type::cast).findFirst().orElseThrow();
    }
}
