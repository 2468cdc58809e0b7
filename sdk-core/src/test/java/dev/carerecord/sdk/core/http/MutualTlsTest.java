package dev.carerecord.sdk.core.http;

import static dev.carerecord.sdk.core.http.TestSupport.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.carerecord.sdk.core.exception.ConnectionFailedException;
import dev.carerecord.sdk.testing.Reply;
import dev.carerecord.sdk.testing.ScriptedHttpServer;
import dev.carerecord.sdk.testing.TestPki;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Mutual TLS against a JDK HTTPS server on 127.0.0.1 that requires a client certificate. */
class MutualTlsTest {
    private static TestPki pki;

    @BeforeAll
    static void material() {
        pki = TestPki.get();
    }

    private static HttpPipeline pipeline(SSLContext context) {
        return HttpPipeline.builder().clientName("tls-test")
                .transportOptions(TransportOptions.builder().sslContext(context).build())
                .retryOptions(RetryOptions.disabled()).auditSink(new TestSupport.RecordingSink()).build();
    }

    private static String call(HttpPipeline pipeline, ScriptedHttpServer server) {
        return pipeline.execute(get(server.baseUrl() + "/metadata").build(), HttpResponse::bodyText);
    }

    @Test
    void clientCertificateFromAKeyStore_isAccepted() {
        try (ScriptedHttpServer server = ScriptedHttpServer.startHttps(pki.serverContext(), true);
             HttpPipeline pipeline = pipeline(TlsContexts.fromKeyStore(pki.store("client"), TestPki.PASSWORD,
                     pki.trustStore()))) {
            server.on("/metadata", Reply.json(200, "{\"resourceType\":\"CapabilityStatement\"}"));

            assertThat(call(pipeline, server)).contains("CapabilityStatement");
        }
    }

    @Test
    void clientCertificateFromPemText_isAccepted() {
        try (ScriptedHttpServer server = ScriptedHttpServer.startHttps(pki.serverContext(), true);
             HttpPipeline pipeline = pipeline(TlsContexts.fromPem(pki.clientChainPem(), pki.clientKeyPem(),
                     pki.caPem()))) {
            server.on("/metadata", Reply.json(200, "{}"));

            assertThat(call(pipeline, server)).isEqualTo("{}");
        }
    }

    @Test
    void clientCertificateFromPemFiles_isAccepted() {
        Path chain = pki.write("client-chain.pem", pki.clientChainPem());
        Path key = pki.write("client-key.pem", pki.clientKeyPem());
        Path ca = pki.write("ca-copy.pem", pki.caPem());
        try (ScriptedHttpServer server = ScriptedHttpServer.startHttps(pki.serverContext(), true);
             HttpPipeline pipeline = pipeline(TlsContexts.fromPemFiles(chain, key, ca))) {
            server.on("/metadata", Reply.json(200, "{}"));

            assertThat(call(pipeline, server)).isEqualTo("{}");
        }
    }

    @Test
    void withoutAClientCertificate_theConnectionFails() throws Exception {
        SSLContext trustOnly = SSLContext.getInstance("TLS");
        javax.net.ssl.TrustManagerFactory trust = javax.net.ssl.TrustManagerFactory.getInstance(
                javax.net.ssl.TrustManagerFactory.getDefaultAlgorithm());
        trust.init(pki.trustStore());
        trustOnly.init(null, trust.getTrustManagers(), null);
        try (ScriptedHttpServer server = ScriptedHttpServer.startHttps(pki.serverContext(), true);
             HttpPipeline pipeline = pipeline(trustOnly)) {
            server.on("/metadata", Reply.json(200, "{}"));

            assertThatThrownBy(() -> call(pipeline, server)).isInstanceOf(ConnectionFailedException.class);
            assertThat(server.requests()).isEmpty();
        }
    }

    @Test
    void anUntrustedServer_isRefused() {
        try (ScriptedHttpServer server = ScriptedHttpServer.startHttps(pki.serverContext(), false);
             HttpPipeline pipeline = pipeline(TlsContexts.fromPem(pki.clientChainPem(), pki.clientKeyPem(), null))) {
            server.on("/metadata", Reply.json(200, "{}"));

            assertThatThrownBy(() -> call(pipeline, server)).isInstanceOf(ConnectionFailedException.class);
            assertThat(server.requests()).isEmpty();
        }
    }

    @Test
    void tls11AndTls10_areRefused_thoughThisJvmWouldOtherwiseAllowThem() throws Exception {
        SSLContext client = TlsContexts.fromKeyStore(pki.store("client"), TestPki.PASSWORD, pki.trustStore());
        for (String legacy : new String[] {"TLSv1.1", "TLSv1"}) {
            try (ScriptedHttpServer server = ScriptedHttpServer.startHttps(pki.serverContext(), true, legacy);
                 HttpPipeline pipeline = pipeline(client)) {
                server.on("/metadata", Reply.json(200, "{}"));

                // control: a plain JDK client with the same context negotiates the legacy protocol in this JVM
                HttpClient plain = HttpClient.newBuilder().sslContext(client).connectTimeout(Duration.ofSeconds(5))
                        .build();
                int status = plain.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/metadata")).build(),
                        java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
                assertThat(status).as(legacy + " control").isEqualTo(200);

                assertThatThrownBy(() -> call(pipeline, server)).as(legacy)
                        .isInstanceOf(ConnectionFailedException.class);
                assertThat(server.requests()).as(legacy).hasSize(1);
            }
        }
    }

    @Test
    void badPemMaterial_isRefusedWithAClearMessage() {
        assertThatThrownBy(() -> TlsContexts.fromPem("not pem", pki.clientKeyPem(), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CERTIFICATE");
        assertThatThrownBy(() -> TlsContexts.fromPem(pki.clientChainPem(),
                "-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----\n", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PKCS#8");
    }
}
