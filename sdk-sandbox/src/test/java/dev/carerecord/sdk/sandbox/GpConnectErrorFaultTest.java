package dev.carerecord.sdk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.hl7.fhir.dstu3.model.Coding;
import org.hl7.fhir.dstu3.model.OperationOutcome;
import org.hl7.fhir.dstu3.model.OperationOutcome.OperationOutcomeIssueComponent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Named GP Connect errors served by a fault: the spec's OperationOutcome shape, over real sockets. */
@ExtendWith(SandboxExtension.class)
class GpConnectErrorFaultTest {
    private static final String SPINE_CODES = "https://fhir.nhs.uk/STU3/CodeSystem/Spine-ErrorOrWarningCode-1";

    private final Sandbox sandbox;

    GpConnectErrorFaultTest(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    @AfterEach
    void clearFaults() {
        sandbox.faults().clear();
    }

    private HttpResponse<String> structured() {
        String body = Params.patient(SandboxPatients.RICH.nhsNumber()).allergies(false).json();
        return Gpc.structured(sandbox, SandboxOrganisations.PRACTICE_A, body).send();
    }

    @Test
    void accessDenied_isA403_withTheSpacedSpineCode_thenServedNormally() {
        FaultRule rule = sandbox.faults().on(SandboxRoutes.GPC_STRUCTURED).next(1)
                .gpConnectError(GpConnectError.ACCESS_DENIED);
        assertThat(rule.kind()).isEqualTo(FaultKind.GPCONNECT_ERROR);
        assertThat(rule.status()).isEqualTo(403);

        HttpResponse<String> refused = structured();

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Cache-Control")).hasValue("no-store");
        OperationOutcome outcome = Fhir.strictStu3().parseResource(OperationOutcome.class, refused.body());
        assertThat(outcome.getMeta().getProfile()).extracting(p -> p.getValue())
                .containsExactly("https://fhir.nhs.uk/STU3/StructureDefinition/GPConnect-OperationOutcome-1");
        OperationOutcomeIssueComponent issue = outcome.getIssueFirstRep();
        assertThat(issue.getSeverity()).isEqualTo(OperationOutcome.IssueSeverity.ERROR);
        assertThat(issue.getCode()).isEqualTo(OperationOutcome.IssueType.FORBIDDEN);
        Coding coding = issue.getDetails().getCodingFirstRep();
        assertThat(coding.getSystem()).isEqualTo(SPINE_CODES);
        assertThat(coding.getCode()).isEqualTo("ACCESS DENIED");
        assertThat(coding.getDisplay()).isEqualTo("Access denied");
        assertThat(issue.getDiagnostics()).isNotBlank().doesNotContain(SandboxPatients.RICH.nhsNumber());

        assertThat(structured().statusCode()).isEqualTo(200);
        assertThat(rule.fired()).isEqualTo(1);
    }

    @Test
    void noRelationship_isA403_forbidden() {
        sandbox.faults().on("gpconnect.*").gpConnectError(GpConnectError.NO_RELATIONSHIP);
        HttpResponse<String> refused = structured();
        assertThat(refused.statusCode()).isEqualTo(403);
        OperationOutcome outcome = Fhir.strictStu3().parseResource(OperationOutcome.class, refused.body());
        assertThat(outcome.getIssueFirstRep().getCode()).isEqualTo(OperationOutcome.IssueType.FORBIDDEN);
        Coding coding = outcome.getIssueFirstRep().getDetails().getCodingFirstRep();
        assertThat(coding.getSystem()).isEqualTo(SPINE_CODES);
        assertThat(coding.getCode()).isEqualTo("NO_RELATIONSHIP");
        assertThat(coding.getDisplay()).isEqualTo("No legitimate relationship exists with this patient");
    }

    @Test
    void onAnotherApisRoute_thatApisOwnErrorForTheStatus() {
        sandbox.faults().on(SandboxRoutes.PDS_READ).next(1).gpConnectError(GpConnectError.ACCESS_DENIED);
        HttpResponse<String> pds = Http.get(sandbox.urls().pds() + "/Patient/" + SandboxPatients.RICH.nhsNumber(),
                "X-Request-ID", UUID.randomUUID().toString());
        assertThat(pds.statusCode()).isEqualTo(403);
        assertThat(pds.body()).doesNotContain("ACCESS DENIED");
    }

    @Test
    void adminEndpoint_takesTheNameOrTheSpineCode() throws Exception {
        HttpResponse<String> created = postFault("{\"route\":\"gpconnect.structured\",\"kind\":\"gpconnect_error\","
                + "\"error\":\"ACCESS DENIED\",\"count\":1}");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.body()).contains("\"kind\":\"gpconnect_error\"").contains("\"error\":\"ACCESS DENIED\"");
        assertThat(Fhir.spineCode(structured().body())).isEqualTo("ACCESS DENIED");

        assertThat(postFault("{\"route\":\"gpconnect.structured\",\"kind\":\"gpconnect_error\","
                + "\"error\":\"NO_RELATIONSHIP\",\"count\":1}").statusCode()).isEqualTo(201);
        assertThat(Fhir.spineCode(structured().body())).isEqualTo("NO_RELATIONSHIP");

        assertThat(postFault("{\"route\":\"gpconnect.structured\",\"kind\":\"gpconnect_error\"}").statusCode())
                .isEqualTo(400);
        assertThat(postFault("{\"route\":\"gpconnect.structured\",\"kind\":\"gpconnect_error\",\"error\":\"NOPE\"}")
                .statusCode()).isEqualTo(400);
        assertThat(sandbox.faults().active()).isEmpty();
    }

    @Test
    void parse_acceptsNamesAndSpineCodes_andRefusesOthers() {
        assertThat(GpConnectError.parse("ACCESS_DENIED")).isEqualTo(GpConnectError.ACCESS_DENIED);
        assertThat(GpConnectError.parse("ACCESS DENIED")).isEqualTo(GpConnectError.ACCESS_DENIED);
        assertThat(GpConnectError.parse("NO_RELATIONSHIP")).isEqualTo(GpConnectError.NO_RELATIONSHIP);
        assertThatThrownBy(() -> GpConnectError.parse("PATIENT_NOT_FOUND"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> sandbox.faults().on(SandboxRoutes.GPC_STRUCTURED).gpConnectError(null))
                .isInstanceOf(NullPointerException.class);
    }

    private HttpResponse<String> postFault(String json) throws Exception {
        return Gpc.CLIENT.send(HttpRequest.newBuilder(URI.create(sandbox.urls().admin() + "/faults"))
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
