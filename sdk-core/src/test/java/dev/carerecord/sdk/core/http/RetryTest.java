package dev.carerecord.sdk.core.http;

import static dev.carerecord.sdk.core.http.TestSupport.get;
import static dev.carerecord.sdk.core.http.TestSupport.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.carerecord.sdk.core.exception.CallInterruptedException;
import dev.carerecord.sdk.core.exception.ConnectionFailedException;
import dev.carerecord.sdk.core.exception.DeadlineExceededException;
import dev.carerecord.sdk.core.exception.InvalidRequestException;
import dev.carerecord.sdk.core.exception.RateLimitedException;
import dev.carerecord.sdk.core.exception.ResourceNotFoundException;
import dev.carerecord.sdk.core.exception.ResponseTruncatedException;
import dev.carerecord.sdk.core.exception.ServiceException;
import dev.carerecord.sdk.core.exception.SourceUnavailableException;
import dev.carerecord.sdk.testing.Reply;
import dev.carerecord.sdk.testing.ScriptedHttpServer;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RetryTest {
    private static final String OUTCOME = """
            {"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"invalid",
             "details":{"coding":[{"system":"https://fhir.nhs.uk/STU3/CodeSystem/Spine-ErrorOrWarningCode-1",
             "code":"INVALID_PARAMETER","display":"Invalid parameter"}]},"diagnostics":"bad date"}]}""";

    private ScriptedHttpServer server;
    private TestSupport.RecordingSleeper sleeper;
    private TestSupport.RecordingListener listener;
    private TestSupport.MutableClock clock;
    private HttpPipeline pipeline;

    @BeforeEach
    void start() {
        server = ScriptedHttpServer.start();
        sleeper = new TestSupport.RecordingSleeper();
        listener = new TestSupport.RecordingListener();
        clock = new TestSupport.MutableClock();
        pipeline = pipeline(RetryOptions.builder().jitter(0).build(), TransportOptions.defaults());
    }

    @AfterEach
    void stop() {
        pipeline.close();
        server.close();
    }

    private HttpPipeline pipeline(RetryOptions retry, TransportOptions transport) {
        return HttpPipeline.builder().clientName("retry-test").retryOptions(retry).transportOptions(transport)
                .circuitBreakerOptions(CircuitBreakerOptions.disabled())
                .auditSink(new TestSupport.RecordingSink()).addListener(listener)
                .sleeper(sleeper).clock(clock).build();
    }

    @Test
    void serviceUnavailableTwice_thenOk_succeedsOnTheThirdAttempt() {
        server.on("/r", Reply.status(503), Reply.status(503), Reply.json(200, "{\"ok\":true}"));

        HttpResponse response = pipeline.execute(get(server.baseUrl() + "/r").build(), r -> r);

        assertThat(response.bodyText()).isEqualTo("{\"ok\":true}");
        assertThat(response.attempts()).isEqualTo(3);
        assertThat(server.count("/r")).isEqualTo(3);
        assertThat(sleeper.sleeps).containsExactly(Duration.ofMillis(250), Duration.ofMillis(500));
        assertThat(listener.retries).extracting(RetryEvent::failedAttempt).containsExactly(1, 2);
        assertThat(listener.retries).extracting(RetryEvent::reason).containsOnly("status 503");
    }

    @Test
    void serviceUnavailableEveryTime_throwsTheTypedErrorWithTheAttemptCount() {
        server.on("/r", Reply.status(503));

        SourceUnavailableException e = catchThrowableOfType(SourceUnavailableException.class,
                () -> pipeline.execute(get(server.baseUrl() + "/r").build(), r -> r));

        assertThat(e.attempts()).isEqualTo(3);
        assertThat(e.statusCode()).isEqualTo(503);
        assertThat(e.getMessage()).contains("attempts: 3");
        assertThat(server.count("/r")).isEqualTo(3);
        assertThat(sleeper.sleeps).hasSize(2);
    }

    @Test
    void tooManyRequests_withRetryAfterSeconds_waitsWhatTheServerAsked() {
        server.on("/r", Reply.status(429).header("Retry-After", "1"), Reply.json(200, "{}"));

        pipeline.execute(get(server.baseUrl() + "/r").build(), HttpResponse::bodyText);

        assertThat(sleeper.sleeps).containsExactly(Duration.ofSeconds(1));
        assertThat(server.count("/r")).isEqualTo(2);
    }

    @Test
    void tooManyRequests_withRetryAfterAsHttpDate_waitsUntilThatDate() {
        // the pipeline clock reads 2025-01-15T10:00:00Z
        server.on("/r", Reply.status(503).header("Retry-After", "Wed, 15 Jan 2025 10:00:03 GMT"), Reply.json(200, "{}"));

        pipeline.execute(get(server.baseUrl() + "/r").build(), HttpResponse::bodyText);

        assertThat(sleeper.sleeps).containsExactly(Duration.ofSeconds(3));
    }

    @Test
    void retryAfterLongerThanTheDeadline_givesUpInsteadOfSleeping() {
        server.on("/r", Reply.status(429).header("Retry-After", "10"), Reply.json(200, "{}"));

        RateLimitedException e = catchThrowableOfType(RateLimitedException.class, () -> pipeline.execute(
                get(server.baseUrl() + "/r").deadline(Duration.ofSeconds(2)).build(), r -> r));

        assertThat(e.attempts()).isEqualTo(1);
        assertThat(e.retryAfter()).contains(Duration.ofSeconds(10));
        assertThat(sleeper.sleeps).isEmpty();
        assertThat(server.count("/r")).isEqualTo(1);
    }

    @Test
    void retryAfterLongerThanTheMaximum_givesUp() {
        pipeline.close();
        pipeline = pipeline(RetryOptions.builder().maxRetryAfter(Duration.ofSeconds(5)).build(),
                TransportOptions.defaults());
        server.on("/r", Reply.status(503).header("Retry-After", "20"), Reply.json(200, "{}"));

        assertThatThrownBy(() -> pipeline.execute(get(server.baseUrl() + "/r").build(), r -> r))
                .isInstanceOf(SourceUnavailableException.class);
        assertThat(sleeper.sleeps).isEmpty();
        assertThat(server.count("/r")).isEqualTo(1);
    }

    @Test
    void postWithoutIdempotencyKey_isNotRetried() {
        server.on("/w", Reply.status(503), Reply.json(201, "{}"));

        SourceUnavailableException e = catchThrowableOfType(SourceUnavailableException.class,
                () -> pipeline.execute(post(server.baseUrl() + "/w", "{}").build(), r -> r));

        assertThat(e.attempts()).isEqualTo(1);
        assertThat(server.count("/w")).isEqualTo(1);
        assertThat(sleeper.sleeps).isEmpty();
    }

    @Test
    void postWithIdempotencyKey_isRetried_sendingTheSameKeyEachTime() {
        server.on("/w", Reply.status(503), Reply.json(201, "{\"id\":\"1\"}"));

        HttpResponse response = pipeline.execute(post(server.baseUrl() + "/w", "{\"a\":1}")
                .idempotencyKey("Idempotency-Key", "key-123").build(), r -> r);

        assertThat(response.status()).isEqualTo(201);
        assertThat(server.requests("/w")).hasSize(2)
                .allSatisfy(r -> {
                    assertThat(r.header("Idempotency-Key")).contains("key-123");
                    assertThat(r.bodyText()).isEqualTo("{\"a\":1}");
                });
    }

    @Test
    void readOnlyPostMarkedIdempotent_isRetried() {
        server.on("/Patient/$gpc.getstructuredrecord", Reply.status(502), Reply.json(200, "{}"));

        pipeline.execute(post(server.baseUrl() + "/Patient/$gpc.getstructuredrecord", "{}").idempotent(true).build(),
                r -> r);

        assertThat(server.count("/Patient/$gpc.getstructuredrecord")).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 403, 404, 409, 422, 500})
    void errorsThatAreNotTransient_areNeverRetried(int status) {
        server.on("/r", Reply.json(status, OUTCOME), Reply.json(200, "{}"));

        ServiceException e = catchThrowableOfType(ServiceException.class,
                () -> pipeline.execute(get(server.baseUrl() + "/r").build(), r -> r));

        assertThat(e.statusCode()).isEqualTo(status);
        assertThat(e.attempts()).isEqualTo(1);
        assertThat(server.count("/r")).isEqualTo(1);
        if (status == 400 || status == 422) {
            assertThat(e).isInstanceOf(InvalidRequestException.class);
            assertThat(e.errorCode()).map(c -> c.value()).contains("INVALID_PARAMETER");
        }
        if (status == 404) {
            assertThat(e).isInstanceOf(ResourceNotFoundException.class);
        }
    }

    @Test
    void connectionClosedWithoutResponse_isConnectionFailed_afterEveryAttempt() {
        server.on("/r", Reply.closeConnection());

        ConnectionFailedException e = catchThrowableOfType(ConnectionFailedException.class,
                () -> pipeline.execute(get(server.baseUrl() + "/r").build(), r -> r));

        assertThat(e.attempts()).isEqualTo(3);
        assertThat(server.count("/r")).isGreaterThanOrEqualTo(3);
        assertThat(sleeper.sleeps).hasSize(2);
    }

    @Test
    void connectionRefused_isConnectionFailed() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }

        ConnectionFailedException e = catchThrowableOfType(ConnectionFailedException.class,
                () -> pipeline.execute(get("http://127.0.0.1:" + port + "/r").build(), r -> r));

        assertThat(e.attempts()).isEqualTo(3);
        assertThat(e.correlationId()).isPresent();
    }

    @Test
    void truncatedBody_isResponseTruncated_afterEveryAttempt() {
        server.on("/r", Reply.json(200, "{\"entries\":[" + "1,".repeat(500) + "1]}").truncateAfter(20));

        ResponseTruncatedException e = catchThrowableOfType(ResponseTruncatedException.class,
                () -> pipeline.execute(get(server.baseUrl() + "/r").build(), r -> r));

        assertThat(e.attempts()).isEqualTo(3);
        assertThat(server.count("/r")).isEqualTo(3);
    }

    @Test
    void truncatedOnce_thenWhole_succeeds() {
        String body = "{\"entries\":[" + "1,".repeat(500) + "1]}";
        server.on("/r", Reply.json(200, body).truncateAfter(20), Reply.json(200, body));

        String text = pipeline.execute(get(server.baseUrl() + "/r").build(), HttpResponse::bodyText);

        assertThat(text).isEqualTo(body);
    }

    @Test
    void serverThatNeverAnswers_hitsTheCallDeadline() {
        server.on("/hang", Reply.hang());

        DeadlineExceededException e = catchThrowableOfType(DeadlineExceededException.class, () -> pipeline.execute(
                get(server.baseUrl() + "/hang").deadline(Duration.ofMillis(400)).build(), r -> r));

        assertThat(e.attempts()).isEqualTo(1);
        assertThat(server.count("/hang")).isEqualTo(1);
    }

    @Test
    void serverThatStallsAfterTheHeaders_hitsTheAttemptTimeout_andIsRetried() {
        pipeline.close();
        pipeline = pipeline(RetryOptions.builder().jitter(0).build(),
                TransportOptions.builder().attemptTimeout(Duration.ofMillis(300)).build());
        server.on("/stall", Reply.json(200, "{\"a\":\"" + "x".repeat(1000) + "\"}").hangAfter(10));

        DeadlineExceededException e = catchThrowableOfType(DeadlineExceededException.class, () -> pipeline.execute(
                get(server.baseUrl() + "/stall").deadline(Duration.ofSeconds(20)).build(), r -> r));

        assertThat(e.attempts()).isEqualTo(3);
        assertThat(server.count("/stall")).isEqualTo(3);
    }

    @Test
    void interruptWhileWaitingToRetry_stopsAndKeepsTheInterruptFlag() {
        pipeline.close();
        pipeline = HttpPipeline.builder().clientName("retry-test").auditSink(new TestSupport.RecordingSink())
                .sleeper(d -> {
                    throw new InterruptedException("test");
                }).build();
        server.on("/r", Reply.status(503));

        try {
            CallInterruptedException e = catchThrowableOfType(CallInterruptedException.class,
                    () -> pipeline.execute(get(server.baseUrl() + "/r").build(), r -> r));
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
            assertThat(e.attempts()).isEqualTo(1);
            assertThat(e.getCause()).isInstanceOf(SourceUnavailableException.class);
        } finally {
            Thread.interrupted();
        }
        assertThat(server.count("/r")).isEqualTo(1);
    }

    @Test
    void interruptDuringTheExchange_cancelsIt_andKeepsTheInterruptFlag() throws Exception {
        server.on("/hang", Reply.hang());
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicReference<Boolean> flag = new AtomicReference<>();
        Thread caller = new Thread(() -> {
            try {
                pipeline.execute(get(server.baseUrl() + "/hang").build(), r -> r);
            } catch (RuntimeException e) {
                thrown.set(e);
                flag.set(Thread.currentThread().isInterrupted());
            }
        });
        caller.start();
        for (int i = 0; i < 1000 && server.count("/hang") == 0 && caller.isAlive(); i++) {
            Thread.sleep(10);
        }
        caller.interrupt();
        caller.join(10_000);

        assertThat(caller.isAlive()).isFalse();
        assertThat(thrown.get()).isInstanceOf(CallInterruptedException.class);
        assertThat(flag.get()).isTrue();
        assertThat(server.count("/hang")).isEqualTo(1);
    }

    @Test
    void retryStatuses_areConfigurable() {
        pipeline.close();
        pipeline = pipeline(RetryOptions.builder().retryStatuses(500).jitter(0).build(), TransportOptions.defaults());
        server.on("/a", Reply.status(500), Reply.json(200, "{}"));
        server.on("/b", Reply.status(503), Reply.json(200, "{}"));

        pipeline.execute(get(server.baseUrl() + "/a").build(), r -> r);
        assertThatThrownBy(() -> pipeline.execute(get(server.baseUrl() + "/b").build(), r -> r))
                .isInstanceOf(SourceUnavailableException.class);

        assertThat(List.of(server.count("/a"), server.count("/b"))).containsExactly(2, 1);
    }
}
