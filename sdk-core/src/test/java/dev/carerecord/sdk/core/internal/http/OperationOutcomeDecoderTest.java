package dev.carerecord.sdk.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carerecord.sdk.core.RequesterContext;
import dev.carerecord.sdk.core.exception.AccessDeniedException;
import dev.carerecord.sdk.core.exception.ErrorCode;
import dev.carerecord.sdk.core.exception.InvalidRequestException;
import dev.carerecord.sdk.core.exception.OutcomeIssue;
import dev.carerecord.sdk.core.exception.PatientNotFoundException;
import dev.carerecord.sdk.core.exception.RateLimitedException;
import dev.carerecord.sdk.core.exception.ServiceException;
import dev.carerecord.sdk.core.exception.SourceUnavailableException;
import dev.carerecord.sdk.core.http.ErrorDecoder;
import dev.carerecord.sdk.core.http.HttpHeaders;
import dev.carerecord.sdk.core.http.HttpMethod;
import dev.carerecord.sdk.core.http.HttpResponse;
import dev.carerecord.sdk.core.http.PipelineRequest;
import dev.carerecord.sdk.core.ids.OdsCode;
import dev.carerecord.sdk.core.ids.SdsUserId;
import dev.carerecord.sdk.testing.SharedFixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class OperationOutcomeDecoderTest {
    private static final PipelineRequest REQUEST = PipelineRequest.builder(HttpMethod.GET, "https://h/x")
            .source("GP Connect A20047").operation("structured")
            .requester(RequesterContext.builder().sdsUserId(SdsUserId.UNKNOWN).organisation(OdsCode.of("A81001"))
                    .build())
            .build();

    private static ServiceException decode(int status, String body) {
        return decode(status, body, null);
    }

    private static ServiceException decode(int status, String body, Duration retryAfter) {
        HttpResponse response = HttpResponse.builder().status(status)
                .headers(HttpHeaders.builder().add("Content-Type", "application/fhir+json").build())
                .body(body.getBytes(StandardCharsets.UTF_8)).correlationId("trace-1").attempts(2)
                .retryAfter(retryAfter).build();
        return ErrorDecoder.operationOutcome().decode(REQUEST, response);
    }

    @Test
    void stu3AndR4Shapes_areRead_byCodeNeverByDisplay() {
        String outcome = """
                {"resourceType":"OperationOutcome","issue":[
                 {"severity":"error","code":"not-found","details":{"coding":[
                   {"system":"https://fhir.nhs.uk/STU3/ValueSet/Spine-ErrorOrWarningCode-1","code":"PATIENT_NOT_FOUND",
                    "display":"Invalid NHS number"}],"text":"details text"},"diagnostics":"no match for 9434765919"},
                 {"severity":"warning","code":"informational"}]}""";

        ServiceException e = decode(404, outcome);

        assertThat(e).isInstanceOf(PatientNotFoundException.class);
        assertThat(e.errorCode()).contains(ErrorCode.PATIENT_NOT_FOUND);
        assertThat(e.statusCode()).isEqualTo(404);
        assertThat(e.source()).isEqualTo("GP Connect A20047");
        assertThat(e.attempts()).isEqualTo(2);
        assertThat(e.correlationId()).contains("trace-1");
        assertThat(e.issues()).hasSize(2);
        OutcomeIssue first = e.issues().get(0);
        assertThat(first.severity()).isEqualTo("error");
        assertThat(first.type()).isEqualTo("not-found");
        assertThat(first.detailsText()).contains("details text");
        assertThat(e.diagnostics()).contains("no match for **********");
        assertThat(e.getMessage()).doesNotContain("9434765919").doesNotContain("Invalid NHS number");
        assertThat(e.issues().get(1).code()).isEmpty();
    }

    @Test
    void accessDeniedWithASpace_equalsTheUnderscoreCode() {
        ServiceException e = decode(403, """
                {"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"forbidden",
                 "details":{"coding":[{"code":"ACCESS DENIED"}]}}]}""");

        assertThat(e).isInstanceOf(AccessDeniedException.class);
        assertThat(e.errorCode()).contains(ErrorCode.ACCESS_DENIED);
        assertThat(e.errorCode().orElseThrow().value()).isEqualTo("ACCESS DENIED");
    }

    @Test
    void bodiesThatAreNotAnOperationOutcome_fallBackToTheStatus() {
        for (String body : List.of("", "<html>Bad gateway</html>", "<OperationOutcome xmlns=\"http://hl7.org/fhir\"/>",
                "{\"message\":\"rate limited\"}", "{\"resourceType\":\"OperationOutcome\",\"issue\":{}}", "{broken",
                "[1,2]")) {
            ServiceException e = decode(502, body);

            assertThat(e).as(body).isInstanceOf(SourceUnavailableException.class);
            assertThat(e.statusCode()).isEqualTo(502);
            assertThat(e.issues()).as(body).isEmpty();
            assertThat(e.errorCode()).isEmpty();
        }
    }

    @Test
    void retryAfter_isCarried() {
        ServiceException e = decode(429, "", Duration.ofSeconds(3));

        assertThat(e).isInstanceOfSatisfying(RateLimitedException.class,
                r -> assertThat(r.retryAfter()).contains(Duration.ofSeconds(3)));
        assertThat(e.error().retryAfter()).contains(Duration.ofSeconds(3));
    }

    @Test
    void sharedFixtureOutcomes_allDecode_toTheirCode() throws IOException {
        Path root = SharedFixtures.root();
        List<Path> files;
        try (Stream<Path> gpc = Files.list(root.resolve("gpconnect/errors"));
             Stream<Path> pds = Files.list(root.resolve("pds/errors"))) {
            files = Stream.concat(gpc, pds).filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            String name = file.getFileName().toString().replace(".json", "").replace("demonstrator-", "");
            String expected = name.startsWith("ssp-") ? name.substring(4, 7) : name;
            String json = Files.readString(file);

            ServiceException e = decode(400, json);

            assertThat(e.issues()).as(name).isNotEmpty();
            if (json.contains("\"coding\"")) {
                assertThat(e.errorCode()).as(name).contains(ErrorCode.of(expected));
            }
            if (name.equals("INVALID_NHS_NUMBER") || name.equals("BAD_REQUEST")) {
                assertThat(e).isInstanceOf(InvalidRequestException.class);
            }
        }
    }
}
