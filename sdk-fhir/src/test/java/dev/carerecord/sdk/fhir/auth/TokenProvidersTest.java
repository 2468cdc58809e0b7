package dev.carerecord.sdk.fhir.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.carerecord.sdk.core.RequesterContext;
import dev.carerecord.sdk.core.exception.AccessDeniedException;
import dev.carerecord.sdk.core.exception.ErrorCode;
import dev.carerecord.sdk.core.exception.SourceUnavailableException;
import dev.carerecord.sdk.core.http.RetryOptions;
import dev.carerecord.sdk.fhir.shcr.FhirSearch;
import dev.carerecord.sdk.fhir.shcr.SharedCareRecordClient;
import dev.carerecord.sdk.fhir.testing.MutableClock;
import dev.carerecord.sdk.fhir.testing.Requesters;
import dev.carerecord.sdk.fhir.testing.TestKeys;
import dev.carerecord.sdk.sandbox.RecordedRequest;
import dev.carerecord.sdk.sandbox.Sandbox;
import dev.carerecord.sdk.sandbox.SandboxOAuth;
import dev.carerecord.sdk.sandbox.SandboxRoutes;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Both token flows against the sandbox's APIM-style token endpoint, over real HTTP; the tokens are then used on
 * the sandbox's shared care record, which refuses missing, unknown and expired tokens. One clock drives both
 * the client and the sandbox's token expiry, so expiry is tested without waiting.
 */
class TokenProvidersTest {
    private static final RequesterContext REQUESTER = Requesters.westshire("s1");
    private static final Duration LIFETIME = Duration.ofSeconds(120);

    private final MutableClock clock = new MutableClock(Instant.now());
    private Sandbox sandbox;

    @BeforeEach
    void start() {
        sandbox = Sandbox.builder().jwtClock(clock).tokenLifetime(LIFETIME).start();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private ClientCredentialsTokenProvider.Builder secretClient() {
        return ClientCredentialsTokenProvider.builder().tokenUrl(sandbox.urls().oauthToken())
                .clientId(SandboxOAuth.DEMO_CLIENT_ID).clientSecret(SandboxOAuth.DEMO_CLIENT_SECRET).clock(clock)
                .retryOptions(RetryOptions.builder().initialBackoff(Duration.ofMillis(10)).build());
    }

    private SignedJwtTokenProvider.Builder jwtClient(String clientId, String kid) {
        return SignedJwtTokenProvider.builder().tokenUrl(sandbox.urls().oauthToken()).clientId(clientId).keyId(kid)
                .clock(clock);
    }

    /** One search on the shared care record with the provider's token; fails unless the token is accepted. */
    private long useOnTheRecord(AccessTokenProvider tokens) {
        try (SharedCareRecordClient shcr = SharedCareRecordClient.builder().baseUrl(sandbox.urls().shcr())
                .accessTokenProvider(tokens).retryOptions(RetryOptions.disabled()).build()) {
            return shcr.search(REQUESTER, FhirSearch.of("Organization")).stream().count();
        }
    }

    private int tokenRequests() {
        return sandbox.requests().count(SandboxRoutes.OAUTH_TOKEN);
    }

    private static Map<String, String> form(RecordedRequest request) {
        Map<String, String> form = new HashMap<>();
        for (String pair : request.body().split("&")) {
            String[] kv = pair.split("=", 2);
            form.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return form;
    }

    private static JsonObject jwtPart(String jwt, int index) {
        String json = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[index]), StandardCharsets.UTF_8);
        return Json.createReader(new StringReader(json)).readObject();
    }

    @Test
    void clientCredentials_basic_reusedUntilRefreshTime_refreshedAfter_neverUsedPastExpiry() {
        try (ClientCredentialsTokenProvider tokens = secretClient().build()) {
            AccessToken first = tokens.getToken(REQUESTER);
            AccessToken again = tokens.getToken(REQUESTER);

            assertThat(again).isSameAs(first);
            assertThat(tokenRequests()).isEqualTo(1);
            assertThat(first.expiresAt()).as("expires_in \"120\" read as a string")
                    .isBetween(clock.instant().plus(LIFETIME).minusSeconds(1), clock.instant().plus(LIFETIME));
            assertThat(useOnTheRecord(tokens)).isPositive();
            RecordedRequest sent = sandbox.requests().last(SandboxRoutes.OAUTH_TOKEN).orElseThrow();
            assertThat(sent.header("Authorization").orElse("")).startsWith("Basic ");
            assertThat(form(sent)).containsEntry("grant_type", "client_credentials").doesNotContainKey("client_secret");

            clock.advance(Duration.ofSeconds(61));
            AccessToken refreshed = tokens.getToken(REQUESTER);
            assertThat(refreshed.value()).isNotEqualTo(first.value());
            assertThat(tokenRequests()).isEqualTo(2);

            clock.advance(LIFETIME.plusSeconds(1));
            assertThat(sandbox.oauth().isValid(refreshed.value())).as("expired at the server").isFalse();
            assertThat(useOnTheRecord(tokens)).as("a new token is fetched, the expired one never sent").isPositive();
            assertThat(tokenRequests()).isEqualTo(3);
        }
    }

    @Test
    void clientCredentials_formFields() {
        try (ClientCredentialsTokenProvider tokens = secretClient()
                .clientAuthentication(ClientCredentialsTokenProvider.ClientAuthentication.FORM).build()) {
            assertThat(useOnTheRecord(tokens)).isPositive();

            RecordedRequest sent = sandbox.requests().last(SandboxRoutes.OAUTH_TOKEN).orElseThrow();
            assertThat(sent.header("Authorization")).isEmpty();
            assertThat(form(sent)).containsEntry("client_id", SandboxOAuth.DEMO_CLIENT_ID)
                    .containsEntry("client_secret", SandboxOAuth.DEMO_CLIENT_SECRET);
            assertThat(sent.header("Content-Type").orElse("")).startsWith("application/x-www-form-urlencoded");
        }
    }

    @Test
    void clientCredentials_wrongSecret_isTypedAccessDeniedWithTheOAuthError() {
        try (ClientCredentialsTokenProvider tokens = secretClient().clientSecret("not-the-secret").build()) {
            AccessDeniedException e = catchThrowableOfType(AccessDeniedException.class,
                    () -> tokens.getToken(REQUESTER));

            assertThat(e.statusCode()).isEqualTo(401);
            assertThat(e.errorCode()).contains(ErrorCode.of("invalid_client"));
            assertThat(e.diagnostics()).contains("Client authentication failed");
            assertThat(e.getMessage()).doesNotContain("not-the-secret");
            assertThat(e.attempts()).isEqualTo(1);
        }
    }

    @Test
    void clientCredentials_transientTokenEndpointFailure_isRetried() {
        sandbox.faults().on(SandboxRoutes.OAUTH_TOKEN).next(1).status(503);
        try (ClientCredentialsTokenProvider tokens = secretClient().build()) {
            assertThat(tokens.getToken(REQUESTER).value()).isNotBlank();
            assertThat(tokenRequests()).isEqualTo(2);
        }
    }

    @Test
    void signedJwt_pkcs8Key_assertionAsApimWantsIt_tokenUsable() {
        KeyPair keys = TestKeys.newRsa();
        sandbox.oauth().registerClient("westshire-app", "westshire-8", (RSAPublicKey) keys.getPublic());
        try (SignedJwtTokenProvider tokens = jwtClient("westshire-app", "westshire-8")
                .privateKeyPem(TestKeys.pkcs8Pem(keys)).build()) {
            AccessToken token = tokens.getToken(REQUESTER);

            assertThat(sandbox.oauth().isValid(token.value())).isTrue();
            assertThat(useOnTheRecord(tokens)).isPositive();
            Map<String, String> form = form(sandbox.requests().last(SandboxRoutes.OAUTH_TOKEN).orElseThrow());
            assertThat(form).containsEntry("grant_type", "client_credentials")
                    .containsEntry("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
            String jwt = form.get("client_assertion");
            assertThat(jwtPart(jwt, 0).getString("alg")).isEqualTo("RS512");
            assertThat(jwtPart(jwt, 0).getString("kid")).isEqualTo("westshire-8");
            JsonObject claims = jwtPart(jwt, 1);
            assertThat(claims.getString("iss")).isEqualTo("westshire-app");
            assertThat(claims.getString("sub")).isEqualTo("westshire-app");
            assertThat(claims.getString("aud")).isEqualTo(sandbox.urls().oauthToken());
            long exp = claims.getJsonNumber("exp").longValueExact();
            assertThat(exp - clock.instant().getEpochSecond()).isPositive().isLessThanOrEqualTo(300);
        }
    }

    @Test
    void signedJwt_pkcs1Key_andAFreshJtiOnEveryRefresh() {
        KeyPair keys = TestKeys.newRsa();
        sandbox.oauth().registerClient("millbridge-app", "millbridge-1", (RSAPublicKey) keys.getPublic());
        try (SignedJwtTokenProvider tokens = jwtClient("millbridge-app", "millbridge-1")
                .privateKeyPem(TestKeys.pkcs1Pem(keys)).build()) {
            AccessToken first = tokens.getToken(REQUESTER);
            clock.advance(LIFETIME);
            AccessToken second = tokens.getToken(REQUESTER);

            assertThat(second.value()).isNotEqualTo(first.value());
            assertThat(sandbox.oauth().isValid(second.value())).isTrue();
            var sent = sandbox.requests().forRoute(SandboxRoutes.OAUTH_TOKEN);
            assertThat(sent).hasSize(2);
            String jti1 = jwtPart(form(sent.get(0)).get("client_assertion"), 1).getString("jti");
            String jti2 = jwtPart(form(sent.get(1)).get("client_assertion"), 1).getString("jti");
            assertThat(jti1).isNotEqualTo(jti2);
        }
    }

    @Test
    void signedJwt_sandboxDemoKey_andAPluggableSigner() {
        JwtSigner rs512 = JwtSigner.rs512(sandbox.oauth().demoPrivateKey());
        int[] signed = new int[1];
        JwtSigner counting = new JwtSigner() {
            @Override
            public String algorithm() {
                return rs512.algorithm();
            }

            @Override
            public byte[] sign(byte[] signingInput) {
                signed[0]++;
                return rs512.sign(signingInput);
            }
        };
        try (SignedJwtTokenProvider tokens = jwtClient(SandboxOAuth.DEMO_JWT_CLIENT_ID, SandboxOAuth.DEMO_KID)
                .signer(counting).build()) {
            assertThat(useOnTheRecord(tokens)).isPositive();
            assertThat(signed[0]).isEqualTo(1);
        }
    }

    @Test
    void signedJwt_refusals_areTypedWithApimsErrorDescription() {
        KeyPair registered = TestKeys.newRsa();
        sandbox.oauth().registerClient("westshire-app", "westshire-8", (RSAPublicKey) registered.getPublic());

        try (SignedJwtTokenProvider unknownKid = jwtClient("westshire-app", "no-such-kid")
                .privateKey(registered.getPrivate()).build()) {
            AccessDeniedException e = catchThrowableOfType(AccessDeniedException.class,
                    () -> unknownKid.getToken(REQUESTER));
            assertThat(e.statusCode()).isEqualTo(401);
            assertThat(e.errorCode()).contains(ErrorCode.of("invalid_request"));
            assertThat(e.diagnostics()).contains("Invalid 'kid' header in client_assertion JWT - no matching public key");
        }
        try (SignedJwtTokenProvider wrongKey = jwtClient("westshire-app", "westshire-8")
                .privateKey(TestKeys.rsa().getPrivate()).build()) {
            AccessDeniedException e = catchThrowableOfType(AccessDeniedException.class,
                    () -> wrongKey.getToken(REQUESTER));
            assertThat(e.diagnostics()).contains("JWT signature verification failed");
        }
        try (SignedJwtTokenProvider unknownClient = jwtClient("nobody", "westshire-8")
                .privateKey(registered.getPrivate()).build()) {
            AccessDeniedException e = catchThrowableOfType(AccessDeniedException.class,
                    () -> unknownClient.getToken(REQUESTER));
            assertThat(e.statusCode()).isEqualTo(401);
        }
        try (SignedJwtTokenProvider secretOnly = jwtClient(SandboxOAuth.DEMO_CLIENT_ID, "k")
                .privateKey(registered.getPrivate()).build()) {
            AccessDeniedException e = catchThrowableOfType(AccessDeniedException.class,
                    () -> secretOnly.getToken(REQUESTER));
            assertThat(e.statusCode()).isEqualTo(403);
            assertThat(e.diagnostics().orElse("")).contains("register a public key");
        }
    }

    @Test
    void signedJwt_tokenEndpointDown_notRetried_nextCallSucceedsWithANewAssertion() {
        sandbox.faults().on(SandboxRoutes.OAUTH_TOKEN).next(1).status(503);
        try (SignedJwtTokenProvider tokens = jwtClient(SandboxOAuth.DEMO_JWT_CLIENT_ID, SandboxOAuth.DEMO_KID)
                .privateKey(sandbox.oauth().demoPrivateKey()).build()) {
            SourceUnavailableException e = catchThrowableOfType(SourceUnavailableException.class,
                    () -> tokens.getToken(REQUESTER));
            assertThat(e.attempts()).isEqualTo(1);

            assertThat(tokens.getToken(REQUESTER).value()).isNotBlank();
            assertThat(tokenRequests()).isEqualTo(2);
        }
    }

    @Test
    void shcrRefusesRequestsWithoutAToken() {
        try (SharedCareRecordClient open = SharedCareRecordClient.builder().baseUrl(sandbox.urls().shcr())
                .retryOptions(RetryOptions.disabled()).build()) {
            AccessDeniedException e = catchThrowableOfType(AccessDeniedException.class,
                    () -> open.search(REQUESTER, FhirSearch.of("Organization")).stream().count());
            assertThat(e.statusCode()).isEqualTo(401);
        }
    }
}
