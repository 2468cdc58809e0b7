package dev.carerecord.sdk.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A deliberately plain GP Connect caller for the sandbox's own tests (java.net.http, real sockets): correct
 * headers and JWT by default, each overridable so a test can break one rule at a time.
 */
final class Gpc {
    static final String STRUCTURED = "urn:nhs:names:services:gpconnect:fhir:operation:gpc.getstructuredrecord-1";
    static final String SEARCH_PATIENT = "urn:nhs:names:services:gpconnect:fhir:rest:search:patient-1";
    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Sandbox sandbox;
    private final SandboxPractice practice;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private String method = "GET";
    private String path = "";
    private String body;
    private String root;

    private Gpc(Sandbox sandbox, SandboxPractice practice) {
        this.sandbox = sandbox;
        this.practice = practice;
        headers.put("Ssp-TraceID", UUID.randomUUID().toString());
        headers.put("Ssp-From", SandboxOrganisations.CONSUMER_A.asid());
        headers.put("Ssp-To", practice.asid());
        headers.put("Accept", "application/fhir+json;charset=utf-8");
    }

    /** A structured record request for {@code parametersJson}. */
    static Gpc structured(Sandbox sandbox, SandboxPractice practice, String parametersJson) {
        Gpc g = new Gpc(sandbox, practice);
        g.root = sandbox.urls().gpConnectStructured(practice.ods());
        g.method = "POST";
        g.path = "/Patient/$gpc.getstructuredrecord";
        g.body = parametersJson;
        g.headers.put("Ssp-InteractionID", STRUCTURED);
        g.headers.put("Content-Type", "application/fhir+json;charset=utf-8");
        g.headers.put("Authorization", "Bearer " + TestJwt.patientRead().audience(g.root).token());
        return g;
    }

    /** A GET on a service root ({@code root} is a full URL), e.g. foundations search. */
    static Gpc get(Sandbox sandbox, SandboxPractice practice, String root, String pathAndQuery, String interaction,
                   String scope) {
        Gpc g = new Gpc(sandbox, practice);
        g.root = root;
        g.path = pathAndQuery;
        g.headers.put("Ssp-InteractionID", interaction);
        g.headers.put("Authorization", "Bearer " + TestJwt.valid(scope).audience(root).token());
        return g;
    }

    Gpc header(String name, String value) {
        if (value == null) {
            headers.remove(name);
        } else {
            headers.put(name, value);
        }
        return this;
    }

    /** Sends {@code jwt}, its placeholder {@code aud} set to this request's service root. */
    Gpc jwt(TestJwt jwt) {
        return header("Authorization", "Bearer " + jwt.audience(root).token());
    }

    String traceId() {
        return headers.get("Ssp-TraceID");
    }

    HttpResponse<String> send() {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(root + path)).timeout(Duration.ofSeconds(30));
        headers.forEach(b::header);
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        try {
            return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Sandbox sandbox() {
        return sandbox;
    }

    SandboxPractice practice() {
        return practice;
    }
}
