package dev.carerecord.sdk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Faults and the request log on the shared care record and token endpoint routes. */
@ExtendWith(SandboxExtension.class)
class ShcrFaultsTest {
    private static String token;
    private static String rich;
    private final Sandbox sandbox;

    ShcrFaultsTest(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    @BeforeAll
    static void login(Sandbox sandbox) {
        token = Shcr.token(sandbox);
        rich = Shcr.patientId(sandbox, token, SandboxPatients.RICH.nhsNumber());
    }

    @AfterEach
    void clearFaults() {
        sandbox.faults().clear();
    }

    private static void assertOutcome(HttpResponse<String> response, int status, OperationOutcome.IssueType type) {
        assertThat(response.statusCode()).isEqualTo(status);
        OperationOutcome outcome = Fhir.strictR4().parseResource(OperationOutcome.class, response.body());
        assertThat(outcome.getIssueFirstRep().getCode()).isEqualTo(type);
    }

    @Test
    void searchFault_503WithRetryAfter_thenNormal() {
        FaultRule rule = sandbox.faults().on(SandboxRoutes.SHCR_SEARCH).next(1).status(503, 4);
        HttpResponse<String> failed = Shcr.get(sandbox, "/Condition?patient=" + rich, token, "X-Request-ID", "r-1");
        assertOutcome(failed, 503, OperationOutcome.IssueType.TRANSIENT);
        assertThat(failed.headers().firstValue("Retry-After")).hasValue("4");
        assertThat(failed.headers().firstValue("X-Request-ID")).hasValue("r-1");
        assertThat(Shcr.get(sandbox, "/Condition?patient=" + rich, token).statusCode()).isEqualTo(200);
        assertThat(rule.fired()).isEqualTo(1);
    }

    @Test
    void pageFault_hitsOnlyTheSecondPage() {
        Bundle first = Shcr.bundle(Shcr.get(sandbox, "/Observation?patient=" + rich, token));
        sandbox.faults().on(SandboxRoutes.SHCR_PAGE).next(1).tooManyRequests(2);
        String next = first.getLink("next").getUrl();
        assertOutcome(Shcr.get(sandbox, next, token), 429, OperationOutcome.IssueType.THROTTLED);
        Bundle second = Shcr.bundle(Shcr.get(sandbox, next, token));
        assertThat(second.getEntry()).isNotEmpty();
    }

    @Test
    void summaryAndMetadataFaults() {
        sandbox.faults().on(SandboxRoutes.SHCR_SUMMARY).next(1).status(500);
        assertOutcome(Shcr.get(sandbox, "/Patient/" + rich + "/$summary", token), 500,
                OperationOutcome.IssueType.EXCEPTION);
        sandbox.faults().on(SandboxRoutes.SHCR_METADATA).next(1).status(502);
        assertOutcome(Shcr.get(sandbox, "/metadata", null), 502, OperationOutcome.IssueType.TRANSIENT);
        assertThat(Shcr.get(sandbox, "/metadata", null).statusCode()).isEqualTo(200);
    }

    @Test
    void groupFault_coversReads() {
        sandbox.faults().on("shcr.*").next(1).status(504);
        assertOutcome(Shcr.get(sandbox, "/Patient/" + rich, token), 504, OperationOutcome.IssueType.TRANSIENT);
    }

    @Test
    void tokenEndpointFault_isAnOAuthJsonError() {
        sandbox.faults().on(SandboxRoutes.OAUTH_TOKEN).next(1).status(503);
        HttpResponse<String> failed = Shcr.postForm(sandbox.urls().oauthToken(), Map.of("grant_type",
                "client_credentials", "client_id", SandboxOAuth.DEMO_CLIENT_ID, "client_secret",
                SandboxOAuth.DEMO_CLIENT_SECRET));
        assertThat(failed.statusCode()).isEqualTo(503);
        assertThat(Shcr.json(failed.body(), "error")).isEqualTo("temporarily_unavailable");
        assertThat(Shcr.token(sandbox)).isNotBlank();
    }

    @Test
    void requestLog_namesTheNewRoutes() {
        sandbox.requests().clear();
        Shcr.get(sandbox, "/metadata", null);
        Shcr.get(sandbox, "/Patient/" + rich, token);
        Shcr.get(sandbox, "/Patient/" + rich + "/$summary", token);
        Shcr.get(sandbox, "/Flag?patient=" + rich, token);
        Shcr.get(sandbox, "/Patient/" + rich + "/$everything", token);
        assertThat(sandbox.requests().all()).extracting(RecordedRequest::route).containsExactly(
                SandboxRoutes.SHCR_METADATA, SandboxRoutes.SHCR_READ, SandboxRoutes.SHCR_SUMMARY,
                SandboxRoutes.SHCR_SEARCH, SandboxRoutes.SHCR_OTHER);
    }
}
