package dev.carerecord.sdk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Shared care record reads and searches: identifiers, paging, _count, _include, filters, errors. */
@ExtendWith(SandboxExtension.class)
class ShcrSearchTest {
    private static String token;
    private static String rich;

    @BeforeAll
    static void login(Sandbox sandbox) {
        token = Shcr.token(sandbox);
        rich = Shcr.patientId(sandbox, token, SandboxPatients.RICH.nhsNumber());
    }

    @Test
    void patientSearch_byNhsNumber_encodedPipe_andRead(Sandbox sandbox) {
        Bundle found = Shcr.bundle(Shcr.get(sandbox, "/Patient?" + Shcr.nhsIdentifier(SandboxPatients.RICH.nhsNumber()),
                token));
        assertThat(found.getType()).isEqualTo(Bundle.BundleType.SEARCHSET);
        assertThat(found.getTotal()).isEqualTo(1);
        Bundle.BundleEntryComponent entry = found.getEntryFirstRep();
        assertThat(entry.getSearch().getMode()).isEqualTo(Bundle.SearchEntryMode.MATCH);
        Patient patient = (Patient) entry.getResource();
        assertThat(patient.getIdElement().getIdPart()).isNotEqualTo(SandboxPatients.RICH.nhsNumber());
        assertThat(entry.getFullUrl()).isEqualTo(sandbox.urls().shcr() + "/Patient/" + rich);
        assertThat(patient.getIdentifierFirstRep().getSystem()).isEqualTo(Shcr.NHS);
        assertThat(found.getLink("self").getUrl()).startsWith(sandbox.urls().shcr() + "/Patient?identifier=");

        HttpResponse<String> read = Shcr.get(sandbox, "/Patient/" + rich, token);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.headers().firstValue("ETag")).hasValue("W/\"1\"");
        Patient again = Fhir.strictR4().parseResource(Patient.class, read.body());
        assertThat(again.getNameFirstRep().getFamily()).isEqualTo("Fernsby");
        assertThat(Shcr.bundle(Shcr.get(sandbox, "/Patient?identifier=" + SandboxPatients.RICH.nhsNumber(), token))
                .getTotal()).isEqualTo(1);
    }

    @Test
    void rawPipe_isRefusedByTheJdkServerBeforeTheSandbox(Sandbox sandbox) throws java.io.IOException {
        sandbox.requests().clear();
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", sandbox.urls().port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET /shcr/FHIR/R4/Patient?identifier=" + Shcr.NHS + "|"
                    + SandboxPatients.RICH.nhsNumber() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                    + token + "\r\nConnection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String status = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    java.nio.charset.StandardCharsets.US_ASCII)).readLine();
            assertThat(status).isEqualTo("HTTP/1.1 400 Bad Request");
        }
        assertThat(sandbox.requests().all()).isEmpty();
    }

    @Test
    void unknownIds_are404OperationOutcomes_unknownPatientsSearchesAreEmpty(Sandbox sandbox) {
        HttpResponse<String> missing = Shcr.get(sandbox, "/Patient/no-such-patient", token);
        assertThat(missing.statusCode()).isEqualTo(404);
        OperationOutcome outcome = Fhir.strictR4().parseResource(OperationOutcome.class, missing.body());
        assertThat(outcome.getIssueFirstRep().getCode()).isEqualTo(OperationOutcome.IssueType.NOTFOUND);
        assertThat(Shcr.get(sandbox, "/Observation/no-such-observation", token).statusCode()).isEqualTo(404);
        assertThat(Shcr.get(sandbox, "/Basic/x", token).statusCode()).isEqualTo(404);
        for (String nhs : List.of(SandboxPatients.UNKNOWN.nhsNumber(), SandboxPatients.SUPERSEDED.nhsNumber())) {
            Bundle none = Shcr.bundle(Shcr.get(sandbox, "/Patient?" + Shcr.nhsIdentifier(nhs), token));
            assertThat(none.getTotal()).isZero();
            assertThat(none.getEntry()).isEmpty();
        }
        Bundle noObservations = Shcr.bundle(Shcr.get(sandbox, "/Observation?patient=no-such-patient", token));
        assertThat(noObservations.getTotal()).isZero();
        assertThat(noObservations.getEntry()).isEmpty();
    }

    @Test
    void richObservations_takeSeveralPages_andNextYieldsEachExactlyOnce(Sandbox sandbox) {
        List<Bundle> pages = Shcr.pages(sandbox, "/Observation?patient=" + rich, token);
        int total = pages.get(0).getTotal();
        assertThat(total).isGreaterThan(12);
        assertThat(pages).hasSize((total + 4) / 5);
        List<Resource> all = Shcr.matches(pages);
        assertThat(all).hasSize(total);
        Set<String> ids = new HashSet<>();
        all.forEach(r -> assertThat(ids.add(r.getIdElement().getIdPart())).as("duplicate " + r.getId()).isTrue());
        for (Bundle page : pages) {
            assertThat(page.getEntry()).hasSizeLessThanOrEqualTo(5);
            assertThat(page.getTotal()).isEqualTo(total);
            page.getEntry().forEach(e -> assertThat(e.getFullUrl()).startsWith(sandbox.urls().shcr() + "/Observation/"));
        }
        assertThat(pages.get(1).getLink("previous")).isNotNull();
        assertThat(pages.get(1).getLink("next").getUrl()).contains("_getpages=");
        Bundle wide = Shcr.bundle(Shcr.get(sandbox, "/Observation?patient=" + rich + "&_count=50", token));
        assertThat(wide.getEntry()).hasSize(total);
        assertThat(wide.getLink("next")).isNull();
        Set<String> wideIds = new HashSet<>();
        wide.getEntry().forEach(e -> wideIds.add(e.getResource().getIdElement().getIdPart()));
        assertThat(wideIds).isEqualTo(ids);
    }

    @Test
    void count_isHonouredAndCapped(Sandbox sandbox) {
        Bundle seven = Shcr.bundle(Shcr.get(sandbox, "/Observation?patient=" + rich + "&_count=7", token));
        assertThat(seven.getEntry()).hasSize(7);
        assertThat(seven.getLink("next").getUrl()).contains("_count=7");
        assertThat(seven.getLink("self").getUrl()).contains("_count=7");
        Bundle capped = Shcr.bundle(Shcr.get(sandbox, "/Observation?_count=500", token));
        assertThat(capped.getLink("self").getUrl()).endsWith("_count=50");
        assertThat(capped.getEntry()).hasSize(Math.min(50, capped.getTotal()));
        Bundle countOnly = Shcr.bundle(Shcr.get(sandbox, "/Observation?patient=" + rich + "&_summary=count", token));
        assertThat(countOnly.getEntry()).isEmpty();
        assertThat(countOnly.getTotal()).isEqualTo(seven.getTotal());
        assertThat(Shcr.get(sandbox, "/Observation?_count=lots", token).statusCode()).isEqualTo(400);
    }

    @Test
    void include_bringsTheMedication_once(Sandbox sandbox) {
        Bundle page = Shcr.bundle(Shcr.get(sandbox, "/MedicationRequest?patient=" + rich
                + "&_include=MedicationRequest:medication&_count=50", token));
        List<MedicationRequest> requests = Fhir.r4All(page, MedicationRequest.class);
        List<Medication> medications = Fhir.r4All(page, Medication.class);
        assertThat(requests).hasSizeGreaterThanOrEqualTo(6);
        assertThat(medications).hasSize(requests.size());
        page.getEntry().stream().filter(e -> e.getResource() instanceof Medication)
                .forEach(e -> assertThat(e.getSearch().getMode()).isEqualTo(Bundle.SearchEntryMode.INCLUDE));
        for (MedicationRequest r : requests) {
            assertThat(page.getEntry()).anyMatch(e -> e.getFullUrl().endsWith(r.getMedicationReference().getReference()));
        }
        assertThat(page.getLink("self").getUrl()).contains("_include=MedicationRequest:medication");
        Bundle withRoles = Shcr.bundle(Shcr.get(sandbox, "/AllergyIntolerance?patient=" + rich
                + "&_include=AllergyIntolerance:recorder&_include:iterate=PractitionerRole:practitioner", token));
        assertThat(withRoles.getEntry()).anyMatch(e -> e.getResource().fhirType().equals("PractitionerRole"));
        assertThat(withRoles.getEntry()).anyMatch(e -> e.getResource().fhirType().equals("Practitioner"));
        Bundle statements = Shcr.bundle(Shcr.get(sandbox, "/MedicationStatement?patient=" + rich
                + "&_include=MedicationStatement:medication", token));
        assertThat(Fhir.r4All(statements, Medication.class)).isNotEmpty();
    }

    @Test
    void categoryCodeAndDateFilters(Sandbox sandbox) {
        List<Resource> labs = Shcr.all(sandbox, "Observation", "patient=" + rich + "&category=laboratory", token);
        List<Resource> vitals = Shcr.all(sandbox, "Observation", "patient=" + rich
                + "&category=http://terminology.hl7.org/CodeSystem/observation-category%7Cvital-signs", token);
        List<Resource> social = Shcr.all(sandbox, "Observation", "patient=" + rich + "&category=social-history", token);
        List<Resource> all = Shcr.all(sandbox, "Observation", "patient=" + rich, token);
        assertThat(labs).isNotEmpty().allMatch(r -> category((Observation) r).equals("laboratory"));
        assertThat(vitals).isNotEmpty().allMatch(r -> category((Observation) r).equals("vital-signs"));
        assertThat(social).isNotEmpty();
        assertThat(labs.size() + vitals.size() + social.size()).isEqualTo(all.size());
        List<Resource> either = Shcr.all(sandbox, "Observation", "patient=" + rich
                + "&category=laboratory,social-history", token);
        assertThat(either).hasSize(labs.size() + social.size());
        List<Resource> temperatures = Shcr.all(sandbox, "Observation", "patient=" + rich
                + "&code=http://loinc.org%7C8310-5", token);
        assertThat(temperatures).hasSize(6);
        String today = sandbox.clock().instant().atZone(java.time.ZoneId.of("Europe/London")).toLocalDate().toString();
        List<Resource> recent = Shcr.all(sandbox, "Observation", "patient=" + rich + "&date=ge"
                + java.time.LocalDate.parse(today).minusDays(20), token);
        assertThat(recent).isNotEmpty().hasSizeLessThan(all.size());
        List<Resource> active = Shcr.all(sandbox, "Condition", "patient=" + rich + "&clinical-status=active", token);
        List<Resource> conditions = Shcr.all(sandbox, "Condition", "subject=Patient/" + rich, token);
        assertThat(conditions).hasSizeGreaterThan(6);
        assertThat(active).isNotEmpty().hasSizeLessThan(conditions.size());
        assertThat(Shcr.all(sandbox, "Condition", "patient:Patient=" + rich, token)).hasSize(conditions.size());
        assertThat(Shcr.get(sandbox, "/Observation?date=yesterday", token).statusCode()).isEqualTo(400);
    }

    private static String category(Observation o) {
        return o.getCategoryFirstRep().getCodingFirstRep().getCode();
    }

    @Test
    void unknownParameters_ignoredUnlessStrict(Sandbox sandbox) {
        Bundle lenient = Shcr.bundle(Shcr.get(sandbox, "/Condition?patient=" + rich + "&colour=blue", token));
        assertThat(lenient.getTotal()).isGreaterThan(6);
        assertThat(lenient.getLink("self").getUrl()).doesNotContain("colour");
        HttpResponse<String> strict = Shcr.get(sandbox, "/Condition?patient=" + rich + "&colour=blue", token,
                "Prefer", "handling=strict");
        assertThat(strict.statusCode()).isEqualTo(400);
        assertThat(Fhir.strictR4().parseResource(OperationOutcome.class, strict.body()).getIssueFirstRep()
                .getDiagnostics()).contains("colour");
        assertThat(Shcr.get(sandbox, "/Condition?code:not=x", token).statusCode()).isEqualTo(400);
    }

    @Test
    void postSearch_matchesGet(Sandbox sandbox) {
        HttpResponse<String> post = Shcr.postForm(sandbox.urls().shcr() + "/Condition/_search",
                Map.of("patient", rich, "_count", "50"), "Authorization", "Bearer " + token);
        assertThat(Shcr.bundle(post).getTotal())
                .isEqualTo(Shcr.bundle(Shcr.get(sandbox, "/Condition?patient=" + rich, token)).getTotal());
    }

    @Test
    void everyPatientCompartmentType_isSearchable(Sandbox sandbox) {
        for (String type : List.of("AllergyIntolerance", "Condition", "MedicationStatement", "MedicationRequest",
                "Immunization", "Observation", "DiagnosticReport", "Procedure", "Encounter", "DocumentReference",
                "CarePlan", "Flag", "RelatedPerson", "Consent", "DeviceUseStatement")) {
            assertThat(Shcr.all(sandbox, type, "patient=" + rich, token)).as(type).isNotEmpty();
        }
    }

    @Test
    void gpItems_keepTheirGpConnectBusinessIdentifiers(Sandbox sandbox) {
        org.hl7.fhir.dstu3.model.Bundle gp = Fhir.stu3Bundle(Gpc.structured(sandbox, SandboxOrganisations.PRACTICE_A,
                Params.everything(SandboxPatients.RICH.nhsNumber()).json()).send().body());
        org.hl7.fhir.dstu3.model.AllergyIntolerance gpPenicillin = Fhir.all(gp,
                        org.hl7.fhir.dstu3.model.AllergyIntolerance.class).stream()
                .filter(a -> "91936005".equals(a.getCode().getCodingFirstRep().getCode())).findFirst().orElseThrow();
        List<Resource> shcr = Shcr.all(sandbox, "AllergyIntolerance",
                "patient=" + rich + "&code=http://snomed.info/sct%7C91936005", token);
        assertThat(shcr).hasSize(1);
        Identifier r4 = ((AllergyIntolerance) shcr.get(0)).getIdentifierFirstRep();
        assertThat(r4.getSystem()).isEqualTo(gpPenicillin.getIdentifierFirstRep().getSystem());
        assertThat(r4.getValue()).isEqualTo(gpPenicillin.getIdentifierFirstRep().getValue());
        List<Resource> byIdentifier = Shcr.all(sandbox, "AllergyIntolerance", "identifier="
                + r4.getSystem() + "%7C" + r4.getValue(), token);
        assertThat(byIdentifier).hasSize(1);

        org.hl7.fhir.dstu3.model.MedicationStatement gpAmlodipine = Fhir.all(gp,
                        org.hl7.fhir.dstu3.model.MedicationStatement.class).stream()
                .filter(m -> m.getStatus() == org.hl7.fhir.dstu3.model.MedicationStatement.MedicationStatementStatus.ACTIVE)
                .filter(m -> ((org.hl7.fhir.dstu3.model.Medication) Fhir.resolve(gp, m.getMedicationReference()
                        .getReference())).getCode().getCodingFirstRep().getCode().equals("319283006"))
                .findFirst().orElseThrow();
        List<Resource> statements = Shcr.all(sandbox, "MedicationStatement", "identifier="
                + gpAmlodipine.getIdentifierFirstRep().getSystem() + "%7C"
                + gpAmlodipine.getIdentifierFirstRep().getValue(), token);
        assertThat(statements).hasSize(1);
        assertThat(((MedicationStatement) statements.get(0)).getSubject().getReference()).isEqualTo("Patient/" + rich);
    }

    @Test
    void unsupportedInteractions(Sandbox sandbox) {
        HttpResponse<String> everything = Shcr.get(sandbox, "/Patient/" + rich + "/$everything", token);
        assertThat(everything.statusCode()).isEqualTo(400);
        assertThat(Fhir.strictR4().parseResource(OperationOutcome.class, everything.body()).getIssueFirstRep()
                .getCode()).isEqualTo(OperationOutcome.IssueType.NOTSUPPORTED);
        HttpResponse<String> write = Shcr.post(sandbox.urls().shcr() + "/Patient", "{}", "Authorization",
                "Bearer " + token);
        assertThat(write.statusCode()).isEqualTo(405);
        assertThat(Shcr.get(sandbox, "/Patient/" + rich, token, "Accept", "application/fhir+xml").statusCode())
                .isEqualTo(406);
    }

    @Test
    void documentContent_isServedAsBinary(Sandbox sandbox) {
        List<Resource> documents = Shcr.all(sandbox, "DocumentReference", "patient=" + rich, token);
        org.hl7.fhir.r4.model.DocumentReference letter = documents.stream()
                .map(org.hl7.fhir.r4.model.DocumentReference.class::cast)
                .filter(d -> "824331000000106".equals(d.getType().getCodingFirstRep().getCode())).findFirst()
                .orElseThrow();
        String url = letter.getContentFirstRep().getAttachment().getUrl();
        HttpResponse<String> raw = Shcr.get(sandbox, "/" + url, token);
        assertThat(raw.statusCode()).isEqualTo(200);
        assertThat(raw.headers().firstValue("Content-Type")).hasValue("text/plain");
        assertThat(raw.body()).contains("pneumonia");
        assertThat(raw.body().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .hasSize(letter.getContentFirstRep().getAttachment().getSize());
    }
}
