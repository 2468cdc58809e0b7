package dev.carerecord.sdk.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carerecord.sdk.core.cache.CacheOptions;
import dev.carerecord.sdk.core.cache.CachePolicy;
import dev.carerecord.sdk.testing.Reply;
import dev.carerecord.sdk.testing.ScriptedHttpServer;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link ResponseHandler#isCacheable}: a result the handler marks uncacheable is never stored. */
class CacheableResultTest {
    private ScriptedHttpServer server;
    private HttpPipeline pipeline;

    @BeforeEach
    void start() {
        server = ScriptedHttpServer.start();
        AtomicInteger n = new AtomicInteger();
        server.on("/patient", Reply.dynamic(r -> Reply.json(200, "{\"restricted\":" + (n.incrementAndGet() % 2 == 1)
                + "}")));
        pipeline = HttpPipeline.builder().clientName("cacheable-test")
                .cacheOptions(CacheOptions.builder().clinicalCaching(true).build()).build();
    }

    @AfterEach
    void stop() {
        pipeline.close();
        server.close();
    }

    private String call(ResponseHandler<String> handler) {
        return pipeline.execute(TestSupport.get(server.baseUrl() + "/patient").patient(TestSupport.PATIENT)
                .cachePolicy(CachePolicy.clinicalData()).build(), handler);
    }

    @Test
    void anUncacheableResultIsNotStored_andTheNextCallGoesOnTheWire() {
        ResponseHandler<String> handler = ResponseHandler.cacheableWhen(HttpResponse::bodyText,
                body -> !body.contains("\"restricted\":true"));

        String first = call(handler);
        String second = call(handler);
        String third = call(handler);

        assertThat(first).contains("true");
        assertThat(second).contains("false");
        assertThat(third).as("served from the cache: the second answer was cacheable").isEqualTo(second);
        assertThat(server.count("/patient")).isEqualTo(2);
        assertThat(pipeline.responseCache().stats().stores()).isEqualTo(1);
    }

    @Test
    void withPartialKeepsTheWrappedHandlersCacheability() {
        ResponseHandler<String> handler = ResponseHandler.withPartial(
                ResponseHandler.cacheableWhen(HttpResponse::bodyText, body -> false), body -> false);

        call(handler);
        call(handler);

        assertThat(server.count("/patient")).isEqualTo(2);
        assertThat(pipeline.responseCache().stats().stores()).isZero();
    }
}
