package dev.carerecord.sdk.sandbox;

import static dev.carerecord.sdk.sandbox.SandboxOrganisations.PRACTICE_A;
import static dev.carerecord.sdk.sandbox.SandboxOrganisations.PRACTICE_B;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.hl7.fhir.dstu3.model.AllergyIntolerance;
import org.hl7.fhir.dstu3.model.Bundle;
import org.hl7.fhir.dstu3.model.Condition;
import org.hl7.fhir.dstu3.model.DiagnosticReport;
import org.hl7.fhir.dstu3.model.DomainResource;
import org.hl7.fhir.dstu3.model.Encounter;
import org.hl7.fhir.dstu3.model.Extension;
import org.hl7.fhir.dstu3.model.Immunization;
import org.hl7.fhir.dstu3.model.ListResource;
import org.hl7.fhir.dstu3.model.MedicationRequest;
import org.hl7.fhir.dstu3.model.MedicationStatement;
import org.hl7.fhir.dstu3.model.Observation;
import org.hl7.fhir.dstu3.model.OperationOutcome;
import org.hl7.fhir.dstu3.model.ProcedureRequest;
import org.hl7.fhir.dstu3.model.Reference;
import org.hl7.fhir.dstu3.model.ReferralRequest;
import org.hl7.fhir.dstu3.model.Resource;
import org.hl7.fhir.dstu3.model.Specimen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The structured Bundle is shaped per GP Connect 1.6.2 section 8.2-8.4 and parses with the strict STU3 parser. */
@ExtendWith(SandboxExtension.class)
class StructuredRecordTest {
    private static final String EXT = "https://fhir.hl7.org.uk/STU3/StructureDefinition/";
    private static final Map<String, SandboxPractice> SERVED = Map.of(
            SandboxPatients.RICH.nhsNumber(), PRACTICE_A,
            SandboxPatients.MINIMAL.nhsNumber(), PRACTICE_B,
            SandboxPatients.WARNINGS.nhsNumber(), PRACTICE_B);

    private static Bundle fetch(Sandbox sandbox, SandboxPractice practice, Params params) {
        HttpResponse<String> response = Gpc.structured(sandbox, practice, params.json()).send();
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Fhir.stu3Bundle(response.body());
    }

    @Test
    void everyServedPatient_everyArea_parsesStrictly(Sandbox sandbox) {
        SERVED.forEach((nhs, practice) -> {
            Bundle everything = fetch(sandbox, practice, Params.everything(nhs));
            assertThat(everything.getEntry()).hasSizeGreaterThan(10);
            Bundle notGiven = fetch(sandbox, practice, Params.patient(nhs)
                    .area("includeImmunisations", "includeNotGiven", Params.bool(true)));
            assertThat(Fhir.list(notGiven, "1102181000000102")).isPresent();
        });
    }

    @Test
    void bundle_isCollectionWithTraceIdNoFullUrlAndRelativeReferences(Sandbox sandbox) {
        Gpc request = Gpc.structured(sandbox, PRACTICE_A, Params.everything(SandboxPatients.RICH.nhsNumber()).json());
        HttpResponse<String> response = request.send();
        Bundle bundle = Fhir.stu3Bundle(response.body());
        assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.COLLECTION);
        assertThat(bundle.getIdElement().getIdPart()).isEqualTo(request.traceId());
        assertThat(bundle.getMeta().getProfile().get(0).getValue()).endsWith("GPConnect-StructuredRecord-Bundle-1");
        assertThat(bundle.getEntry()).allSatisfy(e -> assertThat(e.hasFullUrl()).isFalse());
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(response.headers().firstValue("ETag")).hasValueSatisfying(v -> assertThat(v).startsWith("W/\""));
        // every reference in every List resolves inside the Bundle (or to a contained resource)
        Fhir.lists(bundle).forEach(list -> list.getEntry().forEach(entry -> {
            String ref = entry.getItem().getReference();
            if (!ref.startsWith("#")) {
                assertThat(ref).doesNotStartWith("http");
                Fhir.resolve(bundle, ref);
            }
        }));
    }

    @Test
    void clinicalResources_haveBusinessIdentifiers(Sandbox sandbox) {
        Bundle bundle = fetch(sandbox, PRACTICE_A, Params.everything(SandboxPatients.RICH.nhsNumber()));
        List<String> clinical = List.of("AllergyIntolerance", "MedicationStatement", "MedicationRequest", "Condition",
                "Encounter", "Observation", "Immunization", "DiagnosticReport", "Specimen", "ReferralRequest",
                "ProcedureRequest", "DocumentReference");
        List<Resource> resources = bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(r -> clinical.contains(r.fhirType())).toList();
        assertThat(resources).hasSizeGreaterThan(50);
        for (Resource r : resources) {
            assertThat(r.getNamedProperty("identifier").getValues()).as(r.fhirType()).isNotEmpty();
        }
    }

    @Test
    void allergies_activeListed_endedContainedInEndedList(Sandbox sandbox) {
        Bundle bundle = fetch(sandbox, PRACTICE_A, Params.patient(SandboxPatients.RICH.nhsNumber()).allergies(true));
        ListResource active = Fhir.requireList(bundle, "886921000000105");
        assertThat(active.getEntry()).hasSize(2);
        ListResource ended = Fhir.requireList(bundle, "1103671000000101");
        assertThat(ended.getContained()).hasSize(2).allSatisfy(r -> {
            AllergyIntolerance a = (AllergyIntolerance) r;
            assertThat(a.getClinicalStatus()).isEqualTo(AllergyIntolerance.AllergyIntoleranceClinicalStatus.RESOLVED);
            assertThat(a.getExtensionsByUrl("https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-AllergyIntoleranceEnd-1")).hasSize(1);
        });
        assertThat(ended.getEntry()).allSatisfy(e -> assertThat(e.getItem().getReference()).startsWith("#"));
        assertThat(Fhir.all(bundle, AllergyIntolerance.class))
                .allSatisfy(a -> assertThat(a.getClinicalStatus().toCode()).isEqualTo("active"));
    }

    @Test
    void consultations_haveEncounterConsultationTopicHeadingStructure(Sandbox sandbox) {
        Bundle bundle = fetch(sandbox, PRACTICE_A, Params.patient(SandboxPatients.RICH.nhsNumber())
                .area("includeConsultations", "includeNumberOfMostRecent", Params.positive(1)));
        ListResource consultations = Fhir.requireList(bundle, "1149501000000101");
        assertThat(consultations.getEntry()).hasSize(1);
        Encounter encounter = (Encounter) Fhir.resolve(bundle, consultations.getEntryFirstRep().getItem().getReference());
        ListResource consultation = Fhir.lists(bundle)
                .filter(l -> l.getCode().getCodingFirstRep().getCode().equals("325851000000107")).findFirst().orElseThrow();
        assertThat(consultation.getEncounter().getReference()).isEqualTo("Encounter/" + encounter.getIdElement().getIdPart());
        ListResource topic = (ListResource) Fhir.resolve(bundle, consultation.getEntryFirstRep().getItem().getReference());
        assertThat(topic.getCode().getCodingFirstRep().getCode()).isEqualTo("25851000000105");
        assertThat(topic.getExtensionsByUrl(EXT + "Extension-CareConnect-RelatedProblemHeader-1")).hasSize(1);
        ListResource heading = (ListResource) Fhir.resolve(bundle, topic.getEntryFirstRep().getItem().getReference());
        assertThat(heading.getCode().getCodingFirstRep().getCode()).isEqualTo("24781000000107");
        Resource item = Fhir.resolve(bundle, heading.getEntryFirstRep().getItem().getReference());
        assertThat(item).isInstanceOf(Observation.class);
        // the topic's problem is outside the query, so it arrives in the linked-problems secondary list
        assertThat(Fhir.list(bundle, "problems-linked-problems-not-relating-to-the-primary-query")).isPresent();
        assertThat(Fhir.list(bundle, "consultations-medications-contained-in-consultations")).isPresent();
    }

    @Test
    void problems_carrySignificanceActualProblemAndRelatedContent(Sandbox sandbox) {
        Bundle bundle = fetch(sandbox, PRACTICE_A, Params.patient(SandboxPatients.RICH.nhsNumber()).area("includeProblems"));
        Condition hypertension = Fhir.all(bundle, Condition.class).stream()
                .filter(c -> c.getCode().getCodingFirstRep().getCode().equals("59621000")).findFirst().orElseThrow();
        assertThat(hypertension.getExtensionsByUrl(EXT + "Extension-CareConnect-ProblemSignificance-1")).hasSize(1);
        Extension actual = hypertension.getExtensionsByUrl(EXT + "Extension-CareConnect-ActualProblem-1").get(0);
        assertThat(Fhir.resolve(bundle, ((Reference) actual.getValue()).getReference())).isInstanceOf(Observation.class);
        List<Extension> related = hypertension.getExtensionsByUrl(EXT + "Extension-CareConnect-RelatedClinicalContent-1");
        assertThat(related).hasSizeGreaterThanOrEqualTo(5);
        related.forEach(e -> Fhir.resolve(bundle, ((Reference) e.getValue()).getReference()));
        assertThat(Fhir.list(bundle, "problems-medications-related-to-problems")).isPresent();
    }

    @Test
    void medication_statementPlanAndIssues(Sandbox sandbox) {
        Bundle bundle = fetch(sandbox, PRACTICE_A, Params.patient(SandboxPatients.RICH.nhsNumber()).area("includeMedication"));
        ListResource list = Fhir.requireList(bundle, "933361000000108");
        MedicationStatement amlodipine = list.getEntry().stream()
                .map(e -> (MedicationStatement) Fhir.resolve(bundle, e.getItem().getReference()))
                .filter(s -> s.getStatus() == MedicationStatement.MedicationStatementStatus.ACTIVE)
                .findFirst().orElseThrow();
        MedicationRequest plan = (MedicationRequest) Fhir.resolve(bundle, amlodipine.getBasedOnFirstRep().getReference());
        assertThat(plan.getIntent()).isEqualTo(MedicationRequest.MedicationRequestIntent.PLAN);
        assertThat(plan.getExtensionsByUrl("https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-PrescriptionType-1")).hasSize(1);
        String planRef = "MedicationRequest/" + plan.getIdElement().getIdPart();
        long issues = Fhir.all(bundle, MedicationRequest.class).stream()
                .filter(r -> r.getIntent() == MedicationRequest.MedicationRequestIntent.ORDER)
                .filter(r -> r.getBasedOnFirstRep().getReference().equals(planRef)).count();
        assertThat(issues).isGreaterThanOrEqualTo(2);
    }

    @Test
    void investigations_reportTestGroupResultsSpecimenAndFilingComment(Sandbox sandbox) {
        Bundle bundle = fetch(sandbox, PRACTICE_A, Params.patient(SandboxPatients.RICH.nhsNumber()).area("includeInvestigations"));
        DiagnosticReport report = Fhir.all(bundle, DiagnosticReport.class).stream()
                .filter(r -> r.getResult().size() >= 3).findFirst().orElseThrow();
        assertThat(Fhir.resolve(bundle, report.getSpecimenFirstRep().getReference())).isInstanceOf(Specimen.class);
        assertThat(Fhir.resolve(bundle, report.getBasedOnFirstRep().getReference())).isInstanceOf(ProcedureRequest.class);
        List<Observation> results = report.getResult().stream()
                .map(r -> (Observation) Fhir.resolve(bundle, r.getReference())).toList();
        Observation group = results.stream().filter(Observation::hasRelated).findFirst().orElseThrow();
        assertThat(group.getRelated()).hasSize(3).allSatisfy(rel -> {
            assertThat(rel.getType()).isEqualTo(Observation.ObservationRelationshipType.HASMEMBER);
            Observation member = (Observation) Fhir.resolve(bundle, rel.getTarget().getReference());
            assertThat(member.getReferenceRangeFirstRep().hasLow()).isTrue();
            assertThat(member.getReferenceRangeFirstRep().hasHigh()).isTrue();
        });
        assertThat(results).anySatisfy(o -> assertThat(o.getCode().getCodingFirstRep().getCode()).isEqualTo("37331000000100"));
    }

    @Test
    void immunisations_uncategorised_referrals_diary(Sandbox sandbox) {
        Bundle bundle = fetch(sandbox, PRACTICE_A, Params.patient(SandboxPatients.RICH.nhsNumber())
                .area("includeImmunisations", "includeNotGiven", Params.bool(true))
                .area("includeUncategorisedData").area("includeReferrals").area("includeDiaryEntries"));
        List<Immunization> immunisations = Fhir.all(bundle, Immunization.class);
        assertThat(immunisations).anySatisfy(i -> assertThat(i.getNotGiven()).isTrue());
        assertThat(immunisations).anySatisfy(i -> assertThat(i.getNotGiven()).isFalse());
        Observation bp = Fhir.all(bundle, Observation.class).stream()
                .filter(o -> o.getCode().getCodingFirstRep().getCode().equals("75367002")).findFirst().orElseThrow();
        assertThat(bp.getComponent()).hasSize(2);
        assertThat(Fhir.all(bundle, ReferralRequest.class)).allSatisfy(r -> assertThat(r.getIdentifier())
                .anySatisfy(id -> assertThat(id.getSystem()).isEqualTo("https://fhir.nhs.uk/Id/UBRN")));
        ListResource diary = Fhir.requireList(bundle, "714311000000108");
        assertThat(diary.getEntry()).isNotEmpty().allSatisfy(e ->
                assertThat(Fhir.resolve(bundle, e.getItem().getReference())).isInstanceOf(ProcedureRequest.class));
    }

    @Test
    void minimalPatient_emptyListsHaveEmptyReason_andDisabledAreaWarns(Sandbox sandbox) {
        Bundle bundle = fetch(sandbox, PRACTICE_B, Params.patient(SandboxPatients.MINIMAL.nhsNumber()).allergies(false)
                .area("includeProblems").area("includeReferrals"));
        ListResource allergies = Fhir.requireList(bundle, "886921000000105");
        assertThat(allergies.getEntry()).isEmpty();
        assertThat(allergies.getEmptyReason().getCodingFirstRep().getCode()).isEqualTo("no-content-recorded");
        assertThat(allergies.getNoteFirstRep().getText()).isEqualTo("Information not available");
        assertThat(Fhir.list(bundle, "1103671000000101")).isEmpty();
        OperationOutcome warning = Fhir.all(bundle, OperationOutcome.class).get(0);
        assertThat(warning.getIssueFirstRep().getSeverity()).isEqualTo(OperationOutcome.IssueSeverity.WARNING);
        assertThat(warning.getIssueFirstRep().getDetails().getCodingFirstRep().getCode()).isEqualTo("NOT_IMPLEMENTED");
        assertThat(warning.getIssueFirstRep().getDetails().getText()).isEqualTo("includeReferrals has been disabled");
    }

    @Test
    void warningsPatient_listsCarryWarningCodesAndNotes(Sandbox sandbox) {
        Bundle bundle = fetch(sandbox, PRACTICE_B, Params.patient(SandboxPatients.WARNINGS.nhsNumber()).allergies(false)
                .area("includeImmunisations").area("includeInvestigations").area("includeMedication"));
        assertThat(codes(Fhir.requireList(bundle, "886921000000105"))).contains("confidential-items", "data-in-transit");
        assertThat(codes(Fhir.requireList(bundle, "887191000000108"))).contains("data-awaiting-filing", "data-in-transit");
        assertThat(codes(Fhir.requireList(bundle, "933361000000108"))).containsExactly("data-in-transit");
        ListResource immunisations = Fhir.requireList(bundle, "1102181000000102");
        assertThat(immunisations.getEntry()).isEmpty();
        assertThat(immunisations.hasEmptyReason()).isTrue();
        assertThat(codes(immunisations)).contains("confidential-items");
        assertThat(immunisations.getNoteFirstRep().getText()).contains("confidentiality").contains("may be missing");
    }

    @Test
    void warningsPatient_confidentialConsultationItemWarnsOnSecondaryList(Sandbox sandbox) {
        Bundle bundle = fetch(sandbox, PRACTICE_B, Params.patient(SandboxPatients.WARNINGS.nhsNumber()).area("includeConsultations"));
        ListResource secondary = Fhir.requireList(bundle, "consultations-uncategorised-data-contained-in-consultations");
        assertThat(codes(secondary)).containsExactly("confidential-items");
        assertThat(secondary.getEntry()).hasSize(2);
        Fhir.lists(bundle).filter(l -> l.getCode().getCodingFirstRep().getCode().equals("24781000000107"))
                .forEach(heading -> assertThat(codes(heading)).isEmpty());
    }

    @Test
    void unrecognisedParameters_areAnsweredWithWarnings(Sandbox sandbox) {
        Bundle bundle = fetch(sandbox, PRACTICE_A, Params.patient(SandboxPatients.RICH.nhsNumber())
                .area("includeProblems", "filterSignificance", Params.code("major")).area("includeFutureThing"));
        OperationOutcome outcome = Fhir.all(bundle, OperationOutcome.class).get(0);
        assertThat(outcome.getIssue()).extracting(i -> i.getDiagnostics())
                .containsExactly("includeProblems.filterSignificance", "includeFutureThing");
    }

    @Test
    void gzip_isUsedWhenAccepted(Sandbox sandbox) throws Exception {
        Gpc request = Gpc.structured(sandbox, PRACTICE_A, Params.everything(SandboxPatients.RICH.nhsNumber()).json());
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(sandbox.urls().gpConnectStructured(PRACTICE_A.ods())
                + "/Patient/$gpc.getstructuredrecord"));
        b.header("Ssp-TraceID", request.traceId()).header("Ssp-From", SandboxOrganisations.CONSUMER_A.asid())
                .header("Ssp-To", PRACTICE_A.asid()).header("Ssp-InteractionID", Gpc.STRUCTURED)
                .header("Accept", "application/fhir+json").header("Content-Type", "application/fhir+json")
                .header("Accept-Encoding", "gzip")
                .header("Authorization", "Bearer " + TestJwt.patientRead()
                        .audience(sandbox.urls().gpConnectStructured(PRACTICE_A.ods())).token())
                .POST(HttpRequest.BodyPublishers.ofString(Params.everything(SandboxPatients.RICH.nhsNumber()).json()));
        HttpResponse<byte[]> response = Gpc.CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
        String json = gunzip(response.body());
        assertThat(json.length()).isGreaterThan(response.body().length * 3);
        assertThat(Fhir.stu3Bundle(json).getIdElement().getIdPart()).isEqualTo(request.traceId());
    }

    private static String gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> codes(DomainResource list) {
        return list.getExtensionsByUrl("https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-ListWarningCode-1")
                .stream().map(e -> e.getValue().primitiveValue()).toList();
    }
}
