package dev.carerecord.sdk.core.http;

import static dev.carerecord.sdk.core.http.TestSupport.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.carerecord.sdk.core.exception.InvalidInputException;
import dev.carerecord.sdk.core.exception.MalformedResponseException;
import dev.carerecord.sdk.core.exception.ResponseTooLargeException;
import dev.carerecord.sdk.testing.RecordedRequest;
import dev.carerecord.sdk.testing.Reply;
import dev.carerecord.sdk.testing.ScriptedHttpServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TransportTest {
    private ScriptedHttpServer server;
    private HttpPipeline pipeline;

    @BeforeEach
    void start() {
        server = ScriptedHttpServer.start();
        pipeline = pipeline(TransportOptions.builder().maxResponseBytes(4096).build());
    }

    @AfterEach
    void stop() {
        pipeline.close();
        server.close();
    }

    private HttpPipeline pipeline(TransportOptions transport) {
        return HttpPipeline.builder().clientName("transport-test").transportOptions(transport)
                .auditSink(new TestSupport.RecordingSink()).sleeper(new TestSupport.RecordingSleeper()).build();
    }

    @Test
    void rawUrl_withAnEmbeddedProviderUrl_arrivesExactlyAsGiven() {
        String path = "/https://pcs.thirdparty.nhs.uk/T99999/STU3/1/gpconnect/structured/Patient/$gpc.getstructuredrecord";
        server.on(path, Reply.json(200, "{}"));

        pipeline.execute(TestSupport.post(server.baseUrl() + path, "{}").idempotent(true).build(), r -> r);

        assertThat(server.requests()).singleElement().extracting(RecordedRequest::rawPath).isEqualTo(path);
    }

    @Test
    void rawUrl_keepsItsOwnPercentEncodingAndOnlyEncodesWhatAUriCannotHold() {
        server.on("/Endpoint", Reply.json(200, "{}"));
        String query = "organization=https://fhir.nhs.uk/Id/ods-organization-code|A81001"
                + "&identifier=https%3A%2F%2Ffhir.nhs.uk%2FId%2FnhsServiceInteractionId%7Cx";

        pipeline.execute(get(server.baseUrl() + "/Endpoint?" + query).build(), r -> r);

        assertThat(server.requests().get(0).rawQuery()).isEqualTo(
                "organization=https://fhir.nhs.uk/Id/ods-organization-code%7CA81001"
                        + "&identifier=https%3A%2F%2Ffhir.nhs.uk%2FId%2FnhsServiceInteractionId%7Cx");
    }

    @Test
    void gzipResponse_isDecoded_andAcceptEncodingIsSent() {
        String body = "{\"resourceType\":\"Bundle\",\"entry\":[" + "{},".repeat(200) + "{}]}";
        server.on("/g", Reply.json(200, body).gzip());

        HttpResponse response = pipeline.execute(get(server.baseUrl() + "/g").build(), r -> r);

        assertThat(response.bodyText()).isEqualTo(body);
        assertThat(response.headers().contains("Content-Encoding")).isFalse();
        assertThat(server.requests().get(0).header("Accept-Encoding")).contains("gzip");
    }

    @Test
    void bodyOverTheCap_withContentLength_isTooLarge() {
        server.on("/big", Reply.text(200, "x".repeat(5000)));

        ResponseTooLargeException e = catchThrowableOfType(ResponseTooLargeException.class,
                () -> pipeline.execute(get(server.baseUrl() + "/big").build(), r -> r));

        assertThat(e.attempts()).isEqualTo(1);
        assertThat(server.count("/big")).isEqualTo(1);
    }

    @Test
    void bodyOverTheCap_chunked_isStoppedWhileReading() {
        server.on("/big", Reply.text(200, "x".repeat(100_000)).chunked());

        assertThatThrownBy(() -> pipeline.execute(get(server.baseUrl() + "/big").build(), r -> r))
                .isInstanceOf(ResponseTooLargeException.class);
    }

    @Test
    void gzipBodyUnderTheCap_thatDecompressesOverIt_isTooLarge() {
        server.on("/bomb", Reply.text(200, "0".repeat(200_000)).gzip());

        assertThatThrownBy(() -> pipeline.execute(get(server.baseUrl() + "/bomb").build(), r -> r))
                .isInstanceOf(ResponseTooLargeException.class).hasMessageContaining("decompressed");
    }

    @Test
    void bodyExactlyAtTheCap_isAccepted() {
        server.on("/edge", Reply.text(200, "y".repeat(4096)).chunked());

        assertThat(pipeline.execute(get(server.baseUrl() + "/edge").build(), HttpResponse::bodyLength)).isEqualTo(4096);
    }

    @Test
    void unsupportedContentEncoding_isMalformed() {
        server.on("/br", Reply.text(200, "abc").header("Content-Encoding", "br"));

        assertThatThrownBy(() -> pipeline.execute(get(server.baseUrl() + "/br").build(), r -> r))
                .isInstanceOf(MalformedResponseException.class);
    }

    @Test
    void responseHeaders_areCaseInsensitiveAndMultiValued() {
        server.on("/h", Reply.json(200, "{}").header("X-Multi", "one").header("X-Multi", "two")
                .header("ETag", "W/\"2\""));

        HttpResponse response = pipeline.execute(get(server.baseUrl() + "/h").build(), r -> r);

        assertThat(response.headers().allValues("x-multi")).containsExactly("one", "two");
        assertThat(response.headers().firstValue("etag")).contains("W/\"2\"");
        assertThat(response.mediaType()).contains("application/fhir+json");
    }

    @Test
    void requestHeadersAndBody_arriveAsSent() {
        server.on("/p", Reply.json(201, "{}"));
        byte[] body = "{\"resourceType\":\"Parameters\"}".getBytes(StandardCharsets.UTF_8);

        pipeline.execute(PipelineRequest.builder(HttpMethod.PUT, server.baseUrl() + "/p")
                .source("s").operation("o").requester(TestSupport.requester())
                .header("Content-Type", "application/fhir+json").header("Accept", "application/fhir+json")
                .header("X-Twice", "a").header("X-Twice", "b").body(body).build(), r -> r);

        RecordedRequest sent = server.requests().get(0);
        assertThat(sent.method()).isEqualTo("PUT");
        assertThat(sent.body()).isEqualTo(body);
        assertThat(sent.headers().get("X-Twice")).containsExactly("a", "b");
        assertThat(sent.header("User-Agent")).contains("care-record-sdk");
    }

    @Test
    void httpProxy_receivesTheRequestForTheTargetHost() {
        server.on("/proxied", Reply.json(200, "{\"via\":\"proxy\"}"));
        try (HttpPipeline proxied = pipeline(TransportOptions.builder()
                .proxy(new java.net.InetSocketAddress("127.0.0.1", server.port())).build())) {
            String body = proxied.execute(get("http://target.invalid/proxied?x=1").build(), HttpResponse::bodyText);

            assertThat(body).contains("proxy");
        }
        RecordedRequest sent = server.requests().get(0);
        assertThat(sent.rawPath()).isEqualTo("/proxied");
        assertThat(sent.header("Host")).contains("target.invalid");
    }

    @Test
    void aClosedPipeline_refusesCalls() {
        pipeline.close();

        assertThatThrownBy(() -> pipeline.execute(get(server.baseUrl() + "/x").build(), r -> r))
                .isInstanceOf(IllegalStateException.class);
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void headRequest_hasNoBody() {
        server.on("/h", Reply.json(200, "{\"a\":1}"));

        HttpResponse response = pipeline.execute(PipelineRequest.builder(HttpMethod.HEAD, server.baseUrl() + "/h")
                .source("s").operation("o").requester(TestSupport.requester()).build(), r -> r);

        assertThat(response.bodyLength()).isZero();
    }

    @Test
    void handlerFailure_isMalformedResponse_keepingTheCausesTypeAndStack() {
        server.on("/m", Reply.json(200, "{not json"));

        MalformedResponseException e = catchThrowableOfType(MalformedResponseException.class,
                () -> pipeline.execute(get(server.baseUrl() + "/m").build(),
                r -> {
                    throw new IOException("cannot parse");
                }));

        // the parser's message is withheld (it may quote the response); its type and stack trace are kept
        assertThat(e.getCause()).hasMessageContaining("java.io.IOException").hasMessageNotContaining("cannot parse");
        assertThat(e.getCause().getStackTrace()).isNotEmpty();
        assertThat(e.attempts()).isEqualTo(1);
        assertThat(server.count("/m")).isEqualTo(1);
    }

    @Test
    void badUrlsAndHeaders_areRefusedBeforeSending() {
        assertThatThrownBy(() -> get("ftp://127.0.0.1/x").build()).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> get("/relative").build()).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> get(server.baseUrl() + "/x#frag").build()).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> get(server.baseUrl() + "/x").header("Host", "evil").build())
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> get(server.baseUrl() + "/x").header("X-A", "1\n2").build())
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> PipelineRequest.builder(HttpMethod.GET, server.baseUrl()).source("s").operation("o")
                .build()).isInstanceOf(InvalidInputException.class).hasMessageContaining("requester");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void idempotencyDefaults_followTheMethod() {
        String url = server.baseUrl() + "/x";
        for (HttpMethod method : HttpMethod.values()) {
            PipelineRequest request = PipelineRequest.builder(method, url).source("s").operation("o")
                    .requester(TestSupport.requester()).build();
            // writes (PUT, DELETE included) are retried only when the request says so: ARCHITECTURE section 3
            boolean expected = Arrays.asList(HttpMethod.GET, HttpMethod.HEAD).contains(method);
            assertThat(request.isRetryable()).as(method.name()).isEqualTo(expected);
        }
        assertThat(TestSupport.post(url, "{}").idempotent(true).build().isRetryable()).isTrue();
        assertThat(PipelineRequest.builder(HttpMethod.PUT, url).source("s").operation("o")
                .requester(TestSupport.requester()).idempotent(true).build().isRetryable()).isTrue();
        assertThat(TestSupport.post(url, "{}").idempotencyKey("Idempotency-Key", "k").build().isRetryable()).isTrue();
        assertThat(TestSupport.get(url).build().endpointKey()).isEqualTo("http://127.0.0.1:" + server.port());
    }

    @Test
    void requestToString_showsNoUrlOrBody() {
        PipelineRequest request = get(server.baseUrl() + "/Patient/9434765919").patient(TestSupport.PATIENT).build();

        assertThat(request.toString()).doesNotContain("9434765919").doesNotContain("/Patient");
    }
}
