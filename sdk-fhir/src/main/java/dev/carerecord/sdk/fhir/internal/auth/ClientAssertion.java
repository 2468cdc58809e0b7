package dev.carerecord.sdk.fhir.internal.auth;

import dev.carerecord.sdk.fhir.auth.JwtSigner;
import jakarta.json.spi.JsonProvider;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.UUID;

/**
 * Builds the signed client assertion of the {@code private_key_jwt} flow as NHS England APIM wants it: header
 * {@code {"alg":"RS512","typ":"JWT","kid":...}}, claims {@code iss} = {@code sub} = the client id (API key),
 * {@code aud} = the exact token URL, a fresh random UUID {@code jti}, {@code exp} = now + lifetime (at most five
 * minutes), as a compact JWS. Not part of the public API.
 */
public final class ClientAssertion {
    /** Looked up once: {@code Json.createX} would repeat the service-loader search on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();
    /** The longest assertion life APIM accepts. */
    public static final Duration MAX_LIFETIME = Duration.ofMinutes(5);
    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();

    private ClientAssertion() {
    }

    /** A new assertion (fresh {@code jti}) signed by {@code signer}. */
    public static String create(JwtSigner signer, String keyId, String clientId, String audience, Instant now,
            Duration lifetime) {
        Objects.requireNonNull(signer, "signer");
        if (lifetime.compareTo(MAX_LIFETIME) > 0 || lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("assertion lifetime must be positive and at most 5 minutes");
        }
        String header = JSON.createObjectBuilder()
                .add("alg", signer.algorithm())
                .add("typ", "JWT")
                .add("kid", keyId)
                .build().toString();
        String claims = JSON.createObjectBuilder()
                .add("iss", clientId)
                .add("sub", clientId)
                .add("aud", audience)
                .add("jti", UUID.randomUUID().toString())
                .add("exp", now.plus(lifetime).getEpochSecond())
                .build().toString();
        String signingInput = b64(header) + "." + b64(claims);
        byte[] signature = signer.sign(signingInput.getBytes(StandardCharsets.US_ASCII));
        if (signature == null || signature.length == 0) {
            throw new IllegalStateException("the signer returned no signature");
        }
        return signingInput + "." + B64URL.encodeToString(signature);
    }

    private static String b64(String json) {
        return B64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
