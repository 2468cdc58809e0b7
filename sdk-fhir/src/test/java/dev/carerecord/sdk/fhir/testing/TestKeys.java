package dev.carerecord.sdk.fhir.testing;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateCrtKey;
import java.util.Base64;

/** RSA test keys and their PEM forms (PKCS#8 from the JDK; PKCS#1 DER written here, independently of the reader). */
public final class TestKeys {
    private static KeyPair shared;

    private TestKeys() {
    }

    /** One 2048-bit key pair per test JVM (generation is slow). */
    public static synchronized KeyPair rsa() {
        if (shared == null) {
            shared = newRsa();
        }
        return shared;
    }

    public static KeyPair newRsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An EC private key (not usable for RS512). */
    public static java.security.PrivateKey newEc() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(256);
            return generator.generateKeyPair().getPrivate();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code -----BEGIN PRIVATE KEY-----}. */
    public static String pkcs8Pem(KeyPair keys) {
        return pem("PRIVATE KEY", keys.getPrivate().getEncoded());
    }

    /** {@code -----BEGIN RSA PRIVATE KEY-----}. */
    public static String pkcs1Pem(KeyPair keys) {
        return pem("RSA PRIVATE KEY", pkcs1Der((RSAPrivateCrtKey) keys.getPrivate()));
    }

    /** The PKCS#1 RSAPrivateKey DER of {@code key}. */
    public static byte[] pkcs1Der(RSAPrivateCrtKey key) {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        for (BigInteger i : new BigInteger[] {BigInteger.ZERO, key.getModulus(), key.getPublicExponent(),
                key.getPrivateExponent(), key.getPrimeP(), key.getPrimeQ(), key.getPrimeExponentP(),
                key.getPrimeExponentQ(), key.getCrtCoefficient()}) {
            write(content, 0x02, i.toByteArray());
        }
        ByteArrayOutputStream sequence = new ByteArrayOutputStream();
        write(sequence, 0x30, content.toByteArray());
        return sequence.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, int tag, byte[] value) {
        out.write(tag);
        int length = value.length;
        if (length < 0x80) {
            out.write(length);
        } else if (length < 0x100) {
            out.write(0x81);
            out.write(length);
        } else {
            out.write(0x82);
            out.write(length >> 8);
            out.write(length & 0xff);
        }
        out.writeBytes(value);
    }

    public static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }
}
