package dev.carerecord.sdk.fhir.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.carerecord.sdk.fhir.internal.auth.TokenCache;
import dev.carerecord.sdk.fhir.testing.MutableClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class TokenCacheTest {
    private final MutableClock clock = new MutableClock();
    private final AtomicInteger fetches = new AtomicInteger();

    private Supplier<AccessToken> issuing(Duration life) {
        return () -> new AccessToken("t" + fetches.incrementAndGet(), clock.instant().plus(life));
    }

    @Test
    void reusedUntilTheMarginBeforeExpiry_thenRefreshed() {
        TokenCache cache = new TokenCache(clock, Duration.ofSeconds(60));
        Supplier<AccessToken> fetch = issuing(Duration.ofSeconds(600));

        assertThat(cache.get(fetch).value()).isEqualTo("t1");
        clock.advance(Duration.ofSeconds(539));
        assertThat(cache.get(fetch).value()).isEqualTo("t1");
        clock.advance(Duration.ofSeconds(1));
        assertThat(cache.get(fetch).value()).isEqualTo("t2");
        assertThat(fetches).hasValue(2);
    }

    @Test
    void shortLivedTokens_refreshedAtHalfLife_neverPastExpiry() {
        TokenCache cache = new TokenCache(clock, Duration.ofSeconds(60));
        Supplier<AccessToken> fetch = issuing(Duration.ofSeconds(10));

        AccessToken first = cache.get(fetch);
        clock.advance(Duration.ofSeconds(4));
        assertThat(cache.get(fetch)).isSameAs(first);
        clock.advance(Duration.ofSeconds(1));
        AccessToken second = cache.get(fetch);
        assertThat(second.value()).isEqualTo("t2");
        assertThat(second.isExpiredAt(clock.instant())).isFalse();
    }

    @Test
    void aFailedFetchIsThrown_andTheNextCallTriesAgain() {
        TokenCache cache = new TokenCache(clock, Duration.ofSeconds(60));
        assertThatThrownBy(() -> cache.get(() -> {
            throw new IllegalStateException("token endpoint down");
        })).hasMessageContaining("down");

        assertThat(cache.get(issuing(Duration.ofMinutes(10))).value()).isEqualTo("t1");
    }

    @Test
    void invalidate_forcesAFetch() {
        TokenCache cache = new TokenCache(clock, Duration.ofSeconds(60));
        Supplier<AccessToken> fetch = issuing(Duration.ofMinutes(10));
        cache.get(fetch);
        cache.invalidate();

        assertThat(cache.get(fetch).value()).isEqualTo("t2");
    }

    @Test
    void concurrentCallers_shareOneFetch() throws Exception {
        TokenCache cache = new TokenCache(clock, Duration.ofSeconds(60));
        CountDownLatch inFetch = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Supplier<AccessToken> slow = () -> {
            inFetch.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return issuing(Duration.ofMinutes(10)).get();
        };
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<AccessToken>> results = new ArrayList<>();
            results.add(pool.submit(() -> cache.get(slow)));
            inFetch.await(10, TimeUnit.SECONDS);
            for (int i = 0; i < 7; i++) {
                results.add(pool.submit(() -> cache.get(slow)));
            }
            release.countDown();
            for (Future<AccessToken> f : results) {
                assertThat(f.get(10, TimeUnit.SECONDS).value()).isEqualTo("t1");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(fetches).hasValue(1);
    }

    @Test
    void tokensNeverShowTheirValue() {
        assertThat(new AccessToken("secret-value", clock.instant()).toString()).doesNotContain("secret");
        assertThatThrownBy(() -> new AccessToken("bad token", clock.instant()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
