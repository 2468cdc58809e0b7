package dev.carerecord.sdk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every shared care record response for every patient parses with HAPI's strict R4 parser, and the
 * CapabilityStatement declares exactly what the server honours (run at scale 4 so one search exceeds 50).
 */
@ExtendWith(SandboxExtension.class)
@SandboxConfig(scale = 4)
class ShcrConformanceTest {
    private static final List<String> COMPARTMENT = List.of("AllergyIntolerance", "Condition", "MedicationStatement",
            "MedicationRequest", "Immunization", "Observation", "DiagnosticReport", "Procedure", "Encounter",
            "DocumentReference", "CarePlan", "Flag", "RelatedPerson", "Consent", "DeviceUseStatement");
    private static String token;

    @BeforeAll
    static void login(Sandbox sandbox) {
        token = Shcr.token(sandbox);
    }

    private static CapabilityStatement metadata(Sandbox sandbox) {
        HttpResponse<String> response = Shcr.get(sandbox, "/metadata", null);
        assertThat(response.statusCode()).isEqualTo(200);
        return Fhir.strictR4().parseResource(CapabilityStatement.class, response.body());
    }

    @Test
    void everyResponseForEveryPatient_parsesStrictly(Sandbox sandbox) {
        Set<String> read = new HashSet<>();
        for (TestPatient patient : SandboxPatients.all()) {
            Bundle found = Shcr.bundle(Shcr.get(sandbox, "/Patient?" + Shcr.nhsIdentifier(patient.nhsNumber()), token));
            if (found.getEntry().isEmpty()) {
                continue;
            }
            String id = found.getEntryFirstRep().getResource().getIdElement().getIdPart();
            for (String type : COMPARTMENT) {
                for (Resource r : Shcr.matches(Shcr.pages(sandbox, "/" + type + "?patient=" + id, token))) {
                    assertThat(r.fhirType()).isEqualTo(type);
                    String key = type + "/" + r.getIdElement().getIdPart();
                    if (read.add(key)) {
                        HttpResponse<String> one = Shcr.get(sandbox, "/" + key, token);
                        assertThat(one.statusCode()).as(key).isEqualTo(200);
                        Fhir.strictR4().parseResource(one.body());
                    }
                }
            }
            HttpResponse<String> summary = Shcr.get(sandbox, "/Patient/" + id + "/$summary", token);
            assertThat(summary.statusCode()).isEqualTo(200);
            Fhir.r4Bundle(summary.body());
        }
        assertThat(read).hasSizeGreaterThan(150);
        for (String type : List.of("Organization", "Practitioner", "PractitionerRole", "Medication", "Device")) {
            assertThat(Shcr.all(sandbox, type, "", token)).as(type).isNotEmpty();
        }
    }

    @Test
    void capabilityStatement_declaresTypesSearchesIncludesAndOnlySummary(Sandbox sandbox) {
        CapabilityStatement cs = metadata(sandbox);
        assertThat(cs.getFhirVersion()).isEqualTo(Enumerations.FHIRVersion._4_0_1);
        assertThat(cs.getFormat()).anyMatch(f -> f.getValue().equals("application/fhir+json"));
        CapabilityStatement.CapabilityStatementRestComponent rest = cs.getRestFirstRep();
        assertThat(rest.getMode()).isEqualTo(CapabilityStatement.RestfulCapabilityMode.SERVER);
        assertThat(rest.getSecurity().getServiceFirstRep().getCodingFirstRep().getCode()).isEqualTo("SMART-on-FHIR");
        Extension uris = rest.getSecurity().getExtensionByUrl(
                "http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris");
        assertThat(uris.getExtensionByUrl("token").getValue().primitiveValue()).isEqualTo(sandbox.urls().oauthToken());
        for (String type : COMPARTMENT) {
            CapabilityStatementRestResourceComponent r = resource(cs, type);
            assertThat(r.getInteraction()).extracting(i -> i.getCode().toCode()).contains("read", "search-type");
            assertThat(r.getSearchParam()).extracting(p -> p.getName()).contains("patient", "_id");
        }
        assertThat(resource(cs, "Observation").getSearchParam()).extracting(p -> p.getName())
                .contains("category", "code", "date", "subject");
        List<String> includes = rest.getResource().stream().flatMap(r -> r.getSearchInclude().stream())
                .map(s -> s.getValue()).toList();
        assertThat(includes).contains("MedicationRequest:medication", "MedicationStatement:medication",
                "AllergyIntolerance:recorder", "Condition:asserter", "Observation:performer", "DiagnosticReport:result");
        CapabilityStatementRestResourceComponent patient = resource(cs, "Patient");
        assertThat(patient.getOperation()).extracting(o -> o.getName()).containsExactly("summary");
        assertThat(patient.getOperationFirstRep().getDefinition())
                .isEqualTo("http://hl7.org/fhir/uv/ips/OperationDefinition/summary");
        assertThat(rest.getOperation()).isEmpty();
        assertThat(rest.getResource()).allMatch(r -> r.getOperation().stream()
                .noneMatch(o -> o.getName().equals("everything")));
    }

    @Test
    void everyDeclaredSearchParameterAndInclude_isAcceptedUnderStrictHandling(Sandbox sandbox) {
        CapabilityStatement cs = metadata(sandbox);
        for (CapabilityStatementRestResourceComponent r : cs.getRestFirstRep().getResource()) {
            boolean searchable = r.getInteraction().stream().anyMatch(i -> i.getCode().toCode().equals("search-type"));
            if (!searchable) {
                continue;
            }
            for (CapabilityStatement.CapabilityStatementRestResourceSearchParamComponent p : r.getSearchParam()) {
                String value = switch (p.getType()) {
                    case DATE -> "ge2000-01-01";
                    case REFERENCE -> "Patient/none";
                    default -> "x";
                };
                HttpResponse<String> response = Shcr.get(sandbox, "/" + r.getType() + "?" + p.getName() + "="
                        + value, token, "Prefer", "handling=strict");
                assertThat(response.statusCode()).as(r.getType() + "?" + p.getName() + " " + response.body())
                        .isEqualTo(200);
            }
            for (var include : r.getSearchInclude()) {
                HttpResponse<String> response = Shcr.get(sandbox, "/" + r.getType() + "?_include=" + include.getValue(),
                        token, "Prefer", "handling=strict");
                assertThat(response.statusCode()).as(include.getValue() + " " + response.body()).isEqualTo(200);
            }
        }
        HttpResponse<String> undeclared = Shcr.get(sandbox, "/Observation?_include=Observation:nope", token,
                "Prefer", "handling=strict");
        assertThat(undeclared.statusCode()).isEqualTo(400);
    }

    @Test
    void countIsCappedAt50_andLargeResultsPage(Sandbox sandbox) {
        String id = Shcr.patientId(sandbox, token, SandboxPatients.RICH.nhsNumber());
        Bundle first = Shcr.bundle(Shcr.get(sandbox, "/Observation?patient=" + id + "&_count=500", token));
        assertThat(first.getTotal()).isGreaterThan(50);
        assertThat(first.getEntry()).hasSize(50);
        assertThat(first.getLink("next")).isNotNull();
        List<Resource> all = Shcr.matches(Shcr.pages(sandbox, "/Observation?patient=" + id + "&_count=500", token));
        assertThat(all).hasSize(first.getTotal());
        assertThat(all.stream().map(r -> r.getIdElement().getIdPart()).distinct().count()).isEqualTo(all.size());
    }

    private static CapabilityStatementRestResourceComponent resource(CapabilityStatement cs, String type) {
        return cs.getRestFirstRep().getResource().stream().filter(r -> r.getType().equals(type)).findFirst()
                .orElseThrow(() -> new AssertionError("No " + type + " in the CapabilityStatement"));
    }
}
