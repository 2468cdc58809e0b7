package dev.carerecord.sdk.sandbox.pds;

import dev.carerecord.sdk.sandbox.fhir.FhirContexts;
import dev.carerecord.sdk.sandbox.http.SandboxResponse;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.OperationOutcome;

/** A PDS error: HTTP status, issue severity and type, Spine code and diagnostics, as an R4 OperationOutcome. */
final class PdsError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final String SYSTEM = "https://fhir.nhs.uk/R4/CodeSystem/Spine-ErrorOrWarningCode";

    final int status;
    final String severity;
    final String issueType;
    final String code;
    final String display;

    PdsError(int status, String severity, String issueType, String code, String display, String diagnostics) {
        super(diagnostics);
        this.status = status;
        this.severity = severity;
        this.issueType = issueType;
        this.code = code;
        this.display = display;
    }

    static PdsError missingValue(String diagnostics) {
        return new PdsError(400, "error", "required", "MISSING_VALUE", "Required value is missing", diagnostics);
    }

    static PdsError invalidValue(String diagnostics) {
        return new PdsError(400, "error", "value", "INVALID_VALUE", "Provided value is invalid", diagnostics);
    }

    static PdsError invalidSearch(String diagnostics) {
        return new PdsError(400, "error", "value", "INVALID_SEARCH_DATA", "Search data is invalid", diagnostics);
    }

    static PdsError invalidId() {
        return new PdsError(400, "error", "value", "INVALID_RESOURCE_ID", "Resource Id is invalid", null);
    }

    static PdsError notFound() {
        return new PdsError(404, "information", "not-found", "RESOURCE_NOT_FOUND", "Resource not found", null);
    }

    SandboxResponse response() {
        return SandboxResponse.fhir(status, FhirContexts.r4Json(outcome(severity, issueType, code, display, getMessage())));
    }

    static OperationOutcome outcome(String severity, String issueType, String code, String display, String diagnostics) {
        OperationOutcome outcome = new OperationOutcome();
        Coding coding = new Coding(SYSTEM, code, display).setVersion("1");
        outcome.addIssue().setSeverity(OperationOutcome.IssueSeverity.fromCode(severity))
                .setCode(OperationOutcome.IssueType.fromCode(issueType))
                .setDetails(new CodeableConcept().addCoding(coding)).setDiagnostics(diagnostics);
        return outcome;
    }

    /** The body for an injected fault with this status. */
    static SandboxResponse failure(int status) {
        String code = switch (status) {
            case 408 -> "UNABLE_TO_CALL_SERVICE";
            case 429 -> "TOO_MANY_REQUESTS";
            case 500 -> "SERVER_ERROR";
            case 502 -> "BAD_GATEWAY";
            case 503 -> "SERVICE_UNAVAILABLE";
            case 504 -> "GATEWAY_TIMEOUT";
            default -> "HTTP_" + status;
        };
        String type = status == 429 ? "throttled" : status == 408 || status >= 502 ? "transient" : "exception";
        return new PdsError(status, "error", type, code, code.replace('_', ' ').toLowerCase(java.util.Locale.ROOT),
                "Injected fault: HTTP " + status).response();
    }
}
