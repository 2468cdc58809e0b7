package dev.carerecord.sdk.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carerecord.sdk.core.RequesterContext;
import dev.carerecord.sdk.core.audit.AuditEvent;
import dev.carerecord.sdk.core.audit.AuditPhase;
import dev.carerecord.sdk.core.cache.CachePolicy;
import dev.carerecord.sdk.core.ids.NhsNumber;
import dev.carerecord.sdk.core.ids.SdsUserId;
import dev.carerecord.sdk.testing.RecordedRequest;
import dev.carerecord.sdk.testing.Reply;
import dev.carerecord.sdk.testing.ScriptedHttpServer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Many threads through one pipeline: every caller gets its own answer, never another's. */
class ConcurrencyTest {
    private static final int THREADS = 32;
    private static final int CALLS = 200;
    private static final List<NhsNumber> PATIENTS = List.of(TestSupport.PATIENT, TestSupport.OTHER_PATIENT,
            NhsNumber.parse("9876543210"));

    private static String echo(RecordedRequest r) {
        return r.method() + "|" + r.rawTarget() + "|" + r.header("X-Token").orElse("-") + "|"
                + r.header("X-User").orElse("-") + "|" + r.bodyText();
    }

    @Test
    void thirtyTwoThreads_mixedCalls_noLostOrCrossWiredResponses() throws Exception {
        TestSupport.RecordingSink audit = new TestSupport.RecordingSink();
        List<String> mismatches = new CopyOnWriteArrayList<>();
        try (ScriptedHttpServer server = ScriptedHttpServer.start();
             HttpPipeline pipeline = HttpPipeline.builder().clientName("concurrency-test")
                     .bulkheadOptions(BulkheadOptions.builder().maxConcurrentCalls(16).maxWait(Duration.ofSeconds(30))
                             .build())
                     .auditSink(audit).build()) {
            for (String path : List.of("/echo/a", "/echo/b", "/echo/c", "/echo/ref")) {
                server.on(path, Reply.dynamic(r -> Reply.text(200, echo(r))));
            }
            ExecutorService threads = Executors.newFixedThreadPool(THREADS);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                results.add(threads.submit(() -> {
                    go.await();
                    RequesterContext requester = TestSupport.requester().toBuilder()
                            .sdsUserId(SdsUserId.of("user" + thread)).build();
                    int done = 0;
                    for (int i = 0; i < CALLS; i++) {
                        String token = UUID.randomUUID().toString();
                        NhsNumber patient = PATIENTS.get((thread + i) % PATIENTS.size());
                        String expected;
                        PipelineRequest request;
                        switch (i % 4) {
                            case 0 -> {
                                request = base(HttpMethod.GET, server.baseUrl() + "/echo/a?t=" + token, requester,
                                        patient, token).build();
                                expected = "GET|/echo/a?t=" + token + "|" + token + "|user" + thread + "|";
                            }
                            case 1 -> {
                                request = base(HttpMethod.POST, server.baseUrl() + "/echo/b", requester, patient,
                                        token).body(("post " + token).getBytes(StandardCharsets.UTF_8)).build();
                                expected = "POST|/echo/b|" + token + "|user" + thread + "|post " + token;
                            }
                            case 2 -> {
                                request = base(HttpMethod.PUT, server.baseUrl() + "/echo/c", requester, patient,
                                        token).body(("put " + token).getBytes(StandardCharsets.UTF_8)).build();
                                expected = "PUT|/echo/c|" + token + "|user" + thread + "|put " + token;
                            }
                            default -> {
                                // reference data, cached per requester: the token of the first call is served again
                                request = base(HttpMethod.GET, server.baseUrl() + "/echo/ref", requester, null, null)
                                        .cachePolicy(CachePolicy.referenceData()).build();
                                expected = "GET|/echo/ref|-|user" + thread + "|";
                            }
                        }
                        String body = pipeline.execute(request, HttpResponse::bodyText);
                        if (!body.equals(expected)) {
                            mismatches.add("thread " + thread + " call " + i + ": expected " + expected + " got " + body);
                        }
                        done++;
                    }
                    return done;
                }));
            }
            go.countDown();
            int total = 0;
            for (Future<Integer> result : results) {
                total += result.get(5, TimeUnit.MINUTES);
            }
            threads.shutdown();

            assertThat(mismatches).isEmpty();
            assertThat(total).isEqualTo(THREADS * CALLS);
            int wireCalls = THREADS * CALLS * 3 / 4 + THREADS;
            assertThat(server.requests()).hasSize(wireCalls);
            List<AuditEvent> outcomes = audit.events.stream().filter(e -> e.phase() == AuditPhase.OUTCOME).toList();
            assertThat(outcomes).hasSize(THREADS * CALLS);
            assertThat(audit.events).hasSize(THREADS * CALLS + wireCalls);
            assertThat(audit.events.stream().map(AuditEvent::sequence).distinct().count())
                    .isEqualTo(audit.events.size());
            assertThat(pipeline.responseCache().stats().hits()).isEqualTo(THREADS * CALLS / 4 - THREADS);
        }
    }

    private static PipelineRequest.Builder base(HttpMethod method, String url, RequesterContext requester,
            NhsNumber patient, String token) {
        PipelineRequest.Builder b = PipelineRequest.builder(method, url).source("Echo").operation(method.name())
                .requester(requester).patient(patient).header("X-User", requester.sdsUserId().value())
                .endpointKey(url.replaceAll("\\?.*", ""));
        return token == null ? b : b.header("X-Token", token);
    }
}
