package dev.carerecord.sdk.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.carerecord.sdk.core.exception.MalformedResponseException;
import dev.carerecord.sdk.testing.Reply;
import dev.carerecord.sdk.testing.ScriptedHttpServer;
import org.junit.jupiter.api.Test;

/** A handler that cannot read a response gives a typed exception whose cause chain does not quote the response. */
class UnreadableResponseTest {

    @Test
    void theParsersMessageIsWithheld_itsTypeAndStackAreKept() {
        try (ScriptedHttpServer server = ScriptedHttpServer.start();
             HttpPipeline pipeline = HttpPipeline.builder().clientName("unreadable-test")
                     .auditSink(new TestSupport.RecordingSink()).build()) {
            server.on("/p", Reply.json(200, "{\"birthDate\":\"SMITH-02-01\"}"));

            MalformedResponseException e = catchThrowableOfType(MalformedResponseException.class,
                    () -> pipeline.execute(TestSupport.get(server.baseUrl() + "/p").build(), response -> {
                        throw new IllegalArgumentException("Invalid date \"SMITH-02-01\" for Jane SMITH");
                    }));

            assertThat(e.getMessage()).contains("IllegalArgumentException").doesNotContain("SMITH");
            assertThat(e.getCause()).isNotNull();
            assertThat(e.getCause().getMessage()).contains("java.lang.IllegalArgumentException")
                    .doesNotContain("SMITH");
            assertThat(e.getCause().getStackTrace()).isNotEmpty();
            assertThat(e.getCause().getCause()).isNull();
        }
    }
}
