package dev.carerecord.sdk.core.exception;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExceptionHierarchyTest {

    private static ServiceError error(int status, String code) {
        return new ServiceError(status, "GP Connect A20047", Optional.ofNullable(code).map(ErrorCode::of),
                Optional.of("diagnostic text"), Optional.of("trace-123"),
                List.of(new OutcomeIssue("error", "forbidden", Optional.ofNullable(code).map(ErrorCode::of),
                        Optional.of("details"), Optional.of("diagnostic text"))),
                status == 429 ? Optional.of(Duration.ofSeconds(3)) : Optional.empty(), 2);
    }

    @Test
    void serviceErrors_mapToTheSubtypeCallersActOn() {
        assertThat(ServiceException.of(error(404, "PATIENT_NOT_FOUND"))).isInstanceOf(PatientNotFoundException.class)
                .isInstanceOf(ResourceNotFoundException.class);
        assertThat(ServiceException.of(error(404, "NO_RECORD_FOUND"))).isExactlyInstanceOf(ResourceNotFoundException.class);
        assertThat(ServiceException.of(error(403, "ACCESS DENIED"))).isInstanceOf(AccessDeniedException.class);
        assertThat(ServiceException.of(error(401, null))).isInstanceOf(AccessDeniedException.class);
        assertThat(ServiceException.of(error(422, "INVALID_PARAMETER"))).isInstanceOf(InvalidRequestException.class);
        assertThat(ServiceException.of(error(400, "BAD_REQUEST"))).isInstanceOf(InvalidRequestException.class);
        assertThat(ServiceException.of(error(409, "DUPLICATE_REJECTED"))).isInstanceOf(ConflictException.class);
        assertThat(ServiceException.of(error(429, null))).isInstanceOf(RateLimitedException.class);
        assertThat(ServiceException.of(error(503, null))).isInstanceOf(SourceUnavailableException.class);
        assertThat(ServiceException.of(error(502, null))).isInstanceOf(SourceUnavailableException.class);
        assertThat(ServiceException.of(error(418, null))).isExactlyInstanceOf(ServiceException.class);
    }

    @Test
    void serviceException_carriesStatusSourceCodeDiagnosticsTraceAndAttempts() {
        ServiceException e = ServiceException.of(error(403, "ACCESS DENIED"));
        assertThat(e.statusCode()).isEqualTo(403);
        assertThat(e.source()).isEqualTo("GP Connect A20047");
        assertThat(e.errorCode()).contains(ErrorCode.ACCESS_DENIED);
        assertThat(e.errorCode().orElseThrow().value()).isEqualTo("ACCESS DENIED");
        assertThat(e.diagnostics()).contains("diagnostic text");
        assertThat(e.correlationId()).contains("trace-123");
        assertThat(e.attempts()).isEqualTo(2);
        assertThat(e.issues()).hasSize(1);
        assertThat(e).isInstanceOf(SdkException.class).isNotInstanceOf(SdkClientException.class);
        assertThat(e.getMessage()).contains("status: 403", "code: ACCESS DENIED", "trace-id: trace-123", "attempts: 2");
    }

    @Test
    void rateLimited_exposesRetryAfter() {
        RateLimitedException e = (RateLimitedException) ServiceException.of(error(429, "TOO_MANY_REQUESTS"));
        assertThat(e.retryAfter()).contains(Duration.ofSeconds(3));
    }

    @Test
    void errorCodes_areExpandable_andCompareAfterNormalisation() {
        assertThat(ErrorCode.of("ACCESS DENIED")).isEqualTo(ErrorCode.ACCESS_DENIED)
                .hasSameHashCodeAs(ErrorCode.ACCESS_DENIED);
        assertThat(ErrorCode.of("access_denied")).isEqualTo(ErrorCode.ACCESS_DENIED);
        assertThat(ErrorCode.of("SOME_NEW_CODE").value()).isEqualTo("SOME_NEW_CODE");
        assertThat(ErrorCode.of("SOME_NEW_CODE")).isNotEqualTo(ErrorCode.PATIENT_NOT_FOUND);
    }

    @Test
    void firstCode_fallsBackToTheIssues() {
        ServiceError fromIssues = new ServiceError(404, "PDS", Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(new OutcomeIssue("information", "not-found", Optional.empty(), Optional.empty(), Optional.empty()),
                        new OutcomeIssue("error", "not-found", Optional.of(ErrorCode.RESOURCE_NOT_FOUND),
                                Optional.empty(), Optional.empty())),
                Optional.empty(), 1);
        assertThat(fromIssues.firstCode()).contains(ErrorCode.RESOURCE_NOT_FOUND);
    }

    @Test
    void clientExceptions_areApartFromServiceErrors_andCarryAttempts() {
        SdkException truncated = new ResponseTruncatedException("body ended after 10 of 100 bytes", null, 3, "req-1");
        assertThat(truncated).isInstanceOf(SdkClientException.class);
        assertThat(truncated.attempts()).isEqualTo(3);
        assertThat(truncated.correlationId()).contains("req-1");
        InvalidInputException invalid = new InvalidInputException("nhsNumber", "fails the Modulus 11 check digit");
        assertThat(invalid.attempts()).isZero();
        assertThat(invalid.field()).isEqualTo("nhsNumber");
        assertThat(invalid).isInstanceOf(SdkClientException.class);
        assertThat(List.of(new ConnectionFailedException("m", null, 1, null), new DeadlineExceededException("m", null, 1, null),
                new MalformedResponseException("m", null, 1, null), new ResponseTooLargeException("m", null, 1, null),
                new CircuitOpenException("m", null, 0, null), new BulkheadFullException("m", null, 0, null)))
                .allSatisfy(e -> assertThat(e).isInstanceOf(SdkClientException.class).isInstanceOf(RuntimeException.class));
    }

    @Test
    void theMessageNeverQuotesTheServersDiagnostics_whichStayReadable() {
        ServiceError quoting = new ServiceError(404, "PDS", Optional.of(ErrorCode.of("NO_RECORD_FOUND")),
                Optional.of("No match for SMITH, Jane, born 1980-02-01"), Optional.of("trace-9"), List.of(),
                Optional.empty(), 1);
        ServiceException e = ServiceException.of(quoting);

        assertThat(e.getMessage()).contains("PDS", "404", "NO_RECORD_FOUND", "trace-9")
                .doesNotContain("SMITH", "Jane", "1980");
        assertThat(e.diagnostics()).contains("No match for SMITH, Jane, born 1980-02-01");
    }

    @Test
    void aCodeThatIsNotCodeLikeIsNotPrinted() {
        assertThat(ErrorCode.of("ACCESS DENIED").printable()).isEqualTo("ACCESS DENIED");
        assertThat(ErrorCode.of("urn:x-spine:INVALID_NHS_NUMBER").printable()).isEqualTo("urn:x-spine:INVALID_NHS_NUMBER");
        assertThat(ErrorCode.of("Patient SMITH, Jane").printable()).isEqualTo("(code not shown)");
        assertThat(ErrorCode.of("X".repeat(65)).printable()).isEqualTo("(code not shown)");
        ServiceException e = ServiceException.of(new ServiceError(400, "ShCR", Optional.of(ErrorCode.of("bad, SMITH")),
                Optional.empty(), Optional.empty(), List.of(), Optional.empty(), 1));
        assertThat(e.getMessage()).doesNotContain("SMITH");
        assertThat(e.errorCode().map(ErrorCode::value)).contains("bad, SMITH");
    }

    @Test
    void statusAndSourceSurviveJavaSerialisation() throws Exception {
        ServiceException e = ServiceException.of(error(503, null));
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(e);
        }
        ServiceException back;
        try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
                new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            back = (ServiceException) in.readObject();
        }
        assertThat(back.statusCode()).isEqualTo(503);
        assertThat(back.source()).isEqualTo("GP Connect A20047");
        assertThat(back.diagnostics()).isEmpty();
        assertThat(back.issues()).isEmpty();
    }
}
