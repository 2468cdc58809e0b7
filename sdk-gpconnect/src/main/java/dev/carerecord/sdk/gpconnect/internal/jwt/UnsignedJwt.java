package dev.carerecord.sdk.gpconnect.internal.jwt;

import jakarta.json.spi.JsonProvider;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Writes GP Connect's unsigned access token: header {@code {"alg":"none","typ":"JWT"}}, the claims, and an empty
 * signature (so the token ends with a '.'), base64url without padding; {@code exp} is exactly {@code iat} + 300
 * seconds and {@code sub} equals {@code requesting_practitioner.id}, as providers check.
 */
public final class UnsignedJwt {
    /** Looked up once: {@code Json.createX} would repeat the service-loader search on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();
    /** Token lifetime fixed by the specification. */
    public static final long LIFETIME_SECONDS = 300;

    private static final String HEADER = encode("{\"alg\":\"none\",\"typ\":\"JWT\"}");
    private static final String SDS_USER_ID = "https://fhir.nhs.uk/Id/sds-user-id";
    private static final String SDS_ROLE_PROFILE_ID = "https://fhir.nhs.uk/Id/sds-role-profile-id";
    private static final String ODS = "https://fhir.nhs.uk/Id/ods-organization-code";

    private UnsignedJwt() {
    }

    /** The token for these claims. */
    public static String write(JwtClaims claims) {
        long iat = claims.issuedAt().getEpochSecond();
        JsonObjectBuilder payload = JSON.createObjectBuilder()
                .add("iss", claims.issuer())
                .add("sub", claims.practitionerId())
                .add("aud", claims.audience())
                .add("exp", iat + LIFETIME_SECONDS)
                .add("iat", iat)
                .add("reason_for_request", claims.reasonForRequest())
                .add("requested_scope", claims.requestedScope())
                .add("requesting_device", device(claims))
                .add("requesting_organization", organisation(claims))
                .add("requesting_practitioner", practitioner(claims));
        return HEADER + "." + encode(payload.build().toString()) + ".";
    }

    private static JsonObjectBuilder device(JwtClaims claims) {
        return JSON.createObjectBuilder().add("resourceType", "Device")
                .add("identifier", JSON.createArrayBuilder().add(identifier(claims.deviceSystem(), claims.deviceId())))
                .add("model", claims.deviceModel())
                .add("version", claims.deviceVersion());
    }

    private static JsonObjectBuilder organisation(JwtClaims claims) {
        return JSON.createObjectBuilder().add("resourceType", "Organization")
                .add("identifier", JSON.createArrayBuilder().add(identifier(ODS, claims.organisationOds())))
                .add("name", claims.organisationName());
    }

    private static JsonObjectBuilder practitioner(JwtClaims claims) {
        JsonArrayBuilder given = JSON.createArrayBuilder();
        claims.practitionerGiven().forEach(given::add);
        JsonObjectBuilder name = JSON.createObjectBuilder().add("family", claims.practitionerFamily()).add("given", given);
        if (!claims.practitionerPrefix().isEmpty()) {
            JsonArrayBuilder prefix = JSON.createArrayBuilder();
            claims.practitionerPrefix().forEach(prefix::add);
            name.add("prefix", prefix);
        }
        JsonArrayBuilder identifiers = JSON.createArrayBuilder()
                .add(identifier(SDS_USER_ID, claims.sdsUserId()))
                .add(identifier(SDS_ROLE_PROFILE_ID, claims.sdsRoleProfileId()));
        if (claims.localUserId() != null && claims.localUserSystem() != null) {
            identifiers.add(identifier(claims.localUserSystem(), claims.localUserId()));
        }
        return JSON.createObjectBuilder().add("resourceType", "Practitioner")
                .add("id", claims.practitionerId())
                .add("identifier", identifiers)
                .add("name", JSON.createArrayBuilder().add(name));
    }

    private static JsonObjectBuilder identifier(String system, String value) {
        return JSON.createObjectBuilder().add("system", system).add("value", value);
    }

    private static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
