package dev.carerecord.sdk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The token endpoint: client-secret flow, APIM signed-JWT flow, and every refusal with APIM's exact wording. */
@ExtendWith(SandboxExtension.class)
class OAuthTokenTest {
    private static final String CLIENT = "test-jwt-client";
    private static final String KID = "test-1";
    private static final String ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
    private static final KeyPair KEYS = SignedJwt.newKeyPair();
    private static final KeyPair OTHER_KEYS = SignedJwt.newKeyPair();

    @BeforeAll
    static void register(Sandbox sandbox) {
        sandbox.oauth().registerClient(CLIENT, KID, (RSAPublicKey) KEYS.getPublic());
        sandbox.oauth().registerSecretClient("secret-only-client", "s3cret");
    }

    private static SignedJwt jwt(Sandbox sandbox) {
        return SignedJwt.valid(CLIENT, KID, sandbox.urls().oauthToken(), KEYS.getPrivate());
    }

    private static HttpResponse<String> exchange(Sandbox sandbox, String assertion) {
        return Shcr.postForm(sandbox.urls().oauthToken(), Map.of("grant_type", "client_credentials",
                "client_assertion_type", ASSERTION_TYPE, "client_assertion", assertion));
    }

    private static void assertError(HttpResponse<String> response, int status, String error, String description) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/json"));
        assertThat(Shcr.json(response.body(), "error")).isEqualTo(error);
        assertThat(Shcr.json(response.body(), "error_description")).isEqualTo(description);
        assertThat(Shcr.json(response.body(), "message_id")).isNotBlank();
    }

    private static void assertTokenWorks(Sandbox sandbox, HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Map<?, ?> body = (Map<?, ?>) dev.carerecord.sdk.sandbox.http.MiniJson.parse(response.body());
        assertThat(body.keySet().stream().map(Object::toString).toList()).containsExactly("access_token", "expires_in", "token_type", "issued_at");
        assertThat(body.get("expires_in")).isEqualTo("599");
        assertThat(body.get("token_type")).isEqualTo("Bearer");
        assertThat(body.get("issued_at")).isInstanceOf(String.class);
        assertThat(Long.parseLong((String) body.get("issued_at"))).isGreaterThan(1_600_000_000_000L);
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        String token = (String) body.get("access_token");
        assertThat(sandbox.oauth().isValid(token)).isTrue();
        assertThat(Shcr.get(sandbox, "/Patient?" + Shcr.nhsIdentifier(SandboxPatients.RICH.nhsNumber()), token)
                .statusCode()).isEqualTo(200);
    }

    @Test
    void secretFlow_formFieldsAndBasic(Sandbox sandbox) {
        assertTokenWorks(sandbox, Shcr.postForm(sandbox.urls().oauthToken(), Map.of("grant_type", "client_credentials",
                "client_id", SandboxOAuth.DEMO_CLIENT_ID, "client_secret", SandboxOAuth.DEMO_CLIENT_SECRET)));
        assertTokenWorks(sandbox, Shcr.postForm(sandbox.urls().oauthToken(), Map.of("grant_type", "client_credentials"),
                "Authorization", Shcr.basic("secret-only-client", "s3cret")));
    }

    @Test
    void secretFlow_wrongSecret_isInvalidClient401(Sandbox sandbox) {
        HttpResponse<String> form = Shcr.postForm(sandbox.urls().oauthToken(), Map.of("grant_type",
                "client_credentials", "client_id", SandboxOAuth.DEMO_CLIENT_ID, "client_secret", "wrong"));
        assertError(form, 401, "invalid_client", "Client authentication failed");
        HttpResponse<String> basic = Shcr.postForm(sandbox.urls().oauthToken(), Map.of("grant_type",
                "client_credentials"), "Authorization", Shcr.basic("nobody", "x"));
        assertError(basic, 401, "invalid_client", "Client authentication failed");
        assertThat(basic.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                v -> assertThat(v).startsWith("Basic"));
    }

    @Test
    void signedJwt_success_andTheDemoKeyClient(Sandbox sandbox) {
        assertTokenWorks(sandbox, exchange(sandbox, jwt(sandbox).token()));
        String demo = SignedJwt.valid(SandboxOAuth.DEMO_JWT_CLIENT_ID, SandboxOAuth.DEMO_KID,
                sandbox.urls().oauthToken(), sandbox.oauth().demoPrivateKey()).token();
        assertTokenWorks(sandbox, exchange(sandbox, demo));
    }

    @Test
    void signedJwt_reusedJti_isRefused(Sandbox sandbox) {
        String assertion = jwt(sandbox).token();
        assertThat(exchange(sandbox, assertion).statusCode()).isEqualTo(200);
        assertError(exchange(sandbox, assertion), 400, "invalid_request",
                "Non-unique 'jti' claim in client_assertion JWT");
    }

    static Stream<Arguments> brokenAssertions() {
        return Stream.of(
                broken("wrong alg", j -> j.header("alg", "RS256"), 400,
                        "Invalid 'alg' header in client_assertion JWT - unsupported JWT algorithm - must be 'RS512'"),
                broken("missing alg", j -> j.header("alg", null), 400, "Missing 'alg' header in client_assertion JWT"),
                broken("missing kid", j -> j.header("kid", null), 400, "Missing 'kid' header in client_assertion JWT"),
                broken("wrong typ", j -> j.header("typ", "JOSE"), 400,
                        "Invalid 'typ' header in client_assertion JWT - must be 'JWT'"),
                broken("unknown kid", j -> j.header("kid", "no-such-key"), 401,
                        "Invalid 'kid' header in client_assertion JWT - no matching public key"),
                // the time is read when the JWT is made, not when the cases are listed: under load the cases
                // run seconds later, and a fixed "now + 311" then fell inside the 5 minutes and was accepted
                broken("exp too far", j -> j.claim("exp", Instant.now().getEpochSecond() + 400), 400,
                        "Invalid 'exp' claim in client_assertion JWT - more than 5 minutes in future"),
                broken("expired", j -> j.claim("exp", Instant.now().getEpochSecond() - 20), 400,
                        "Invalid 'exp' claim in client_assertion JWT - JWT has expired"),
                broken("exp not a number", j -> j.claim("exp", Long.toString(Instant.now().getEpochSecond() + 200)), 400,
                        "Invalid 'exp' claim in client_assertion JWT - must be an integer"),
                broken("missing exp", j -> j.claim("exp", null), 400, "Missing 'exp' claim in client_assertion JWT"),
                broken("iss != sub", j -> j.claim("sub", "someone-else"), 400,
                        "Missing or non-matching 'iss'/'sub' claims in client_assertion JWT"),
                broken("missing iss", j -> j.claim("iss", null), 400,
                        "Missing or non-matching 'iss'/'sub' claims in client_assertion JWT"),
                broken("unknown client", j -> j.claim("iss", "unknown").claim("sub", "unknown"), 401,
                        "Invalid 'iss'/'sub' claims in client_assertion JWT"),
                broken("missing jti", j -> j.claim("jti", null), 400, "Missing 'jti' claim in client_assertion JWT"),
                broken("jti not a string", j -> j.claim("jti", 1234567890), 400,
                        "Invalid 'jti' claim in client_assertion JWT - must be a unique string value such as a GUID"),
                broken("wrong aud", j -> j.claim("aud", j.claim("aud") + "/"), 401,
                        "Missing or invalid 'aud' claim in client_assertion JWT"),
                broken("missing aud", j -> j.claim("aud", null), 401,
                        "Missing or invalid 'aud' claim in client_assertion JWT"),
                broken("bad signature", SignedJwt::corruptSignature, 401, "JWT signature verification failed"),
                broken("signed with another key", j -> j.signedWith(OTHER_KEYS.getPrivate()), 401,
                        "JWT signature verification failed"));
    }

    private static Arguments broken(String name, UnaryOperator<SignedJwt> breakIt, int status, String description) {
        return Arguments.of(name, breakIt, status, description);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenAssertions")
    void signedJwt_eachRule_hasApimWording(String name, UnaryOperator<SignedJwt> breakIt, int status,
                                           String description, Sandbox sandbox) {
        assertError(exchange(sandbox, breakIt.apply(jwt(sandbox)).token()), status, "invalid_request", description);
    }

    @Test
    void formErrors(Sandbox sandbox) {
        String url = sandbox.urls().oauthToken();
        String assertion = jwt(sandbox).token();
        Map<String, String> wrongType = new LinkedHashMap<>(Map.of("grant_type", "client_credentials",
                "client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:saml2-bearer",
                "client_assertion", assertion));
        assertError(Shcr.postForm(url, wrongType), 400, "invalid_request",
                "Missing or invalid client_assertion_type - must be '" + ASSERTION_TYPE + "'");
        assertError(Shcr.postForm(url, Map.of("grant_type", "client_credentials", "client_assertion", assertion)),
                400, "invalid_request", "Missing or invalid client_assertion_type - must be '" + ASSERTION_TYPE + "'");
        assertError(Shcr.postForm(url, Map.of("grant_type", "client_credentials", "client_assertion_type",
                ASSERTION_TYPE)), 400, "invalid_request", "Missing client_assertion");
        assertError(Shcr.postForm(url, Map.of("grant_type", "client_credentials", "client_assertion_type",
                ASSERTION_TYPE, "client_assertion", "not.a-jwt")), 400, "invalid_request",
                "Malformed JWT in client_assertion");
        assertError(Shcr.postForm(url, Map.of("client_assertion_type", ASSERTION_TYPE, "client_assertion", assertion)),
                400, "invalid_request", "grant_type is missing");
        assertError(Shcr.postForm(url, Map.of("grant_type", "authorization_code", "client_assertion_type",
                ASSERTION_TYPE, "client_assertion", assertion)), 400, "unsupported_grant_type", "grant_type is invalid");
    }

    @Test
    void aKnownClientWithoutKeys_cannotUseSignedJwt(Sandbox sandbox) {
        String assertion = SignedJwt.valid("secret-only-client", KID, sandbox.urls().oauthToken(), KEYS.getPrivate())
                .token();
        assertError(exchange(sandbox, assertion), 403, "public_key error", "You need to register a public key to "
                + "use this authentication method - please contact support to configure");
    }

    @Test
    void tokenEndpoint_onlyPost(Sandbox sandbox) {
        HttpResponse<String> get = Http.get(sandbox.urls().oauthToken());
        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(sandbox.requests().forRoute(SandboxRoutes.OAUTH_TOKEN)).isNotEmpty();
        assertThat(List.of(SandboxRoutes.OAUTH_TOKEN, SandboxRoutes.OAUTH_OTHER)).doesNotHaveDuplicates();
    }
}
