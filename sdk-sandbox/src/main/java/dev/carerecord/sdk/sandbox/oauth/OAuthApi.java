package dev.carerecord.sdk.sandbox.oauth;

import dev.carerecord.sdk.sandbox.SandboxRoutes;
import dev.carerecord.sdk.sandbox.http.Api;
import dev.carerecord.sdk.sandbox.http.MiniJson;
import dev.carerecord.sdk.sandbox.http.QueryString;
import dev.carerecord.sdk.sandbox.http.SandboxRequest;
import dev.carerecord.sdk.sandbox.http.SandboxResponse;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The OAuth 2.0 token endpoint at {@code POST /oauth2/token} (form-encoded), answering like NHS England's APIM:
 * {@code grant_type=client_credentials} with either a signed-JWT client assertion ({@code private_key_jwt},
 * RS512) or a client secret (HTTP Basic or {@code client_id} + {@code client_secret} form fields). Success is
 * {@code {"access_token":...,"expires_in":"599","token_type":"Bearer","issued_at":"<epoch ms>"}} with
 * {@code expires_in} a string, as APIM sends it.
 */
public final class OAuthApi implements Api {
    /** The token endpoint's path. */
    public static final String PATH = "/oauth2/token";
    private static final String BASE = "/oauth2";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ClientRegistry clients;
    private final TokenService tokens;
    private final ClientAssertion assertions;

    public OAuthApi(ClientRegistry clients, TokenService tokens) {
        this.clients = clients;
        this.tokens = tokens;
        this.assertions = new ClientAssertion(clients, tokens);
    }

    @Override
    public boolean owns(String path) {
        return path.equals(BASE) || path.startsWith(BASE + "/");
    }

    @Override
    public String route(SandboxRequest request) {
        return request.path().equals(PATH) ? SandboxRoutes.OAUTH_TOKEN : SandboxRoutes.OAUTH_OTHER;
    }

    @Override
    public SandboxResponse handle(SandboxRequest request) {
        SandboxResponse response;
        try {
            response = serve(request);
        } catch (TokenError e) {
            response = error(e.status, e.error, e.getMessage());
            if (e.basicChallenge) {
                response.header("WWW-Authenticate", "Basic realm=\"sandbox\"");
            }
        }
        return response.header("Cache-Control", "no-store").header("Pragma", "no-cache");
    }

    @Override
    public SandboxResponse failure(int status, SandboxRequest request) {
        String error = status == 503 || status == 429 ? "temporarily_unavailable" : "server_error";
        return error(status, error, "Injected fault: HTTP " + status);
    }

    private SandboxResponse serve(SandboxRequest request) {
        if (!request.path().equals(PATH)) {
            return error(404, "invalid_request", "Unknown path; the token endpoint is " + PATH);
        }
        if (!"POST".equals(request.method())) {
            return error(405, "invalid_request", "Use POST").header("Allow", "POST");
        }
        String contentType = request.header("Content-Type");
        if (contentType == null
                || !contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            throw TokenError.invalidRequest("Content-Type must be application/x-www-form-urlencoded");
        }
        Map<String, List<String>> form = QueryString.parse(request.bodyText());
        String grantType = single(form, "grant_type");
        if (grantType == null || grantType.isEmpty()) {
            throw TokenError.invalidRequest("grant_type is missing");
        }
        if (!"client_credentials".equals(grantType)) {
            throw new TokenError(400, "unsupported_grant_type", "grant_type is invalid", false);
        }
        String basic = request.header("Authorization");
        boolean secretFlow = (basic != null && basic.regionMatches(true, 0, "Basic ", 0, 6))
                || form.containsKey("client_secret");
        if (secretFlow && !form.containsKey("client_assertion") && !form.containsKey("client_assertion_type")) {
            return issued(secretClient(basic, form));
        }
        String assertionType = single(form, "client_assertion_type");
        if (!ClientAssertion.TYPE.equals(assertionType)) {
            throw TokenError.invalidRequest(
                    "Missing or invalid client_assertion_type - must be '" + ClientAssertion.TYPE + "'");
        }
        String assertion = single(form, "client_assertion");
        if (assertion == null || assertion.isEmpty()) {
            throw TokenError.invalidRequest("Missing client_assertion");
        }
        ClientAssertion.Verified verified = assertions.verify(assertion, request.baseUrl() + PATH);
        if (!tokens.useJti(verified.clientId(), verified.jti(), verified.expiresAt())) {
            throw TokenError.invalidRequest("Non-unique 'jti' claim" + TokenError.JWT_SUFFIX);
        }
        return issued(verified.clientId());
    }

    /** The client id of a correct client-secret authentication (Basic header or form fields). */
    private String secretClient(String authorization, Map<String, List<String>> form) {
        boolean basic = authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
        String clientId;
        String secret;
        if (basic) {
            if (form.containsKey("client_secret")) {
                throw TokenError.invalidRequest("Use one client authentication method, not both");
            }
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                        StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw TokenError.invalidClient(true);
            }
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                throw TokenError.invalidClient(true);
            }
            clientId = URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8);
            secret = URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8);
        } else {
            clientId = single(form, "client_id");
            secret = single(form, "client_secret");
        }
        if (clientId == null || !clients.secretMatches(clientId, secret)) {
            throw TokenError.invalidClient(basic);
        }
        return clientId;
    }

    private SandboxResponse issued(String clientId) {
        TokenService.Issued token = tokens.issue(clientId);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", token.token());
        body.put("expires_in", Long.toString(tokens.lifetime().toSeconds()));
        body.put("token_type", "Bearer");
        body.put("issued_at", Long.toString(token.issuedAt().toEpochMilli()));
        return SandboxResponse.json(200, MiniJson.write(body));
    }

    private static String single(Map<String, List<String>> form, String name) {
        List<String> values = form.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw TokenError.invalidRequest("Parameter " + name + " was sent more than once");
        }
        return values.get(0);
    }

    private static SandboxResponse error(int status, String error, String description) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("error_description", description);
        body.put("message_id", "rrt-" + Long.toUnsignedString(RANDOM.nextLong()) + "-a-sandbox");
        return SandboxResponse.json(status, MiniJson.write(body));
    }
}
