package dev.carerecord.sdk.core.http;

import static dev.carerecord.sdk.core.http.TestSupport.PATIENT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.carerecord.sdk.core.cache.CacheOptions;
import dev.carerecord.sdk.core.cache.CachePolicy;
import dev.carerecord.sdk.core.cache.CacheValueCodec;
import dev.carerecord.sdk.core.cache.JCacheStore;
import dev.carerecord.sdk.core.cache.ResponseCache;
import dev.carerecord.sdk.model.CareRecord;
import dev.carerecord.sdk.model.PatientDemographics;
import dev.carerecord.sdk.model.json.CareRecordJson;
import dev.carerecord.sdk.testing.Reply;
import dev.carerecord.sdk.testing.ScriptedHttpServer;
import java.time.Duration;
import java.util.UUID;
import javax.cache.Cache;
import javax.cache.CacheManager;
import javax.cache.Caching;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.spi.CachingProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The JCache adapter against a real JSR-107 provider (Caffeine's), shared by two "nodes". */
class JCacheStoreTest {
    private static final byte[] SALT = "a shared cluster secret of 32 b!".getBytes();

    private ScriptedHttpServer server;
    private TestSupport.MutableClock clock;
    private CachingProvider provider;
    private CacheManager manager;
    private Cache<String, String> jcache;
    private CacheValueCodec codec;
    private HttpPipeline nodeA;
    private HttpPipeline nodeB;

    @BeforeEach
    void start() {
        server = ScriptedHttpServer.start();
        server.on("/record", Reply.json(200, "{}"));
        clock = new TestSupport.MutableClock();
        provider = Caching.getCachingProvider("com.github.benmanes.caffeine.jcache.spi.CaffeineCachingProvider");
        manager = provider.getCacheManager();
        jcache = manager.createCache("crsdk-" + UUID.randomUUID(),
                new MutableConfiguration<String, String>().setTypes(String.class, String.class));
        codec = CacheValueCodec.builder()
                .register(CareRecord.class, CareRecordJson.compact()::toJson, CareRecordJson.compact()::fromJson)
                .build();
        nodeA = node("node-a");
        nodeB = node("node-b");
    }

    private HttpPipeline node(String name) {
        ResponseCache cache = ResponseCache.builder()
                .options(CacheOptions.builder().clinicalCaching(true).keySalt(SALT).build())
                .store(JCacheStore.of(jcache, codec)).clock(clock).build();
        return HttpPipeline.builder().clientName(name).responseCache(cache)
                .auditSink(new TestSupport.RecordingSink()).clock(clock).build();
    }

    @AfterEach
    void stop() {
        nodeA.close();
        nodeB.close();
        manager.destroyCache(jcache.getName());
        server.close();
    }

    private PipelineRequest request() {
        return TestSupport.get(server.baseUrl() + "/record").source("GP Connect").operation("structured")
                .patient(PATIENT).cachePolicy(CachePolicy.clinicalData(Duration.ofMinutes(2))).build();
    }

    private static CareRecord record(HttpResponse response) {
        return CareRecord.builder(PatientDemographics.of(PATIENT)).build();
    }

    @Test
    void anEntryStoredByOneNode_isServedToAnother_throughTheJCacheEngine() {
        CareRecord fromA = nodeA.execute(request(), JCacheStoreTest::record);
        CareRecord fromB = nodeB.execute(request(), JCacheStoreTest::record);

        assertThat(fromB).isEqualTo(fromA).isNotSameAs(fromA);
        assertThat(server.count("/record")).isEqualTo(1);
        assertThat(nodeB.responseCache().stats().hits()).isEqualTo(1);
        assertThat(jcache.iterator().next().getKey()).startsWith("crsdk1:").doesNotContain(PATIENT.value());
    }

    @Test
    void entries_expireByTheCacheClock() {
        nodeA.execute(request(), JCacheStoreTest::record);
        clock.advance(Duration.ofMinutes(3));
        nodeB.execute(request(), JCacheStoreTest::record);

        assertThat(server.count("/record")).isEqualTo(2);
    }

    @Test
    void purgingAPatientOnOneNode_removesItForAll() {
        nodeA.execute(request(), JCacheStoreTest::record);
        nodeB.responseCache().purgePatient(PATIENT);
        nodeA.execute(request(), JCacheStoreTest::record);

        assertThat(server.count("/record")).isEqualTo(2);
    }

    @Test
    void typesTheCodecDoesNotKnow_areNotCached() {
        nodeA.execute(request(), HttpResponse::bodyText);
        nodeB.execute(request(), HttpResponse::bodyText);

        assertThat(server.count("/record")).isEqualTo(2);
        assertThat(jcache.iterator().hasNext()).isFalse();
    }

    @Test
    void anUnreadableEntry_isAMiss_andIsDropped() {
        nodeA.execute(request(), JCacheStoreTest::record);
        Cache.Entry<String, String> stored = jcache.iterator().next();
        jcache.put(stored.getKey(), "garbage");

        nodeB.execute(request(), JCacheStoreTest::record);

        assertThat(server.count("/record")).isEqualTo(2);
        assertThat(jcache.get(stored.getKey())).isNotEqualTo("garbage");
    }
}
