package dev.carerecord.sdk.gpconnect.internal.jwt;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnsignedJwtTest {

    private static JwtClaims claims() {
        return new JwtClaims("https://consumer.example/", "https://provider.example/A20047/STU3/1/gpconnect/structured",
                Instant.ofEpochSecond(1_790_000_000L), "directcare", "patient/*.read", "prac-1", "Example",
                List.of("Ada"), List.of("Dr"), "111222333444", "555666777888", "https://consumer.example/users", "u-42",
                "X26", "Example Hospital", "https://consumer.example/devices", "dev-1", "Care Record SDK", "0.1.0");
    }

    private static JsonObject decode(String part) {
        String json = new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
        return Json.createReader(new StringReader(json)).readObject();
    }

    @Test
    void token_isUnsigned_withATrailingDot_andNoPadding() {
        String token = UnsignedJwt.write(claims());
        assertThat(token).endsWith(".").doesNotContain("=");
        String[] parts = token.split("\\.", -1);
        assertThat(parts).hasSize(3);
        assertThat(parts[2]).isEmpty();
        assertThat(decode(parts[0]).getString("alg")).isEqualTo("none");
        assertThat(decode(parts[0]).getString("typ")).isEqualTo("JWT");
    }

    @Test
    void claims_areThoseTheSpecDemands() {
        JsonObject payload = decode(UnsignedJwt.write(claims()).split("\\.")[1]);
        assertThat(payload.getJsonNumber("exp").longValue() - payload.getJsonNumber("iat").longValue()).isEqualTo(300);
        assertThat(payload.getString("sub")).isEqualTo(payload.getJsonObject("requesting_practitioner").getString("id"));
        assertThat(payload.getString("aud")).isEqualTo("https://provider.example/A20047/STU3/1/gpconnect/structured");
        assertThat(payload.getString("reason_for_request")).isEqualTo("directcare");
        assertThat(payload.getString("requested_scope")).isEqualTo("patient/*.read");
        JsonObject organisation = payload.getJsonObject("requesting_organization");
        assertThat(organisation.getString("resourceType")).isEqualTo("Organization");
        assertThat(organisation.getJsonArray("identifier").getJsonObject(0).getString("system"))
                .isEqualTo("https://fhir.nhs.uk/Id/ods-organization-code");
        JsonObject practitioner = payload.getJsonObject("requesting_practitioner");
        assertThat(practitioner.getJsonArray("name").getJsonObject(0).getString("family")).isEqualTo("Example");
        assertThat(practitioner.getJsonArray("identifier").getValuesAs(JsonObject.class))
                .extracting(i -> i.getString("system"))
                .containsExactly("https://fhir.nhs.uk/Id/sds-user-id", "https://fhir.nhs.uk/Id/sds-role-profile-id",
                        "https://consumer.example/users");
        assertThat(payload.getJsonObject("requesting_device").getString("resourceType")).isEqualTo("Device");
    }
}
