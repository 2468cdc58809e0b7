package dev.carerecord.sdk.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Test key material made with the JDK's {@code keytool}: a CA, a server certificate for 127.0.0.1 and a client
 * certificate, both signed by the CA, in PKCS12 stores under {@code target/test-pki-*}, plus PEM forms.
 * Made once per JVM on first use.
 */
public final class TestPki {
    /** Password of every store and key. */
    public static final char[] PASSWORD = "changeit".toCharArray();

    private static TestPki instance;

    private final Path dir;

    private TestPki(Path dir) {
        this.dir = dir;
    }

    /** The material, made on first call. */
    public static synchronized TestPki get() {
        if (instance == null) {
            try {
                Path dir = Files.createDirectories(Paths.get("target"))
                        .resolve("test-pki-" + ProcessHandle.current().pid());
                Files.createDirectories(dir);
                TestPki pki = new TestPki(dir);
                pki.make();
                instance = pki;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    private void make() throws IOException {
        String pw = new String(PASSWORD);
        keytool("-genkeypair", "-keystore", "ca.p12", "-storetype", "PKCS12", "-storepass", pw, "-keypass", pw,
                "-alias", "ca", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=Care Record SDK Test CA",
                "-ext", "bc:c", "-validity", "3");
        keytool("-exportcert", "-keystore", "ca.p12", "-storepass", pw, "-alias", "ca", "-rfc", "-file", "ca.pem");
        issue("server", "CN=127.0.0.1", "SAN=ip:127.0.0.1,dns:localhost", "serverAuth");
        issue("client", "CN=Test Consumer System", null, "clientAuth");
    }

    private void issue(String name, String dname, String san, String usage) throws IOException {
        String pw = new String(PASSWORD);
        String store = name + ".p12";
        keytool("-genkeypair", "-keystore", store, "-storetype", "PKCS12", "-storepass", pw, "-keypass", pw,
                "-alias", name, "-keyalg", "RSA", "-keysize", "2048", "-dname", dname, "-validity", "3");
        keytool("-certreq", "-keystore", store, "-storepass", pw, "-alias", name, "-file", name + ".csr");
        List<String> gencert = new ArrayList<>(List.of("-gencert", "-keystore", "ca.p12", "-storepass", pw,
                "-alias", "ca", "-infile", name + ".csr", "-outfile", name + ".pem", "-rfc", "-validity", "3",
                "-ext", "eku=" + usage));
        if (san != null) {
            gencert.add("-ext");
            gencert.add(san);
        }
        keytool(gencert.toArray(new String[0]));
        keytool("-importcert", "-keystore", store, "-storepass", pw, "-alias", "ca", "-file", "ca.pem", "-noprompt");
        keytool("-importcert", "-keystore", store, "-storepass", pw, "-alias", name, "-file", name + ".pem",
                "-noprompt");
    }

    private void keytool(String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException("keytool " + args[0] + " failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** A PKCS12 store from this material: {@code "ca"}, {@code "server"} or {@code "client"}. */
    public KeyStore store(String name) {
        try (InputStream in = Files.newInputStream(dir.resolve(name + ".p12"))) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, PASSWORD);
            return store;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A store holding only the CA certificate. */
    public KeyStore trustStore() {
        try {
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            trust.setCertificateEntry("ca", store("ca").getCertificate("ca"));
            return trust;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The server's TLS context: its key, trusting the CA for client certificates. */
    public SSLContext serverContext() {
        try {
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store("server"), PASSWORD);
            TrustManagerFactory trusts = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trusts.init(trustStore());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), trusts.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The CA certificate as PEM. */
    public String caPem() {
        return read("ca.pem");
    }

    /** The client certificate chain (client, then CA) as PEM. */
    public String clientChainPem() {
        try {
            StringBuilder pem = new StringBuilder();
            for (Certificate c : store("client").getCertificateChain("client")) {
                pem.append(pem("CERTIFICATE", c.getEncoded()));
            }
            return pem.toString();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The client's private key as unencrypted PKCS#8 PEM. */
    public String clientKeyPem() {
        try {
            Key key = store("client").getKey("client", PASSWORD);
            return pem("PRIVATE KEY", key.getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes {@code text} to a file in the material's folder, and returns its path. */
    public Path write(String fileName, String text) {
        try {
            return Files.writeString(dir.resolve(fileName), text, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String read(String file) {
        try {
            return Files.readString(dir.resolve(file), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
