package dev.carerecord.sdk.sandbox.gpconnect;

import dev.carerecord.sdk.sandbox.http.MiniJson;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the GP Connect 1.x JWT as the reference provider does: unsigned ({@code alg:none}) with a trailing
 * '.', every mandatory claim, {@code aud} equal to the service root SDS gives for the interaction (not a proxy
 * URL), {@code exp == iat + 300} exactly, {@code iat} not in the future beyond the leeway,
 * not expired, {@code sub == requesting_practitioner.id}, {@code reason_for_request == directcare}, and a
 * {@code requested_scope} fit for the interaction (the bare scope, optionally with {@code conf/N}).
 */
final class JwtValidator {
    private final Duration leeway;

    JwtValidator(Duration leeway) {
        this.leeway = leeway;
    }

    /**
     * Throws a 400 BAD_REQUEST {@link GpcError} naming the first problem found.
     *
     * @param serviceRoot the service root this request came to, as the sandbox's SDS returns it
     */
    void validate(String authorization, String requiredScope, String serviceRoot, Instant now) {
        if (authorization == null) {
            throw GpcError.badRequest("Missing Authorization header");
        }
        if (!authorization.startsWith("Bearer ")) {
            throw GpcError.badRequest("Authorization header must be 'Bearer <JWT>'");
        }
        String token = authorization.substring("Bearer ".length()).trim();
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3 || !parts[2].isEmpty()) {
            throw GpcError.badRequest("JWT must be unsigned: header.payload. with a trailing '.' and no signature");
        }
        Map<String, Object> header = object(parse(decode(parts[0], "header"), "header"), "header");
        if (!"none".equals(header.get("alg"))) {
            throw GpcError.badRequest("JWT header alg must be 'none'");
        }
        if (header.containsKey("typ") && !"JWT".equals(header.get("typ"))) {
            throw GpcError.badRequest("JWT header typ must be 'JWT'");
        }
        Map<String, Object> claims = object(parse(decode(parts[1], "payload"), "payload"), "payload");
        text(claims, "iss");
        String sub = text(claims, "sub");
        if (!serviceRoot.equals(text(claims, "aud"))) {
            throw GpcError.badRequest("JWT aud must be the provider's service root URL as returned by SDS");
        }
        long exp = seconds(claims, "exp");
        long iat = seconds(claims, "iat");
        if (exp - iat != 300) {
            throw GpcError.badRequest("JWT exp must be exactly iat + 300 seconds (exp - iat was " + (exp - iat) + ")");
        }
        if (iat > now.getEpochSecond() + leeway.toSeconds()) {
            throw GpcError.badRequest("JWT iat is in the future");
        }
        if (exp < now.getEpochSecond() - leeway.toSeconds()) {
            throw GpcError.badRequest("JWT has expired");
        }
        if (!"directcare".equals(text(claims, "reason_for_request"))) {
            throw GpcError.badRequest("JWT reason_for_request must be 'directcare'");
        }
        checkScope(text(claims, "requested_scope"), requiredScope);
        checkDevice(object(claims.get("requesting_device"), "requesting_device"));
        checkOrganization(object(claims.get("requesting_organization"), "requesting_organization"));
        checkPractitioner(object(claims.get("requesting_practitioner"), "requesting_practitioner"), sub);
    }

    private static void checkScope(String scope, String required) {
        Set<String> tokens = new HashSet<>(List.of(scope.trim().split("\\s+")));
        if (!tokens.remove(required)) {
            throw GpcError.badRequest("JWT requested_scope must be '" + required + "' for this interaction");
        }
        tokens.remove("conf/N");
        if (!tokens.isEmpty()) {
            throw GpcError.badRequest("JWT requested_scope has unexpected values: " + tokens);
        }
    }

    private static void checkDevice(Map<String, Object> device) {
        resourceType(device, "Device", "requesting_device");
        if (!hasIdentifier(device, null)) {
            throw GpcError.badRequest("JWT requesting_device must have an identifier with system and value");
        }
        text(device, "model", "requesting_device.model");
        text(device, "version", "requesting_device.version");
    }

    private static void checkOrganization(Map<String, Object> organization) {
        resourceType(organization, "Organization", "requesting_organization");
        text(organization, "name", "requesting_organization.name");
        if (!hasIdentifier(organization, Gpc.ODS)) {
            throw GpcError.badRequest("JWT requesting_organization must have an " + Gpc.ODS + " identifier");
        }
    }

    private static void checkPractitioner(Map<String, Object> practitioner, String sub) {
        resourceType(practitioner, "Practitioner", "requesting_practitioner");
        String id = text(practitioner, "id", "requesting_practitioner.id");
        if (!id.equals(sub)) {
            throw GpcError.badRequest("JWT sub must equal requesting_practitioner.id");
        }
        if (!(practitioner.get("name") instanceof List<?> names) || names.isEmpty()
                || !(names.get(0) instanceof Map<?, ?> name)) {
            throw GpcError.badRequest("JWT requesting_practitioner.name is missing");
        }
        if (!(name.get("family") instanceof String family) || family.isBlank()) {
            throw GpcError.badRequest("JWT requesting_practitioner.name[0].family must be a non-empty string");
        }
        if (!(name.get("given") instanceof List<?> given) || given.isEmpty() || !(given.get(0) instanceof String)) {
            throw GpcError.badRequest("JWT requesting_practitioner.name[0].given must have a value");
        }
        if (!hasIdentifier(practitioner, Gpc.SDS_USER)) {
            throw GpcError.badRequest("JWT requesting_practitioner must have an " + Gpc.SDS_USER + " identifier");
        }
    }

    private static boolean hasIdentifier(Map<String, Object> resource, String system) {
        if (!(resource.get("identifier") instanceof List<?> identifiers)) {
            return false;
        }
        for (Object o : identifiers) {
            if (o instanceof Map<?, ?> id && id.get("system") instanceof String s && id.get("value") instanceof String v
                    && !v.isBlank() && (system == null || system.equals(s))) {
                return true;
            }
        }
        return false;
    }

    private static void resourceType(Map<String, Object> resource, String type, String claim) {
        if (!type.equals(resource.get("resourceType"))) {
            throw GpcError.badRequest("JWT " + claim + ".resourceType must be '" + type + "'");
        }
    }

    private static String decode(String part, String what) {
        try {
            return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw GpcError.badRequest("JWT " + what + " is not base64url");
        }
    }

    private static Object parse(String json, String what) {
        try {
            return MiniJson.parse(json);
        } catch (IllegalArgumentException e) {
            throw GpcError.badRequest("JWT " + what + " is not valid JSON");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object value, String what) {
        if (!(value instanceof Map)) {
            throw GpcError.badRequest("JWT " + what + " must be a JSON object");
        }
        return (Map<String, Object>) value;
    }

    private static String text(Map<String, Object> claims, String name) {
        return text(claims, name, name);
    }

    private static String text(Map<String, Object> map, String name, String label) {
        if (!(map.get(name) instanceof String s) || s.isBlank()) {
            throw GpcError.badRequest("JWT claim " + label + " is missing or not a string");
        }
        return s;
    }

    private static long seconds(Map<String, Object> claims, String name) {
        if (!(claims.get(name) instanceof BigDecimal n)) {
            throw GpcError.badRequest("JWT claim " + name + " is missing or not a number");
        }
        try {
            return n.longValueExact();
        } catch (ArithmeticException e) {
            throw GpcError.badRequest("JWT claim " + name + " must be whole seconds");
        }
    }
}
