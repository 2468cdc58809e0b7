package dev.carerecord.sdk.core.http;

import static dev.carerecord.sdk.core.http.TestSupport.OTHER_PATIENT;
import static dev.carerecord.sdk.core.http.TestSupport.PATIENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.carerecord.sdk.core.PurposeOfUse;
import dev.carerecord.sdk.core.RequesterContext;
import dev.carerecord.sdk.core.audit.AuditEvent;
import dev.carerecord.sdk.core.audit.AuditOutcome;
import dev.carerecord.sdk.core.audit.AuditPhase;
import dev.carerecord.sdk.core.cache.CacheEntry;
import dev.carerecord.sdk.core.cache.CacheOptions;
import dev.carerecord.sdk.core.cache.CachePolicy;
import dev.carerecord.sdk.core.cache.CacheStore;
import dev.carerecord.sdk.core.cache.ResponseCache;
import dev.carerecord.sdk.core.exception.MalformedResponseException;
import dev.carerecord.sdk.core.ids.OdsCode;
import dev.carerecord.sdk.core.ids.SdsUserId;
import dev.carerecord.sdk.testing.Reply;
import dev.carerecord.sdk.testing.ScriptedHttpServer;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CacheTest {
    private ScriptedHttpServer server;
    private TestSupport.MutableClock clock;
    private TestSupport.RecordingSink audit;
    private AtomicInteger token;
    private HttpPipeline pipeline;

    @BeforeEach
    void start() {
        server = ScriptedHttpServer.start();
        clock = new TestSupport.MutableClock();
        audit = new TestSupport.RecordingSink();
        token = new AtomicInteger();
        // every answer is different, so a cached answer is recognisable
        Reply counting = Reply.dynamic(r -> Reply.json(200, "{\"n\":" + token.incrementAndGet() + "}"));
        server.on("/sds", counting);
        server.on("/record", counting);
        pipeline = pipeline(CacheOptions.defaults());
    }

    @AfterEach
    void stop() {
        pipeline.close();
        server.close();
    }

    private HttpPipeline pipeline(CacheOptions options) {
        return HttpPipeline.builder().clientName("cache-test").cacheOptions(options).auditSink(audit).clock(clock)
                .build();
    }

    private PipelineRequest.Builder reference() {
        return TestSupport.get(server.baseUrl() + "/sds").source("SDS").operation("endpointLookup")
                .cachePolicy(CachePolicy.referenceData());
    }

    private PipelineRequest.Builder clinical() {
        return TestSupport.get(server.baseUrl() + "/record").source("GP Connect").operation("structured")
                .patient(PATIENT).cachePolicy(CachePolicy.clinicalData());
    }

    private String call(PipelineRequest request) {
        return pipeline.execute(request, HttpResponse::bodyText);
    }

    @Test
    void referenceData_isCachedByDefault_andAHitSendsNothing() {
        String first = call(reference().build());
        String second = call(reference().build());

        assertThat(second).isEqualTo(first);
        assertThat(server.count("/sds")).isEqualTo(1);
        ResponseCache cache = pipeline.responseCache();
        assertThat(cache.stats().hits()).isEqualTo(1);
        assertThat(cache.stats().misses()).isEqualTo(1);
        assertThat(cache.stats().stores()).isEqualTo(1);
        assertThat(cache.stats().size()).isEqualTo(1);
        AuditEvent hit = audit.events.get(audit.events.size() - 1);
        assertThat(hit.phase()).isEqualTo(AuditPhase.OUTCOME);
        assertThat(hit.outcome()).isEqualTo(AuditOutcome.CACHE_HIT);
        assertThat(hit.attempt()).isZero();
    }

    @Test
    void clinicalData_isNotCachedByDefault() {
        call(clinical().build());
        call(clinical().build());

        assertThat(server.count("/record")).isEqualTo(2);
    }

    @Test
    void clinicalData_isCachedWhenTheIntegratorTurnsItOn() {
        pipeline.close();
        pipeline = pipeline(CacheOptions.builder().clinicalCaching(true).build());

        String first = call(clinical().build());

        assertThat(call(clinical().build())).isEqualTo(first);
        assertThat(server.count("/record")).isEqualTo(1);
    }

    @Test
    void entries_expireAfterTheirTtl_byTheInjectedClock() {
        call(reference().cachePolicy(CachePolicy.referenceData(Duration.ofMinutes(1))).build());
        clock.advance(Duration.ofSeconds(59));
        call(reference().cachePolicy(CachePolicy.referenceData(Duration.ofMinutes(1))).build());
        assertThat(server.count("/sds")).isEqualTo(1);

        clock.advance(Duration.ofSeconds(2));
        call(reference().cachePolicy(CachePolicy.referenceData(Duration.ofMinutes(1))).build());

        assertThat(server.count("/sds")).isEqualTo(2);
    }

    @Test
    void theIntegratorsTtl_capsTheClientsTtl() {
        pipeline.close();
        pipeline = pipeline(CacheOptions.builder().referenceTtl(Duration.ofSeconds(30)).build());
        call(reference().cachePolicy(CachePolicy.referenceData(Duration.ofHours(1))).build());

        clock.advance(Duration.ofSeconds(31));
        call(reference().cachePolicy(CachePolicy.referenceData(Duration.ofHours(1))).build());

        assertThat(server.count("/sds")).isEqualTo(2);
    }

    @Test
    void oneRequestersView_isNeverServedToAnother() {
        RequesterContext base = TestSupport.requester();
        List<RequesterContext> others = List.of(
                base.toBuilder().sdsUserId(SdsUserId.of("999888777666")).build(),
                base.toBuilder().organisation(OdsCode.of("B82002")).build(),
                base.toBuilder().purposeOfUse(PurposeOfUse.of("migration")).build(),
                base.toBuilder().sessionId("session-2").build());
        String mine = call(reference().requester(base).build());

        for (RequesterContext other : others) {
            assertThat(call(reference().requester(other).build())).as(other.toString()).isNotEqualTo(mine);
        }

        assertThat(server.count("/sds")).isEqualTo(1 + others.size());
        assertThat(call(reference().requester(base).build())).isEqualTo(mine);
    }

    @Test
    void differentRequests_haveDifferentEntries() {
        call(reference().build());
        call(reference().header("Accept", "application/fhir+xml").build());
        call(PipelineRequest.builder(HttpMethod.POST, server.baseUrl() + "/sds").source("SDS")
                .operation("endpointLookup").requester(TestSupport.requester()).idempotent(true)
                .body("{\"a\":1}".getBytes()).cachePolicy(CachePolicy.referenceData()).build());
        call(PipelineRequest.builder(HttpMethod.POST, server.baseUrl() + "/sds").source("SDS")
                .operation("endpointLookup").requester(TestSupport.requester()).idempotent(true)
                .body("{\"a\":2}".getBytes()).cachePolicy(CachePolicy.referenceData()).build());

        assertThat(server.count("/sds")).isEqualTo(4);
    }

    @Test
    void purgePatient_removesOnlyThatPatientsEntries() {
        pipeline.close();
        pipeline = pipeline(CacheOptions.builder().clinicalCaching(true).build());
        String mine = call(clinical().build());
        String theirs = call(clinical().patient(OTHER_PATIENT).build());
        call(reference().build());

        pipeline.responseCache().purgePatient(PATIENT);

        assertThat(call(clinical().build())).isNotEqualTo(mine);
        assertThat(call(clinical().patient(OTHER_PATIENT).build())).isEqualTo(theirs);
        call(reference().build());
        assertThat(server.count("/record")).isEqualTo(3);
        assertThat(server.count("/sds")).isEqualTo(1);
    }

    @Test
    void purgeAll_removesEverything() {
        call(reference().build());
        pipeline.responseCache().purgeAll();
        call(reference().build());

        assertThat(server.count("/sds")).isEqualTo(2);
    }

    @Test
    void noStore_isHonoured() {
        server.on("/sds", Reply.json(200, "{}").header("Cache-Control", "private, no-store"));

        call(reference().build());
        call(reference().build());

        assertThat(server.count("/sds")).isEqualTo(2);
        assertThat(pipeline.responseCache().stats().noStoreSkips()).isEqualTo(2);
    }

    @Test
    void noStore_isOverridden_onlyWhenTheSourceAllowsItAndTheIntegratorOptsIn() {
        server.on("/sds", Reply.json(200, "{}").header("Cache-Control", "no-store"));
        CachePolicy overridable = CachePolicy.referenceData().noStoreOverridable();

        // the source allows it, the integrator has not opted in
        call(reference().cachePolicy(overridable).build());
        call(reference().cachePolicy(overridable).build());
        assertThat(server.count("/sds")).isEqualTo(2);

        pipeline.close();
        pipeline = pipeline(CacheOptions.builder().overrideNoStoreFor("SDS").build());
        // the integrator opted in, the source does not allow it
        call(reference().build());
        call(reference().build());
        assertThat(server.count("/sds")).isEqualTo(4);

        // both
        call(reference().cachePolicy(overridable).build());
        call(reference().cachePolicy(overridable).build());
        assertThat(server.count("/sds")).isEqualTo(5);

        // a trailing * names every source with that prefix; anything else must match whole
        pipeline.close();
        pipeline = pipeline(CacheOptions.builder().overrideNoStoreFor("SD*").build());
        call(reference().cachePolicy(overridable).build());
        call(reference().cachePolicy(overridable).build());
        assertThat(server.count("/sds")).isEqualTo(6);
        pipeline.close();
        pipeline = pipeline(CacheOptions.builder().overrideNoStoreFor("SD").build());
        call(reference().cachePolicy(overridable).build());
        call(reference().cachePolicy(overridable).build());
        assertThat(server.count("/sds")).isEqualTo(8);
    }

    @Test
    void errorsAndUnreadableResponses_areNotCached() {
        server.on("/sds", Reply.status(404), Reply.json(200, "{}"));
        assertThatThrownBy(() -> call(reference().build())).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> pipeline.execute(reference().build(), r -> {
            throw new IllegalStateException("bad");
        })).isInstanceOf(MalformedResponseException.class);
        call(reference().build());

        assertThat(server.count("/sds")).isEqualTo(3);
    }

    @Test
    void aSharedCache_servesSeveralPipelines_andIsPurgedForAllAtOnce() {
        ResponseCache shared = ResponseCache.builder().options(CacheOptions.defaults()).clock(clock).build();
        try (HttpPipeline a = HttpPipeline.builder().clientName("a").responseCache(shared).auditSink(audit).build();
             HttpPipeline b = HttpPipeline.builder().clientName("b").responseCache(shared).auditSink(audit).build()) {
            String first = a.execute(reference().build(), HttpResponse::bodyText);
            assertThat(b.execute(reference().build(), HttpResponse::bodyText)).isEqualTo(first);
            assertThat(b.responseCache()).isSameAs(shared);

            shared.purgeAll();

            assertThat(b.execute(reference().build(), HttpResponse::bodyText)).isNotEqualTo(first);
            assertThat(server.count("/sds")).isEqualTo(2);
        }
    }

    @Test
    void keys_holdNoNhsNumberOrUrlInClear() {
        List<String> keys = new CopyOnWriteArrayList<>();
        CacheStore recording = new DelegatingStore(CacheStore.inMemory(100, clock)) {
            @Override
            public void put(String key, CacheEntry entry) {
                keys.add(key);
                super.put(key, entry);
            }
        };
        server.on("/Patient/9434765919", Reply.json(200, "{}"));
        ResponseCache cache = ResponseCache.builder().options(CacheOptions.builder().clinicalCaching(true).build())
                .store(recording).clock(clock).build();
        try (HttpPipeline p = HttpPipeline.builder().clientName("k").responseCache(cache).auditSink(audit).build()) {
            p.execute(TestSupport.get(server.baseUrl() + "/Patient/9434765919?identifier=9434765919")
                    .patient(PATIENT).cachePolicy(CachePolicy.clinicalData()).build(), HttpResponse::bodyText);
        }

        assertThat(keys).singleElement().satisfies(key -> assertThat(key)
                .doesNotContain("9434765919").doesNotContain("Patient").doesNotContain("A81001")
                .doesNotContain("111222333444").startsWith("crsdk1:"));
    }

    @Test
    void theInMemoryStore_isBounded() {
        pipeline.close();
        pipeline = pipeline(CacheOptions.builder().maximumEntries(2).build());
        for (int i = 0; i < 5; i++) {
            call(reference().header("X-N", String.valueOf(i)).build());
        }

        assertThat(pipeline.responseCache().stats().size()).isLessThanOrEqualTo(2);
    }

    @Test
    void sharedCacheAndOwnOptions_cannotBothBeGiven() {
        assertThatThrownBy(() -> HttpPipeline.builder().clientName("x").cacheOptions(CacheOptions.defaults())
                .responseCache(ResponseCache.create(CacheOptions.defaults())).build())
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void clinicalDataWithoutAPatient_isNeverCached_soAPurgeCannotMissIt() {
        pipeline.close();
        pipeline = pipeline(CacheOptions.builder().clinicalCaching(true).build());
        PipelineRequest search = TestSupport.get(server.baseUrl() + "/record?family=SMITH").source("PDS")
                .operation("search").cachePolicy(CachePolicy.clinicalData()).build();

        String first = call(search);
        String second = call(search);

        assertThat(second).isNotEqualTo(first);
        assertThat(server.count("/record")).isEqualTo(2);
        assertThat(pipeline.responseCache().stats().size()).isZero();
    }

    @Test
    void aFailingStore_isAMissAndASkippedWrite_neverAFailedCall() {
        CacheStore broken = new CacheStore() {
            @Override
            public Optional<CacheEntry> get(String key) {
                throw new IllegalStateException("store down " + key);
            }

            @Override
            public void put(String key, CacheEntry entry) {
                throw new IllegalStateException("store down " + key);
            }

            @Override
            public void removeIf(Predicate<String> keyMatches) {
            }

            @Override
            public void clear() {
            }

            @Override
            public long size() {
                return -1;
            }
        };
        ResponseCache cache = ResponseCache.builder().options(CacheOptions.builder().clinicalCaching(true).build())
                .store(broken).clock(clock).build();
        try (HttpPipeline p = HttpPipeline.builder().clientName("broken-store").responseCache(cache).auditSink(audit)
                .clock(clock).build()) {
            String first = p.execute(clinical().build(), HttpResponse::bodyText);
            String second = p.execute(clinical().build(), HttpResponse::bodyText);
            assertThat(second).isNotEqualTo(first);
        }

        assertThat(server.count("/record")).isEqualTo(2);
        assertThat(audit.events).filteredOn(e -> e.phase() == AuditPhase.OUTCOME)
                .extracting(AuditEvent::outcome).containsExactly(AuditOutcome.SUCCESS, AuditOutcome.SUCCESS);
    }

    @Test
    void aStoreSharedAcrossProcesses_needsAFixedKeySalt() {
        CacheStore shared = new DelegatingStore(CacheStore.inMemory(10, clock)) {
            @Override
            public boolean isSharedAcrossProcesses() {
                return true;
            }
        };

        assertThatThrownBy(() -> ResponseCache.builder().store(shared).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("keySalt");
        assertThat(ResponseCache.builder().store(shared)
                .options(CacheOptions.builder().keySalt(new byte[32]).build()).build()).isNotNull();
    }

    /** A store that hands everything to another; tests override what they watch or change. */
    private static class DelegatingStore implements CacheStore {
        private final CacheStore inner;

        DelegatingStore(CacheStore inner) {
            this.inner = inner;
        }

        @Override
        public Optional<CacheEntry> get(String key) {
            return inner.get(key);
        }

        @Override
        public void put(String key, CacheEntry entry) {
            inner.put(key, entry);
        }

        @Override
        public void removeIf(Predicate<String> keyMatches) {
            inner.removeIf(keyMatches);
        }

        @Override
        public void clear() {
            inner.clear();
        }

        @Override
        public long size() {
            return inner.size();
        }
    }
}
