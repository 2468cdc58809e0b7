package dev.carerecord.sdk.sandbox;

import dev.carerecord.sdk.sandbox.http.MiniJson;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds GP Connect 1.x JWTs for tests; each setter lets a test break exactly one rule. Its {@code aud} is a
 * placeholder that {@link Gpc} replaces with the service root the request goes to (see {@link #audience}).
 */
final class TestJwt {
    /** The placeholder {@code aud}; never a sandbox service root. */
    static final String PLACEHOLDER_AUD = "https://provider.example.org/Y90001/STU3/1";

    private final Map<String, Object> header = new LinkedHashMap<>();
    private final Map<String, Object> claims = new LinkedHashMap<>();
    private boolean trailingDot = true;

    private TestJwt(Instant now, String scope) {
        header.put("alg", "none");
        header.put("typ", "JWT");
        long iat = now.getEpochSecond();
        claims.put("iss", "https://consumer.example.org/");
        claims.put("sub", "1");
        claims.put("aud", PLACEHOLDER_AUD);
        claims.put("exp", iat + 300);
        claims.put("iat", iat);
        claims.put("reason_for_request", "directcare");
        claims.put("requested_scope", scope);
        claims.put("requesting_device", Map.of("resourceType", "Device",
                "identifier", List.of(Map.of("system", "https://consumer.example.org/device", "value", "test-device")),
                "model", "Sandbox tests", "version", "1.0"));
        claims.put("requesting_organization", Map.of("resourceType", "Organization", "name", "Westshire Social Care",
                "identifier", List.of(Map.of("system", "https://fhir.nhs.uk/Id/ods-organization-code", "value", "Y80001"))));
        claims.put("requesting_practitioner", practitioner("1", "Tester", true));
    }

    static TestJwt valid(String scope) {
        return new TestJwt(Instant.now(), scope);
    }

    static TestJwt patientRead() {
        return valid("patient/*.read");
    }

    static Map<String, Object> practitioner(String id, String family, boolean sdsUserId) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("resourceType", "Practitioner");
        p.put("id", id);
        Map<String, Object> name = new LinkedHashMap<>();
        if (family != null) {
            name.put("family", family);
        }
        name.put("given", List.of("Alex"));
        name.put("prefix", List.of("Dr"));
        p.put("name", List.of(name));
        p.put("identifier", sdsUserId
                ? List.of(Map.of("system", "https://fhir.nhs.uk/Id/sds-user-id", "value", "111222333444"),
                        Map.of("system", "https://fhir.nhs.uk/Id/sds-role-profile-id", "value", "444555666777"))
                : List.of(Map.of("system", "https://consumer.example.org/user", "value", "alex")));
        return p;
    }

    TestJwt claim(String name, Object value) {
        if (value == null) {
            claims.remove(name);
        } else {
            claims.put(name, value);
        }
        return this;
    }

    /** Sets {@code aud} to {@code serviceRoot} unless a test changed it from the placeholder. */
    TestJwt audience(String serviceRoot) {
        if (PLACEHOLDER_AUD.equals(claims.get("aud"))) {
            claims.put("aud", serviceRoot);
        }
        return this;
    }

    TestJwt header(String name, Object value) {
        header.put(name, value);
        return this;
    }

    TestJwt withoutTrailingDot() {
        trailingDot = false;
        return this;
    }

    String token() {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String token = b64.encodeToString(MiniJson.write(header).getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(MiniJson.write(claims).getBytes(StandardCharsets.UTF_8));
        return trailingDot ? token + "." : token;
    }
}
