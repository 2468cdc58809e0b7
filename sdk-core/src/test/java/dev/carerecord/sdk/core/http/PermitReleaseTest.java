package dev.carerecord.sdk.core.http;

import static dev.carerecord.sdk.core.http.TestSupport.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.carerecord.sdk.core.exception.InvalidInputException;
import dev.carerecord.sdk.core.exception.MalformedResponseException;
import dev.carerecord.sdk.testing.Reply;
import dev.carerecord.sdk.testing.ScriptedHttpServer;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * However an attempt ends (an odd status, a failing decoder, an {@link Error}), its bulkhead slot and circuit
 * permission go back: with one slot, the next call still reaches the server.
 */
class PermitReleaseTest {
    private ScriptedHttpServer server;
    private TestSupport.RecordingSink audit;
    private HttpPipeline pipeline;

    @BeforeEach
    void start() {
        server = ScriptedHttpServer.start();
        audit = new TestSupport.RecordingSink();
        pipeline = HttpPipeline.builder().clientName("permit-test").retryOptions(RetryOptions.disabled())
                .bulkheadOptions(BulkheadOptions.builder().maxConcurrentCalls(1).maxWait(Duration.ZERO).build())
                .auditSink(audit).build();
    }

    @AfterEach
    void stop() {
        pipeline.close();
        server.close();
    }

    private int status(PipelineRequest request) {
        HttpResponse response = pipeline.execute(request, r -> r);
        return response.status();
    }

    private PipelineRequest.Builder request(String path) {
        return get(server.baseUrl() + path).endpointKey("one-slot");
    }

    @Test
    void aStatusOutsideHttpsRangeIsAMalformedResponse_andTheSlotComesBack() {
        server.on("/odd", Reply.status(600), Reply.status(600), Reply.json(200, "{}"));

        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> pipeline.execute(request("/odd").build(), r -> r))
                    .isInstanceOf(MalformedResponseException.class).hasMessageContaining("600");
        }
        assertThat(status(request("/odd").build())).isEqualTo(200);
        assertThat(server.count("/odd")).isEqualTo(3);
    }

    @Test
    void anErrorEscapingTheDecoder_stillReturnsTheSlot() {
        server.on("/boom", Reply.status(500), Reply.json(200, "{}"));
        ErrorDecoder broken = (request, response) -> {
            throw new AssertionError("decoder bug");
        };

        assertThatThrownBy(() -> pipeline.execute(request("/boom").errorDecoder(broken).build(), r -> r))
                .isInstanceOf(AssertionError.class);
        assertThat(status(request("/boom").build())).isEqualTo(200);
        assertThat(server.count("/boom")).isEqualTo(2);
    }

    @Test
    void aHeaderValueTheTransportWouldRefuse_isATypedErrorBeforeTheWire_withoutRepeatingTheValue() {
        server.on("/h", Reply.json(200, "{}"));

        for (String value : new String[] {"\u0141ukasz", "a\u0000b", "a\u007fb"}) {
            assertThatThrownBy(() -> request("/h").header("X-Name", value).build())
                    .isInstanceOf(InvalidInputException.class).hasMessageNotContaining(value);
        }
        // Latin-1 letters and tabs are legal header text
        assertThat(status(request("/h").header("X-Name", "Ren\u00e9e\tO").build()))
                .isEqualTo(200);
        assertThat(server.count("/h")).isEqualTo(1);
    }

    @Test
    void anAttemptHeaderTheTransportWouldRefuse_failsTyped_andReturnsTheSlot() {
        server.on("/a", Reply.json(200, "{}"));
        PipelineRequest bad = request("/a").attemptHeaders((attempt, id) -> java.util.Map.of("X-Token", "\u20ac"))
                .build();

        assertThatThrownBy(() -> pipeline.execute(bad, r -> r)).isInstanceOf(InvalidInputException.class);
        assertThat(status(request("/a").build())).isEqualTo(200);
        assertThat(server.count("/a")).isEqualTo(1);
    }
}
