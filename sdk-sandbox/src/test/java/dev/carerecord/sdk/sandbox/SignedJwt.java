package dev.carerecord.sdk.sandbox;

import dev.carerecord.sdk.sandbox.http.MiniJson;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Builds APIM client assertions (RS512, signed with the JDK) for tests; valid by default, each setter lets a test
 * break exactly one rule.
 */
final class SignedJwt {
    private final Map<String, Object> header = new LinkedHashMap<>();
    private final Map<String, Object> claims = new LinkedHashMap<>();
    private PrivateKey key;
    private boolean corruptSignature;

    private SignedJwt(String clientId, String kid, String audience, PrivateKey key, Instant now) {
        this.key = key;
        header.put("alg", "RS512");
        header.put("typ", "JWT");
        header.put("kid", kid);
        claims.put("iss", clientId);
        claims.put("sub", clientId);
        claims.put("aud", audience);
        claims.put("jti", UUID.randomUUID().toString());
        claims.put("exp", now.getEpochSecond() + 300);
    }

    static SignedJwt valid(String clientId, String kid, String audience, PrivateKey key) {
        return new SignedJwt(clientId, kid, audience, key, Instant.now());
    }

    static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sets (or with null removes) a header field. */
    SignedJwt header(String name, Object value) {
        if (value == null) {
            header.remove(name);
        } else {
            header.put(name, value);
        }
        return this;
    }

    /** Sets (or with null removes) a claim. */
    SignedJwt claim(String name, Object value) {
        if (value == null) {
            claims.remove(name);
        } else {
            claims.put(name, value);
        }
        return this;
    }

    Object claim(String name) {
        return claims.get(name);
    }

    SignedJwt signedWith(PrivateKey other) {
        this.key = other;
        return this;
    }

    /** Flips a bit of the signature. */
    SignedJwt corruptSignature() {
        this.corruptSignature = true;
        return this;
    }

    String token() {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String input = b64.encodeToString(MiniJson.write(header).getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(MiniJson.write(claims).getBytes(StandardCharsets.UTF_8));
        try {
            Signature signer = Signature.getInstance("SHA512withRSA");
            signer.initSign(key);
            signer.update(input.getBytes(StandardCharsets.US_ASCII));
            byte[] signature = signer.sign();
            if (corruptSignature) {
                signature[signature.length / 2] ^= 0x01;
            }
            return input + "." + b64.encodeToString(signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
