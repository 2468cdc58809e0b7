package dev.carerecord.sdk.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.carerecord.sdk.core.audit.Slf4jAuditSink;
import dev.carerecord.sdk.core.cache.CachePolicy;
import dev.carerecord.sdk.core.exception.PatientNotFoundException;
import dev.carerecord.sdk.core.ids.NhsNumber;
import dev.carerecord.sdk.testing.Reply;
import dev.carerecord.sdk.testing.ScriptedHttpServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs representative calls carrying NHS numbers everywhere (path, query, headers, bodies, error diagnostics,
 * audit, blocked reasons) with DEBUG and body TRACE logging on, then reads the build's captured log
 * ({@code org.slf4j.simpleLogger.logFile}, set by the build) and checks none of those numbers is in it.
 */
class RedactionLogTest {
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A valid NHS number no other test uses. */
    static NhsNumber freshNhsNumber() {
        while (true) {
            StringBuilder digits = new StringBuilder("7");
            for (int i = 0; i < 8; i++) {
                digits.append(RANDOM.nextInt(10));
            }
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (digits.charAt(i) - '0') * (10 - i);
            }
            int check = 11 - sum % 11;
            if (check == 11) {
                check = 0;
            }
            if (check != 10) {
                return NhsNumber.parse(digits.append(check).toString());
            }
        }
    }

    @Test
    void representativeCalls_leaveNoNhsNumberInTheDebugLog() throws Exception {
        String logFile = System.getProperty("org.slf4j.simpleLogger.logFile");
        assumeThat(logFile).as("the build captures test logs to a file").isNotNull();
        Path log = Paths.get(logFile);
        List<NhsNumber> used = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            used.add(freshNhsNumber());
        }
        NhsNumber inPath = used.get(0);
        NhsNumber inQuery = used.get(1);
        NhsNumber inHeaders = used.get(2);
        NhsNumber inBody = used.get(3);
        NhsNumber inError = used.get(4);
        NhsNumber inReason = used.get(5);

        try (ScriptedHttpServer server = ScriptedHttpServer.start();
             HttpPipeline pipeline = HttpPipeline.builder().clientName("redaction-test")
                     .logOptions(LogOptions.builder().logBodies(true).build())
                     .auditSink(Slf4jAuditSink.create()).sleeper(new TestSupport.RecordingSleeper()).build()) {
            String patientPath = "/Patient/" + inPath.value();
            server.on(patientPath, Reply.status(503), Reply.json(200, "{\"id\":\"" + inPath.value() + "\"}")
                    .header("Location", server.baseUrl() + patientPath)
                    .header("X-Request-ID", "echo " + inHeaders.formatted()));
            server.on("/Patient", Reply.json(200, "{\"total\":1,\"nhs\":\"" + inQuery.formatted() + "\"}"));
            server.on("/echo", Reply.dynamic(r -> Reply.json(200, r.bodyText())));
            server.on("/fail", Reply.json(404, "{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":"
                    + "\"error\",\"code\":\"not-found\",\"details\":{\"coding\":[{\"code\":\"PATIENT_NOT_FOUND\"}]},"
                    + "\"diagnostics\":\"No patient " + inError.value() + " here\"}]}"));

            pipeline.execute(TestSupport.get(server.baseUrl() + patientPath).patient(inPath)
                    .correlation(CorrelationPolicy.stableAcrossRetries("X-Request-ID"))
                    .header("X-Patient", inHeaders.value())
                    .header("X-Correlation-ID", "corr-" + inHeaders.value())
                    .cachePolicy(CachePolicy.referenceData()).build(), HttpResponse::bodyText);
            pipeline.execute(TestSupport.get(server.baseUrl() + patientPath).patient(inPath)
                    .correlation(CorrelationPolicy.stableAcrossRetries("X-Request-ID"))
                    .header("X-Patient", inHeaders.value())
                    .header("X-Correlation-ID", "corr-" + inHeaders.value())
                    .cachePolicy(CachePolicy.referenceData()).build(), HttpResponse::bodyText);
            pipeline.execute(TestSupport.get(server.baseUrl() + "/Patient?identifier=https://fhir.nhs.uk/Id/nhs-number|"
                    + inQuery.value() + "&family=Smith").patient(inQuery).build(), HttpResponse::bodyText);
            String echoed = pipeline.execute(TestSupport.post(server.baseUrl() + "/echo", "{\"nhsNumber\":\""
                    + inBody.value() + "\",\"display\":\"" + inBody.formatted() + "\"}").patient(inBody).build(),
                    HttpResponse::bodyText);
            assertThat(echoed).contains(inBody.value());
            PatientNotFoundException notFound = catchThrowableOfType(PatientNotFoundException.class,
                    () -> pipeline.execute(
                    TestSupport.get(server.baseUrl() + "/fail").patient(inError).build(), HttpResponse::bodyText));
            assertThat(notFound.getMessage()).doesNotContain(inError.value());
            pipeline.auditBlocked(TestSupport.get(server.baseUrl() + "/blocked").patient(inReason).build(),
                    "withheld for " + inReason.value());
        }

        String text = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(text).as("request lines were logged").contains("[redaction-test] --> GET");
        assertThat(text).as("bodies were logged at TRACE").contains("TRACE dev.carerecord.sdk.http.body - [redaction-test]");
        assertThat(text).as("the audit trail was logged").contains("INFO dev.carerecord.sdk.audit")
                .contains("patient=*******" + inPath.value().substring(7));
        assertThat(text).as("cache hit and retry lines were logged").contains("[redaction-test] cache hit")
                .contains("[redaction-test] retrying");
        for (NhsNumber number : used) {
            assertThat(text).as("log holds " + number.redacted())
                    .doesNotContain(number.value())
                    .doesNotContain(number.formatted())
                    .doesNotContain(number.formatted().replace(' ', '-'));
        }
    }

    @Test
    void aBodyCutInsideAnNhsNumber_leavesNoNineDigitsBehind() throws Exception {
        String logFile = System.getProperty("org.slf4j.simpleLogger.logFile");
        assumeThat(logFile).as("the build captures test logs to a file").isNotNull();
        NhsNumber number = freshNhsNumber();
        String prefix = "{\"nhs\":\"";

        try (ScriptedHttpServer server = ScriptedHttpServer.start();
             HttpPipeline pipeline = HttpPipeline.builder().clientName("redaction-cut-test")
                     .logOptions(LogOptions.builder().logBodies(true).maxBodyChars(prefix.length() + 9).build())
                     .build()) {
            server.on("/cut", Reply.json(200, prefix + number.value() + "\"}"));
            pipeline.execute(TestSupport.get(server.baseUrl() + "/cut").build(), HttpResponse::bodyText);
        }

        String text = Files.readString(Paths.get(logFile), StandardCharsets.UTF_8);
        assertThat(text).as("the cut body was logged").contains("[redaction-cut-test] <-- body");
        // nine digits are enough to work out the tenth, the check digit
        assertThat(text).doesNotContain(number.value().substring(0, 9));
    }
}
