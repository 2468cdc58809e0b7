package dev.carerecord.sdk.fhir.auth;

import dev.carerecord.sdk.core.exception.InvalidInputException;
import dev.carerecord.sdk.fhir.internal.auth.Pkcs1RsaKey;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an RSA private key from PEM text, in either form NHS England's onboarding guides produce: PKCS#8
 * ({@code -----BEGIN PRIVATE KEY-----}, what {@code openssl genpkey} writes) or PKCS#1
 * ({@code -----BEGIN RSA PRIVATE KEY-----}, {@code openssl genrsa -traditional}), with the JDK alone. Encrypted
 * keys are refused: decrypt them first, or load the key yourself and pass a {@link PrivateKey}.
 */
public final class PemPrivateKeys {
    private static final Pattern BLOCK = Pattern.compile(
            "-----BEGIN ([A-Z0-9 ]+)-----(.*?)-----END \\1-----", Pattern.DOTALL);

    private PemPrivateKeys() {
    }

    /**
     * The RSA private key in {@code pem}.
     *
     * @throws InvalidInputException when there is no private key block, the key is encrypted or not RSA, or the
     *     content cannot be read (the message never holds key material)
     */
    public static PrivateKey parse(String pem) {
        Objects.requireNonNull(pem, "pem");
        Matcher m = BLOCK.matcher(pem);
        while (m.find()) {
            String type = m.group(1);
            String body = m.group(2);
            switch (type) {
                case "PRIVATE KEY":
                    return pkcs8(decode(body));
                case "RSA PRIVATE KEY":
                    if (body.contains("Proc-Type:") || body.contains("DEK-Info:")) {
                        throw new InvalidInputException("privateKey", "the PKCS#1 key is encrypted; decrypt it first");
                    }
                    return Pkcs1RsaKey.parse(decode(body));
                case "ENCRYPTED PRIVATE KEY":
                    throw new InvalidInputException("privateKey", "the PKCS#8 key is encrypted; decrypt it first");
                default:
                    // a certificate or public key next to the private key: keep looking
            }
        }
        throw new InvalidInputException("privateKey",
                "no '-----BEGIN PRIVATE KEY-----' or '-----BEGIN RSA PRIVATE KEY-----' block found");
    }

    private static byte[] decode(String body) {
        try {
            return Base64.getMimeDecoder().decode(body.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("privateKey", "the PEM body is not valid base64");
        }
    }

    private static PrivateKey pkcs8(byte[] der) {
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            throw new InvalidInputException("privateKey", "the PKCS#8 key is not a readable RSA private key");
        }
    }
}
