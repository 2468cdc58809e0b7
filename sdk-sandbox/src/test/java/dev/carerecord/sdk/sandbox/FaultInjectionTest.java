package dev.carerecord.sdk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every fault kind over real sockets, the admin endpoint, and the request log. */
@ExtendWith(SandboxExtension.class)
class FaultInjectionTest {
    private final Sandbox sandbox;

    FaultInjectionTest(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    @AfterEach
    void clearFaults() {
        sandbox.faults().clear();
    }

    private HttpResponse<String> pdsRead() {
        return Http.get(sandbox.urls().pds() + "/Patient/" + SandboxPatients.RICH.nhsNumber(),
                "X-Request-ID", UUID.randomUUID().toString());
    }

    /** A fresh client per call, so no pooled connection is silently retried by the JDK client. */
    private HttpResponse<String> freshPost(String url, String body) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
                .header("X-Request-ID", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void nextTwo503_thenNormal(Sandbox sandbox) {
        FaultRule rule = sandbox.faults().on(SandboxRoutes.PDS_READ).next(2).status(503, 7);
        HttpResponse<String> first = pdsRead();
        assertThat(first.statusCode()).isEqualTo(503);
        assertThat(first.headers().firstValue("Retry-After")).hasValue("7");
        assertThat(Fhir.r4Code(first.body())).isEqualTo("SERVICE_UNAVAILABLE");
        assertThat(pdsRead().statusCode()).isEqualTo(503);
        assertThat(pdsRead().statusCode()).isEqualTo(200);
        assertThat(rule.fired()).isEqualTo(2);
        assertThat(rule.isActive()).isFalse();
    }

    @Test
    void gpConnectFailures_haveOperationOutcomeBodies(Sandbox sandbox) {
        sandbox.faults().on("gpconnect.*").next(2).status(500);
        String body = Params.patient(SandboxPatients.RICH.nhsNumber()).allergies(false).json();
        HttpResponse<String> error = Gpc.structured(sandbox, SandboxOrganisations.PRACTICE_A, body).send();
        assertThat(error.statusCode()).isEqualTo(500);
        assertThat(Fhir.spineCode(error.body())).isEqualTo("INTERNAL_SERVER_ERROR");
        sandbox.faults().clear();
        sandbox.faults().on(SandboxRoutes.GPC_STRUCTURED).next(1).status(502);
        HttpResponse<String> proxy = Gpc.structured(sandbox, SandboxOrganisations.PRACTICE_A, body).send();
        assertThat(proxy.statusCode()).isEqualTo(502);
        assertThat(Fhir.spineCode(proxy.body())).isEqualTo("502");
    }

    @Test
    void rewriteBody_servesTheRewrittenBody_withTheStatusAndHeaders_thenNormal(Sandbox sandbox) {
        String other = SandboxPatients.MINIMAL.nhsNumber();
        FaultRule rule = sandbox.faults().on(SandboxRoutes.GPC_STRUCTURED).next(1)
                .rewriteBody(json -> json.replace(SandboxPatients.RICH.nhsNumber(), other));
        String body = Params.patient(SandboxPatients.RICH.nhsNumber()).allergies(false).json();
        HttpResponse<String> rewritten = Gpc.structured(sandbox, SandboxOrganisations.PRACTICE_A, body).send();
        assertThat(rewritten.statusCode()).isEqualTo(200);
        assertThat(rewritten.headers().firstValue("Content-Type")).hasValueSatisfying(
                v -> assertThat(v).startsWith("application/fhir+json"));
        assertThat(rewritten.body()).contains(other).doesNotContain(SandboxPatients.RICH.nhsNumber());
        assertThat(rule.kind()).isEqualTo(FaultKind.REWRITE);
        assertThat(rule.isActive()).isFalse();
        HttpResponse<String> normal = Gpc.structured(sandbox, SandboxOrganisations.PRACTICE_A, body).send();
        assertThat(normal.body()).contains(SandboxPatients.RICH.nhsNumber()).doesNotContain(other);
    }

    @Test
    void tooManyRequests_carriesRetryAfter(Sandbox sandbox) {
        sandbox.faults().on("sds.*").next(1).tooManyRequests(3);
        HttpResponse<String> response = Http.get(sandbox.urls().sds() + "/Device", "apikey", "k");
        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("3");
    }

    @Test
    void reset_givesIOExceptionAtTheClient(Sandbox sandbox) {
        sandbox.faults().on(SandboxRoutes.PDS_OTHER).next(1).reset();
        assertThatThrownBy(() -> freshPost(sandbox.urls().pds() + "/Patient", "{}")).isInstanceOf(IOException.class);
        assertThat(pdsRead().statusCode()).isEqualTo(200);
    }

    @Test
    void truncate_givesIOExceptionAtTheClient(Sandbox sandbox) {
        sandbox.faults().on(SandboxRoutes.PDS_OTHER).next(1).truncate();
        assertThatThrownBy(() -> freshPost(sandbox.urls().pds() + "/Patient", "{}")).isInstanceOf(IOException.class);
        sandbox.faults().onPath(".*/Patient/999.*").next(1).truncate();
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(sandbox.urls().pds() + "/Patient/" + SandboxPatients.RICH.nhsNumber()))
                .header("X-Request-ID", UUID.randomUUID().toString()).build();
        assertThatThrownBy(() -> client.send(request, HttpResponse.BodyHandlers.ofString())).isInstanceOf(IOException.class);
    }

    @Test
    void hang_isReleasedByClearing(Sandbox sandbox) throws Exception {
        FaultRule hang = sandbox.faults().on(SandboxRoutes.PDS_READ).hang();
        CompletableFuture<HttpResponse<String>> held = CompletableFuture.supplyAsync(this::pdsRead);
        while (hang.fired() == 0) {
            Thread.sleep(10);
        }
        assertThat(held).isNotDone();
        hang.clear();
        assertThat(held.get(20, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
    }

    @Test
    void latency_thenServedNormally(Sandbox sandbox) {
        FaultRule slow = sandbox.faults().on(SandboxRoutes.PDS_READ).next(1).latency(Duration.ofMillis(50));
        assertThat(pdsRead().statusCode()).isEqualTo(200);
        assertThat(slow.fired()).isEqualTo(1);
    }

    @Test
    void fractionWithSeed_isReproducible(Sandbox sandbox) {
        List<List<Integer>> runs = new ArrayList<>();
        for (int run = 0; run < 2; run++) {
            FaultRule rule = sandbox.faults().on(SandboxRoutes.PDS_READ).fraction(0.5).seed(1234).status(503);
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                statuses.add(pdsRead().statusCode());
            }
            rule.clear();
            runs.add(statuses);
        }
        assertThat(runs.get(0)).isEqualTo(runs.get(1)).contains(200, 503);
    }

    @Test
    void adminEndpoint_setsListsAndClearsFaults(Sandbox sandbox) throws Exception {
        String admin = sandbox.urls().admin() + "/faults";
        HttpResponse<String> created = Gpc.CLIENT.send(HttpRequest.newBuilder(URI.create(admin))
                .POST(HttpRequest.BodyPublishers.ofString("{\"route\":\"pds.read\",\"kind\":\"status\",\"status\":504,\"count\":5}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(pdsRead().statusCode()).isEqualTo(504);
        assertThat(Http.get(admin).body()).contains("\"remaining\":4");
        HttpResponse<String> cleared = Gpc.CLIENT.send(HttpRequest.newBuilder(URI.create(admin)).DELETE().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(cleared.statusCode()).isEqualTo(200);
        assertThat(pdsRead().statusCode()).isEqualTo(200);
        HttpResponse<String> bad = Gpc.CLIENT.send(HttpRequest.newBuilder(URI.create(admin))
                .POST(HttpRequest.BodyPublishers.ofString("{\"kind\":\"status\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(bad.statusCode()).isEqualTo(400);
    }

    @Test
    void requestLog_showsEachAttemptHasItsOwnTraceIdAndJwt(Sandbox sandbox) {
        sandbox.requests().clear();
        sandbox.faults().on(SandboxRoutes.GPC_STRUCTURED).next(1).status(503);
        String body = Params.patient(SandboxPatients.RICH.nhsNumber()).allergies(false).json();
        assertThat(Gpc.structured(sandbox, SandboxOrganisations.PRACTICE_A, body).send().statusCode()).isEqualTo(503);
        assertThat(Gpc.structured(sandbox, SandboxOrganisations.PRACTICE_A, body).send().statusCode()).isEqualTo(200);
        List<RecordedRequest> attempts = sandbox.requests().forRoute(SandboxRoutes.GPC_STRUCTURED);
        assertThat(attempts).hasSize(2);
        assertThat(attempts.get(0).header("Ssp-TraceID")).isNotEqualTo(attempts.get(1).header("Ssp-TraceID"));
        assertThat(attempts.get(0).header("authorization")).isPresent();
        assertThat(attempts.get(0).body()).contains("patientNHSNumber");
        assertThat(sandbox.requests().last("gpconnect.*")).isPresent();
    }
}
