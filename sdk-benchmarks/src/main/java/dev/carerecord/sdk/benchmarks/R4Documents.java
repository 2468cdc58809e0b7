package dev.carerecord.sdk.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.carerecord.sdk.sandbox.Sandbox;
import dev.carerecord.sdk.sandbox.SandboxOAuth;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Benchmark 2's R4 documents, as the sandbox's shared care record serves them over HTTP (a sandbox is started
 * for the purpose, on the fixed clock): a UK Core {@code Observation} searchset page of 50 matches (the largest
 * page the server gives; the rich patient has over 300 observations at this scale) with their {@code _include}d
 * performers, and the rich patient's IPS {@code Patient/$summary} document.
 */
final class R4Documents {
    /** The sandbox scale the R4 documents are rendered at (the rich patient's medication history grows with it). */
    static final int SCALE = 40;
    private static final String NHS_IDENTIFIER = "https://fhir.nhs.uk/Id/nhs-number%7C" + BenchInputs.RICH_NHS_NUMBER;
    private static final ObjectMapper JSON = new ObjectMapper();

    private R4Documents() {
    }

    static String searchBundleJson(int scale) {
        try (Sandbox sandbox = start(scale)) {
            Caller caller = new Caller(sandbox);
            JsonNode patients = JSON.readTree(caller.get("/Patient?identifier=" + NHS_IDENTIFIER));
            String id = patients.path("entry").path(0).path("resource").path("id").asText();
            if (id.isEmpty()) {
                throw new IllegalStateException("the shared care record does not hold the rich patient");
            }
            return caller.get("/Observation?patient=Patient/" + id + "&_count=50&_include=Observation:performer");
        } catch (IOException e) {
            throw new IllegalStateException("the sandbox's answer was not JSON", e);
        }
    }

    static String ipsDocumentJson(int scale) {
        try (Sandbox sandbox = start(scale)) {
            return new Caller(sandbox).get("/Patient/$summary?identifier=" + NHS_IDENTIFIER);
        }
    }

    private static Sandbox start(int scale) {
        return Sandbox.builder().scale(scale).clock(BenchInputs.CLOCK).start();
    }

    /** A plain R4 caller with a token from the sandbox's demo client-secret client. */
    private static final class Caller {
        private final HttpClient http = HttpClient.newHttpClient();
        private final Sandbox sandbox;
        private final String token;

        Caller(Sandbox sandbox) {
            this.sandbox = sandbox;
            String form = "grant_type=client_credentials&client_id=" + encode(SandboxOAuth.DEMO_CLIENT_ID)
                    + "&client_secret=" + encode(SandboxOAuth.DEMO_CLIENT_SECRET);
            String answer = send(HttpRequest.newBuilder(URI.create(sandbox.urls().oauthToken()))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)));
            try {
                this.token = JSON.readTree(answer).path("access_token").asText();
            } catch (IOException e) {
                throw new IllegalStateException("the token answer was not JSON", e);
            }
        }

        String get(String pathAndQuery) {
            return send(HttpRequest.newBuilder(URI.create(sandbox.urls().shcr() + pathAndQuery))
                    .header("Authorization", "Bearer " + token).header("Accept", "application/fhir+json").GET());
        }

        private String send(HttpRequest.Builder request) {
            try {
                HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("the sandbox answered " + response.statusCode() + ": "
                            + response.body());
                }
                return response.body();
            } catch (IOException e) {
                throw new IllegalStateException("the sandbox call failed", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }

        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }
}
