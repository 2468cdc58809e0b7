package dev.carerecord.sdk.core.http;

import dev.carerecord.sdk.core.internal.http.PemMaterial;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.util.List;
import java.util.Objects;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Makes {@link SSLContext}s for mutual TLS (Spine, HSCN) from a {@link KeyStore} or from PEM: the client
 * certificate chain and its PKCS#8 private key, and the CA certificates to trust (e.g. the NHS Root and Sub
 * CAs). The pipeline limits whatever context it is given to TLS 1.2 and 1.3.
 */
public final class TlsContexts {
    private TlsContexts() {
    }

    /**
     * A context presenting the key in {@code identity} and trusting the certificates in {@code trust}.
     *
     * @param identity a key store holding the client key entry (and its chain)
     * @param keyPassword the key entry's password
     * @param trust a key store of trusted certificates; null to use the JDK's default trust anchors
     * @throws IllegalArgumentException if the material cannot be used
     */
    public static SSLContext fromKeyStore(KeyStore identity, char[] keyPassword, KeyStore trust) {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(keyPassword, "keyPassword");
        try {
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(identity, keyPassword);
            TrustManagerFactory trusts = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trusts.init(trust);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), trusts.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("the key store cannot be used for TLS: " + e.getMessage(), e);
        }
    }

    /**
     * A context from PEM text.
     *
     * @param certificateChainPem the client certificate, then any intermediates
     * @param privateKeyPem the client's unencrypted PKCS#8 private key ({@code BEGIN PRIVATE KEY})
     * @param trustedCaPem the CA certificates to trust; null to use the JDK's default trust anchors
     * @throws IllegalArgumentException if the material cannot be read or used
     */
    public static SSLContext fromPem(String certificateChainPem, String privateKeyPem, String trustedCaPem) {
        Objects.requireNonNull(certificateChainPem, "certificateChainPem");
        Objects.requireNonNull(privateKeyPem, "privateKeyPem");
        List<Certificate> chain = PemMaterial.certificates(certificateChainPem, "client certificate chain");
        PrivateKey key = PemMaterial.privateKey(privateKeyPem);
        char[] password = new char[0];
        try {
            KeyStore identity = KeyStore.getInstance("PKCS12");
            identity.load(null, null);
            identity.setKeyEntry("client", key, password, chain.toArray(new Certificate[0]));
            KeyStore trust = null;
            if (trustedCaPem != null) {
                trust = KeyStore.getInstance("PKCS12");
                trust.load(null, null);
                int i = 0;
                for (Certificate ca : PemMaterial.certificates(trustedCaPem, "trusted CA certificates")) {
                    trust.setCertificateEntry("ca-" + i++, ca);
                }
            }
            return fromKeyStore(identity, password, trust);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalArgumentException("the PEM material cannot be used for TLS: " + e.getMessage(), e);
        }
    }

    /** As {@link #fromPem(String, String, String)}, reading the three files (the CA file may be null). */
    public static SSLContext fromPemFiles(Path certificateChain, Path privateKey, Path trustedCas) {
        return fromPem(read(certificateChain), read(privateKey), trustedCas == null ? null : read(trustedCas));
    }

    private static String read(Path file) {
        try {
            return Files.readString(Objects.requireNonNull(file, "file"), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.getFileName(), e);
        }
    }
}
