package dev.carerecord.sdk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Bearer-token protection of the shared care record, with a clock the test moves to expire tokens. */
class ShcrAuthTest {
    private static final SettableClock CLOCK = new SettableClock(Instant.now());
    private static Sandbox sandbox;
    private static String patientQuery;

    @BeforeAll
    static void start() {
        sandbox = Sandbox.builder().jwtClock(CLOCK).tokenLifetime(Duration.ofSeconds(60)).start();
        patientQuery = "/Patient?" + Shcr.nhsIdentifier(SandboxPatients.RICH.nhsNumber());
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private static void assertUnauthorised(HttpResponse<String> response, boolean invalidToken) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
        OperationOutcome outcome = Fhir.strictR4().parseResource(OperationOutcome.class, response.body());
        assertThat(outcome.getIssueFirstRep().getCode()).isEqualTo(OperationOutcome.IssueType.LOGIN);
        String challenge = response.headers().firstValue("WWW-Authenticate").orElseThrow();
        assertThat(challenge).startsWith("Bearer realm=");
        assertThat(challenge.contains("error=\"invalid_token\"")).isEqualTo(invalidToken);
    }

    @Test
    void missingOrMalformedAuthorization_is401() {
        assertUnauthorised(Shcr.get(sandbox, patientQuery, null), false);
        assertUnauthorised(Http.get(sandbox.urls().shcr() + patientQuery, "Authorization", "Basic abc"), false);
        assertUnauthorised(Shcr.get(sandbox, "/Patient/$summary?" + Shcr.nhsIdentifier("9990000018"), null), false);
    }

    @Test
    void unknownToken_is401InvalidToken() {
        assertUnauthorised(Shcr.get(sandbox, patientQuery, "not-a-token-this-sandbox-issued"), true);
    }

    @Test
    void expiredToken_is401_andANewOneWorks() {
        String token = Shcr.token(sandbox);
        assertThat(Shcr.get(sandbox, patientQuery, token).statusCode()).isEqualTo(200);
        CLOCK.advance(Duration.ofSeconds(61));
        assertUnauthorised(Shcr.get(sandbox, patientQuery, token), true);
        assertThat(sandbox.oauth().isValid(token)).isFalse();
        HttpResponse<String> fresh = Shcr.postForm(sandbox.urls().oauthToken(), java.util.Map.of("grant_type",
                "client_credentials", "client_id", SandboxOAuth.DEMO_CLIENT_ID, "client_secret",
                SandboxOAuth.DEMO_CLIENT_SECRET));
        assertThat(Shcr.json(fresh.body(), "expires_in")).isEqualTo("60");
        assertThat(Shcr.get(sandbox, patientQuery, Shcr.json(fresh.body(), "access_token")).statusCode()).isEqualTo(200);
    }

    @Test
    void revokedTokens_are401() {
        String token = sandbox.oauth().issueToken(SandboxOAuth.DEMO_CLIENT_ID);
        assertThat(Shcr.get(sandbox, patientQuery, token).statusCode()).isEqualTo(200);
        sandbox.oauth().revokeAll();
        assertUnauthorised(Shcr.get(sandbox, patientQuery, token), true);
    }

    @Test
    void capabilityStatementAndSmartConfiguration_areOpen() {
        HttpResponse<String> metadata = Shcr.get(sandbox, "/metadata", null);
        assertThat(metadata.statusCode()).isEqualTo(200);
        HttpResponse<String> smart = Shcr.get(sandbox, "/.well-known/smart-configuration", null);
        assertThat(smart.statusCode()).isEqualTo(200);
        assertThat(Shcr.json(smart.body(), "token_endpoint")).isEqualTo(sandbox.urls().oauthToken());
    }

    @Test
    void requestAndCorrelationIds_areEchoed_evenOn401() {
        HttpResponse<String> ok = Shcr.get(sandbox, patientQuery, Shcr.token(sandbox), "X-Request-ID", "req-1",
                "X-Correlation-ID", "corr-1");
        assertThat(ok.headers().firstValue("X-Request-ID")).hasValue("req-1");
        assertThat(ok.headers().firstValue("X-Correlation-ID")).hasValue("corr-1");
        HttpResponse<String> refused = Shcr.get(sandbox, patientQuery, null, "X-Request-ID", "req-2");
        assertThat(refused.headers().firstValue("X-Request-ID")).hasValue("req-2");
    }

    @Test
    void pagingLinks_expire_with410() {
        String token = Shcr.token(sandbox);
        String id = Shcr.patientId(sandbox, token, SandboxPatients.RICH.nhsNumber());
        String next = Shcr.bundle(Shcr.get(sandbox, "/Observation?patient=" + id, token)).getLink("next").getUrl();
        assertThat(Shcr.get(sandbox, next, token).statusCode()).isEqualTo(200);
        CLOCK.advance(Duration.ofMinutes(16));
        String fresh = Shcr.token(sandbox);
        HttpResponse<String> gone = Shcr.get(sandbox, next, fresh);
        assertThat(gone.statusCode()).as(gone.body()).isEqualTo(410);
        Fhir.strictR4().parseResource(OperationOutcome.class, gone.body());
    }
}
