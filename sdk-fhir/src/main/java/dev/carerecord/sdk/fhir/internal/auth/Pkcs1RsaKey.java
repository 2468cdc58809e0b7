package dev.carerecord.sdk.fhir.internal.auth;

import dev.carerecord.sdk.core.exception.InvalidInputException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.RSAPrivateCrtKeySpec;

/**
 * A PKCS#1 {@code RSAPrivateKey} (RFC 8017 A.1.2) read from DER without third-party libraries:
 * {@code SEQUENCE { version, modulus, publicExponent, privateExponent, prime1, prime2, exponent1, exponent2,
 * coefficient [, otherPrimeInfos] }}. Two-prime keys (version 0) only. Not part of the public API.
 */
public final class Pkcs1RsaKey {
    private Pkcs1RsaKey() {
    }

    /**
     * The private key in {@code der}.
     *
     * @throws InvalidInputException when the bytes are not a two-prime PKCS#1 RSA private key
     */
    public static PrivateKey parse(byte[] der) {
        RSAPrivateCrtKeySpec spec;
        try {
            DerReader outer = new DerReader(der);
            DerReader key = outer.sequence();
            BigInteger version = key.integer();
            if (version.signum() != 0) {
                throw new InvalidInputException("privateKey", "only two-prime PKCS#1 keys (version 0) are supported");
            }
            spec = new RSAPrivateCrtKeySpec(key.integer(), key.integer(), key.integer(), key.integer(),
                    key.integer(), key.integer(), key.integer(), key.integer());
            if (!key.atEnd() || !outer.atEnd()) {
                throw new InvalidInputException("privateKey", "unexpected data after the PKCS#1 key");
            }
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("privateKey", "not a PKCS#1 RSA private key: " + e.getMessage());
        }
        if (spec.getModulus().signum() <= 0 || spec.getPrivateExponent().signum() <= 0) {
            throw new InvalidInputException("privateKey", "not a PKCS#1 RSA private key: non-positive modulus or exponent");
        }
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(spec);
        } catch (GeneralSecurityException e) {
            throw new InvalidInputException("privateKey", "the PKCS#1 key was refused by the JDK");
        }
    }
}
