package dev.carerecord.sdk.core.http;

import static dev.carerecord.sdk.core.http.TestSupport.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.carerecord.sdk.core.exception.BulkheadFullException;
import dev.carerecord.sdk.core.exception.CircuitOpenException;
import dev.carerecord.sdk.core.exception.DeadlineExceededException;
import dev.carerecord.sdk.core.exception.ResourceNotFoundException;
import dev.carerecord.sdk.core.exception.SourceUnavailableException;
import dev.carerecord.sdk.testing.Reply;
import dev.carerecord.sdk.testing.ScriptedHttpServer;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {
    private ScriptedHttpServer server;
    private TestSupport.MutableClock clock;
    private TestSupport.RecordingListener listener;
    private HttpPipeline pipeline;

    @BeforeEach
    void start() {
        server = ScriptedHttpServer.start();
        clock = new TestSupport.MutableClock();
        listener = new TestSupport.RecordingListener();
        pipeline = HttpPipeline.builder().clientName("breaker-test")
                .retryOptions(RetryOptions.disabled())
                .circuitBreakerOptions(CircuitBreakerOptions.builder().slidingWindowSize(4).minimumNumberOfCalls(4)
                        .failureRateThreshold(50).waitInOpenState(Duration.ofSeconds(30))
                        .permittedCallsInHalfOpenState(2).build())
                .auditSink(new TestSupport.RecordingSink()).addListener(listener).clock(clock).build();
    }

    @AfterEach
    void stop() {
        pipeline.close();
        server.close();
    }

    private PipelineRequest request(String path) {
        return get(server.baseUrl() + path).endpointKey("provider-A").build();
    }

    @Test
    void circuit_opensOnFailures_failsFastWhileOpen_halfOpensAfterTheWait_andRecovers() {
        server.on("/r", Reply.status(503), Reply.status(503), Reply.status(503), Reply.status(503),
                Reply.json(200, "{}"));
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> pipeline.execute(request("/r"), r -> r))
                    .isInstanceOf(SourceUnavailableException.class);
        }
        assertThat(pipeline.circuitState("provider-A")).isEqualTo(CircuitState.OPEN);

        // open: fails fast, nothing reaches the server
        CircuitOpenException open = catchThrowableOfType(CircuitOpenException.class,
                () -> pipeline.execute(request("/r"), r -> r));
        assertThat(open.attempts()).isZero();
        assertThat(server.count("/r")).isEqualTo(4);

        // still open just before the wait ends
        clock.advance(Duration.ofSeconds(29));
        assertThatThrownBy(() -> pipeline.execute(request("/r"), r -> r)).isInstanceOf(CircuitOpenException.class);
        assertThat(server.count("/r")).isEqualTo(4);

        // after the wait: probes go through, succeed, and the circuit closes
        clock.advance(Duration.ofSeconds(2));
        pipeline.execute(request("/r"), r -> r);
        assertThat(pipeline.circuitState("provider-A")).isEqualTo(CircuitState.HALF_OPEN);
        pipeline.execute(request("/r"), r -> r);
        assertThat(pipeline.circuitState("provider-A")).isEqualTo(CircuitState.CLOSED);
        assertThat(server.count("/r")).isEqualTo(6);

        assertThat(listener.circuits).extracting(CircuitStateEvent::to)
                .containsExactly(CircuitState.OPEN, CircuitState.HALF_OPEN, CircuitState.CLOSED);
        assertThat(listener.circuits).allSatisfy(e -> assertThat(e.endpointKey()).isEqualTo("provider-A"));
    }

    @Test
    void failedProbe_reopensTheCircuit() {
        server.on("/r", Reply.status(503));
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> pipeline.execute(request("/r"), r -> r))
                    .isInstanceOf(SourceUnavailableException.class);
        }
        clock.advance(Duration.ofSeconds(31));
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> pipeline.execute(request("/r"), r -> r))
                    .isInstanceOf(SourceUnavailableException.class);
        }

        assertThat(pipeline.circuitState("provider-A")).isEqualTo(CircuitState.OPEN);
        assertThat(server.count("/r")).isEqualTo(6);
    }

    @Test
    void clientErrors_doNotOpenTheCircuit() {
        server.on("/missing", Reply.status(404));
        for (int i = 0; i < 6; i++) {
            assertThatThrownBy(() -> pipeline.execute(request("/missing"), r -> r))
                    .isInstanceOf(ResourceNotFoundException.class);
        }

        assertThat(pipeline.circuitState("provider-A")).isEqualTo(CircuitState.CLOSED);
        assertThat(server.count("/missing")).isEqualTo(6);
    }

    @Test
    void circuits_areKeptPerEndpointKey() {
        server.on("/r", Reply.status(503));
        server.on("/ok", Reply.json(200, "{}"));
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> pipeline.execute(request("/r"), r -> r))
                    .isInstanceOf(SourceUnavailableException.class);
        }

        pipeline.execute(get(server.baseUrl() + "/ok").endpointKey("provider-B").build(), r -> r);

        assertThat(pipeline.circuitState("provider-A")).isEqualTo(CircuitState.OPEN);
        assertThat(pipeline.circuitState("provider-B")).isEqualTo(CircuitState.CLOSED);
        assertThat(server.count("/ok")).isEqualTo(1);
    }

    @Test
    void bulkhead_refusesCallsOverTheLimit_withoutSendingThem() throws Exception {
        server.on("/slow", Reply.hang());
        server.on("/fast", Reply.json(200, "{}"));
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try (HttpPipeline limited = HttpPipeline.builder().clientName("bulkhead-test")
                .bulkheadOptions(BulkheadOptions.builder().maxConcurrentCalls(2).build())
                .retryOptions(RetryOptions.disabled())
                .auditSink(new TestSupport.RecordingSink()).build()) {
            CompletableFuture<?> first = CompletableFuture.runAsync(() -> call(limited, "/slow"), threads);
            CompletableFuture<?> second = CompletableFuture.runAsync(() -> call(limited, "/slow"), threads);
            for (int i = 0; i < 1000 && server.count("/slow") < 2; i++) {
                Thread.sleep(10);
            }
            assertThat(server.count("/slow")).isEqualTo(2);

            BulkheadFullException full = catchThrowableOfType(BulkheadFullException.class, () -> limited.execute(
                    get(server.baseUrl() + "/fast").endpointKey("slow-endpoint").build(), r -> r));
            assertThat(full.attempts()).isZero();
            assertThat(server.count("/fast")).isZero();

            // another endpoint key has its own slots
            limited.execute(get(server.baseUrl() + "/fast").endpointKey("other").build(), r -> r);
            assertThat(server.count("/fast")).isEqualTo(1);

            server.releaseHangs();
            CompletableFuture.allOf(first, second).handle((v, e) -> null).get(10, TimeUnit.SECONDS);

            // slots are given back
            limited.execute(get(server.baseUrl() + "/fast").endpointKey("slow-endpoint").build(), r -> r);
            assertThat(server.count("/fast")).isEqualTo(2);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void waitingForASlot_endsAtTheCallsDeadline_asADeadlineFailure() throws Exception {
        server.on("/slow", Reply.hang());
        server.on("/fast", Reply.json(200, "{}"));
        ExecutorService threads = Executors.newFixedThreadPool(1);
        // a long slot wait: a wait not bounded by the deadline would end in BulkheadFullException after it
        try (HttpPipeline limited = HttpPipeline.builder().clientName("bulkhead-wait-test")
                .bulkheadOptions(BulkheadOptions.builder().maxConcurrentCalls(1).maxWait(Duration.ofSeconds(20))
                        .build())
                .retryOptions(RetryOptions.disabled())
                .auditSink(new TestSupport.RecordingSink()).build()) {
            CompletableFuture<?> holder = CompletableFuture.runAsync(() -> call(limited, "/slow"), threads);
            for (int i = 0; i < 1000 && server.count("/slow") < 1; i++) {
                Thread.sleep(10);
            }
            assertThat(server.count("/slow")).isEqualTo(1);

            DeadlineExceededException late = catchThrowableOfType(DeadlineExceededException.class,
                    () -> limited.execute(get(server.baseUrl() + "/fast").endpointKey("slow-endpoint")
                            .deadline(Duration.ofMillis(300)).build(), r -> r));
            assertThat(late).isNotNull();
            assertThat(late.attempts()).isZero();
            assertThat(server.count("/fast")).isZero();

            server.releaseHangs();
            holder.handle((v, e) -> null).get(10, TimeUnit.SECONDS);
            limited.execute(get(server.baseUrl() + "/fast").endpointKey("slow-endpoint").build(), r -> r);
            assertThat(server.count("/fast")).isEqualTo(1);
        } finally {
            threads.shutdownNow();
        }
    }

    private void call(HttpPipeline limited, String path) {
        try {
            limited.execute(get(server.baseUrl() + path).endpointKey("slow-endpoint").build(), r -> r);
        } catch (RuntimeException expected) {
            // the hanging server is released by closing the connection
        }
    }
}
