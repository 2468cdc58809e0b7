package dev.carerecord.sdk.core.internal.http;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads PEM text: X.509 certificates and unencrypted PKCS#8 private keys (RSA, EC, EdDSA). */
public final class PemMaterial {
    private static final Pattern BLOCK = Pattern.compile(
            "-----BEGIN ([A-Z0-9 ]+)-----([A-Za-z0-9+/=\\s]*)-----END \\1-----");

    private PemMaterial() {
    }

    /**
     * Every certificate in {@code pem}, in order.
     *
     * @throws IllegalArgumentException if there is none or one cannot be read
     */
    public static List<Certificate> certificates(String pem, String what) {
        List<Certificate> result = new ArrayList<>();
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            for (byte[] der : blocks(pem, "CERTIFICATE")) {
                result.add(factory.generateCertificate(new ByteArrayInputStream(der)));
            }
        } catch (CertificateException e) {
            throw new IllegalArgumentException(what + ": a certificate could not be read", e);
        }
        if (result.isEmpty()) {
            throw new IllegalArgumentException(what + ": no PEM CERTIFICATE block found");
        }
        return result;
    }

    /**
     * The private key in {@code pem} ({@code BEGIN PRIVATE KEY}, PKCS#8).
     *
     * @throws IllegalArgumentException if there is none, it is encrypted or PKCS#1, or cannot be read
     */
    public static PrivateKey privateKey(String pem) {
        if (pem.contains("BEGIN RSA PRIVATE KEY") || pem.contains("BEGIN EC PRIVATE KEY")) {
            throw new IllegalArgumentException("private key: PKCS#1/SEC1 keys are not supported; convert to PKCS#8 "
                    + "(openssl pkcs8 -topk8 -nocrypt)");
        }
        if (pem.contains("BEGIN ENCRYPTED PRIVATE KEY")) {
            throw new IllegalArgumentException("private key: encrypted keys are not supported; give an unencrypted "
                    + "PKCS#8 key or use a KeyStore");
        }
        List<byte[]> keys = blocks(pem, "PRIVATE KEY");
        if (keys.size() != 1) {
            throw new IllegalArgumentException("private key: expected one PEM PRIVATE KEY block, found " + keys.size());
        }
        PKCS8EncodedKeySpec spec = new PKCS8EncodedKeySpec(keys.get(0));
        for (String algorithm : List.of("RSA", "EC", "Ed25519", "Ed448", "RSASSA-PSS")) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(spec);
            } catch (GeneralSecurityException e) {
                // try the next algorithm
            }
        }
        throw new IllegalArgumentException("private key: not an RSA, EC or EdDSA PKCS#8 key");
    }

    private static List<byte[]> blocks(String pem, String type) {
        List<byte[]> result = new ArrayList<>();
        Matcher m = BLOCK.matcher(pem);
        while (m.find()) {
            if (m.group(1).equals(type)) {
                String base64 = m.group(2).replaceAll("\\s", "");
                try {
                    result.add(Base64.getDecoder().decode(base64.getBytes(StandardCharsets.US_ASCII)));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("a PEM " + type + " block is not valid base64", e);
                }
            }
        }
        return result;
    }
}
