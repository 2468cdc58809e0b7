package dev.carerecord.sdk.fhir.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.carerecord.sdk.fhir.internal.auth.ClientAssertion;
import dev.carerecord.sdk.fhir.testing.TestKeys;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The client assertion's exact shape, checked by decoding it and verifying the signature with the public key. */
class ClientAssertionTest {
    private static final String TOKEN_URL = "https://int.api.service.nhs.uk/oauth2/token";
    private static final Instant NOW = Instant.parse("2026-02-01T09:00:00Z");

    private static JsonObject part(String jwt, int index) {
        String json = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[index]), StandardCharsets.UTF_8);
        return Json.createReader(new StringReader(json)).readObject();
    }

    @Test
    void headerClaimsAndSignature_areWhatApimAccepts() throws Exception {
        String jwt = ClientAssertion.create(JwtSigner.rs512(TestKeys.rsa().getPrivate()), "int-1", "api-key-123",
                TOKEN_URL, NOW, Duration.ofMinutes(5));

        String[] parts = jwt.split("\\.");
        assertThat(parts).hasSize(3);
        assertThat(jwt).doesNotContain("=").doesNotContain("+").doesNotContain("/");
        JsonObject header = part(jwt, 0);
        assertThat(header.getString("alg")).isEqualTo("RS512");
        assertThat(header.getString("typ")).isEqualTo("JWT");
        assertThat(header.getString("kid")).isEqualTo("int-1");
        JsonObject claims = part(jwt, 1);
        assertThat(claims.getString("iss")).isEqualTo("api-key-123");
        assertThat(claims.getString("sub")).isEqualTo("api-key-123");
        assertThat(claims.getString("aud")).isEqualTo(TOKEN_URL);
        assertThat(UUID.fromString(claims.getString("jti"))).isNotNull();
        assertThat(claims.getJsonNumber("exp").longValueExact()).isEqualTo(NOW.getEpochSecond() + 300);
        Signature verify = Signature.getInstance("SHA512withRSA");
        verify.initVerify(TestKeys.rsa().getPublic());
        verify.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(verify.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();
    }

    @Test
    void everyAssertionHasAFreshJti() {
        JwtSigner signer = JwtSigner.rs512(TestKeys.rsa().getPrivate());
        String a = ClientAssertion.create(signer, "k", "c", TOKEN_URL, NOW, Duration.ofMinutes(1));
        String b = ClientAssertion.create(signer, "k", "c", TOKEN_URL, NOW, Duration.ofMinutes(1));

        assertThat(part(a, 1).getString("jti")).isNotEqualTo(part(b, 1).getString("jti"));
    }

    @Test
    void aPluggableSignerSignsTheExactSigningInput() {
        StringBuilder seen = new StringBuilder();
        JwtSigner hsm = new JwtSigner() {
            @Override
            public String algorithm() {
                return "RS512";
            }

            @Override
            public byte[] sign(byte[] signingInput) {
                seen.append(new String(signingInput, StandardCharsets.US_ASCII));
                return new byte[] {1, 2, 3};
            }
        };

        String jwt = ClientAssertion.create(hsm, "kms-key", "c", TOKEN_URL, NOW, Duration.ofMinutes(5));

        assertThat(jwt).startsWith(seen + ".");
        assertThat(jwt).endsWith("." + Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[] {1, 2, 3}));
    }

    @Test
    void lifetimesOverFiveMinutesAreRefused() {
        JwtSigner signer = JwtSigner.rs512(TestKeys.rsa().getPrivate());
        assertThatThrownBy(() -> ClientAssertion.create(signer, "k", "c", TOKEN_URL, NOW, Duration.ofSeconds(301)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SignedJwtTokenProvider.builder().assertionLifetime(Duration.ofMinutes(6)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JwtSigner.rs512(TestKeys.newEc()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
