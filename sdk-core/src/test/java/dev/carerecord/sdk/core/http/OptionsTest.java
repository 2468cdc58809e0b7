package dev.carerecord.sdk.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.carerecord.sdk.core.cache.CacheOptions;
import dev.carerecord.sdk.core.cache.CachePolicy;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The documented defaults (the README table) and the builders' checks. */
class OptionsTest {
    @Test
    void transportDefaults() {
        TransportOptions t = TransportOptions.defaults();
        assertThat(t.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(t.attemptTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(t.maxResponseBytes()).isEqualTo(64L * 1024 * 1024);
        assertThat(t.sslContext()).isEmpty();
        assertThat(t.proxy()).isEmpty();
        assertThat(t.gzip()).isTrue();
        assertThat(t.userAgent()).isEqualTo("care-record-sdk");
    }

    @Test
    void retryDefaults() {
        RetryOptions r = RetryOptions.defaults();
        assertThat(r.maxAttempts()).isEqualTo(3);
        assertThat(r.initialBackoff()).isEqualTo(Duration.ofMillis(250));
        assertThat(r.multiplier()).isEqualTo(2.0);
        assertThat(r.maxBackoff()).isEqualTo(Duration.ofSeconds(5));
        assertThat(r.jitter()).isEqualTo(0.5);
        assertThat(r.retryStatuses()).containsExactlyInAnyOrder(408, 429, 502, 503, 504);
        assertThat(r.maxRetryAfter()).isEqualTo(Duration.ofSeconds(30));
        assertThat(RetryOptions.disabled().maxAttempts()).isEqualTo(1);
    }

    @Test
    void circuitBreakerAndBulkheadDefaults() {
        CircuitBreakerOptions c = CircuitBreakerOptions.defaults();
        assertThat(c.enabled()).isTrue();
        assertThat(c.failureRateThreshold()).isEqualTo(50f);
        assertThat(c.slidingWindowSize()).isEqualTo(10);
        assertThat(c.minimumNumberOfCalls()).isEqualTo(5);
        assertThat(c.waitInOpenState()).isEqualTo(Duration.ofSeconds(30));
        assertThat(c.permittedCallsInHalfOpenState()).isEqualTo(3);
        assertThat(c.failureStatuses()).containsExactlyInAnyOrder(500, 502, 503, 504);
        BulkheadOptions b = BulkheadOptions.defaults();
        assertThat(b.enabled()).isTrue();
        assertThat(b.maxConcurrentCalls()).isEqualTo(16);
        assertThat(b.maxWait()).isEqualTo(Duration.ZERO);
    }

    @Test
    void logAndCacheDefaults() {
        LogOptions l = LogOptions.defaults();
        assertThat(l.logBodies()).isFalse();
        assertThat(l.redactIdentifiers()).isTrue();
        assertThat(l.allowedHeaders().contains("ssp-traceid")).as("case-insensitive").isTrue();
        assertThat(l.allowedHeaders().contains("authorization")).isFalse();
        CacheOptions c = CacheOptions.defaults();
        assertThat(c.referenceCaching()).isTrue();
        assertThat(c.referenceTtl()).isEqualTo(Duration.ofMinutes(10));
        assertThat(c.clinicalCaching()).isFalse();
        assertThat(c.clinicalTtl()).isEqualTo(Duration.ofMinutes(5));
        assertThat(c.maximumEntries()).isEqualTo(10_000);
        assertThat(c.noStoreOverrideSources()).isEmpty();
        assertThat(c.caches(CachePolicy.Kind.CLINICAL_DATA)).isFalse();
        assertThat(CacheOptions.disabled().caches(CachePolicy.Kind.REFERENCE_DATA)).isFalse();
    }

    @Test
    void builders_refuseNonsense() {
        assertThatThrownBy(() -> RetryOptions.builder().maxAttempts(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RetryOptions.builder().jitter(1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RetryOptions.builder().retryStatuses(42)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RetryOptions.builder().initialBackoff(Duration.ofSeconds(10)).build())
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> TransportOptions.builder().connectTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CircuitBreakerOptions.builder().failureRateThreshold(0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BulkheadOptions.builder().maxConcurrentCalls(0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CacheOptions.builder().keySalt(new byte[4]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CachePolicy.none().noStoreOverridable()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> HttpPipeline.builder().build()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> HttpPipeline.builder().clientName("has space"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void headers_areCaseInsensitiveAndImmutable() {
        HttpHeaders h = HttpHeaders.builder().add("Accept", "a").add("accept", "b").set("X-One", "1").build();

        assertThat(h.allValues("ACCEPT")).containsExactly("a", "b");
        assertThat(h.firstValue("x-one")).contains("1");
        assertThat(h.toString()).doesNotContain("1");
        assertThatThrownBy(() -> h.map().put("x", java.util.List.of())).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> h.allValues("accept").add("c")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void extremeValues_areRefusedAtBuildTime_orSaturate_neverCrashACall() {
        assertThatThrownBy(() -> TransportOptions.builder().maxResponseBytes(3L * 1024 * 1024 * 1024))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 GiB");
        assertThatThrownBy(() -> TransportOptions.builder().userAgent("sdk\r\nX-Injected: 1"))
                .isInstanceOf(IllegalArgumentException.class);

        try (dev.carerecord.sdk.testing.ScriptedHttpServer server = dev.carerecord.sdk.testing.ScriptedHttpServer.start();
             HttpPipeline pipeline = HttpPipeline.builder().clientName("extremes")
                     .defaultDeadline(Duration.ofDays(365L * 500))
                     .cacheOptions(CacheOptions.builder().referenceTtl(Duration.ofDays(365L * 1_000_000_000)).build())
                     .auditSink(new TestSupport.RecordingSink()).build()) {
            server.on("/x", dev.carerecord.sdk.testing.Reply.json(200, "{}"));
            PipelineRequest request = TestSupport.get(server.baseUrl() + "/x").cachePolicy(CachePolicy.referenceData())
                    .deadline(Duration.ofDays(365L * 400)).build();

            HttpResponse first = pipeline.execute(request, r -> r);
            HttpResponse second = pipeline.execute(request, r -> r);

            assertThat(first.status()).isEqualTo(200);
            assertThat(second).isSameAs(first);
            assertThat(server.count("/x")).isEqualTo(1);
        }
    }
}
