package dev.carerecord.sdk.fhir.auth;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Objects;

/**
 * Signs JWTs: the client assertion of {@link SignedJwtTokenProvider}. Implement it to keep the private key in an
 * HSM or a cloud KMS (sign the bytes there); {@link #rs512(PrivateKey)} signs in process with the JDK.
 */
public interface JwtSigner {

    /** The JWS algorithm, e.g. {@code RS512} (NHS England APIM accepts only RS512). */
    String algorithm();

    /**
     * The signature of {@code signingInput} (the ASCII bytes of {@code base64url(header) + "." +
     * base64url(claims)}), as raw bytes.
     */
    byte[] sign(byte[] signingInput);

    /** RS512 (RSASSA-PKCS1-v1_5 with SHA-512) with the JDK's {@code SHA512withRSA} and an RSA private key. */
    static JwtSigner rs512(PrivateKey key) {
        Objects.requireNonNull(key, "key");
        if (!"RSA".equalsIgnoreCase(key.getAlgorithm())) {
            throw new IllegalArgumentException("RS512 needs an RSA private key, not " + key.getAlgorithm());
        }
        return new JwtSigner() {
            @Override
            public String algorithm() {
                return "RS512";
            }

            @Override
            public byte[] sign(byte[] signingInput) {
                try {
                    Signature signature = Signature.getInstance("SHA512withRSA");
                    signature.initSign(key);
                    signature.update(signingInput);
                    return signature.sign();
                } catch (GeneralSecurityException e) {
                    throw new IllegalStateException("could not sign the JWT with SHA512withRSA", e);
                }
            }

            @Override
            public String toString() {
                return "JwtSigner[RS512]";
            }
        };
    }
}
