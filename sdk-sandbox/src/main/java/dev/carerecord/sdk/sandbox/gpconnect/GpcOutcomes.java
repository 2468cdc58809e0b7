package dev.carerecord.sdk.sandbox.gpconnect;

import dev.carerecord.sdk.sandbox.fhir.FhirContexts;
import dev.carerecord.sdk.sandbox.http.SandboxResponse;
import org.hl7.fhir.dstu3.model.CodeableConcept;
import org.hl7.fhir.dstu3.model.Coding;
import org.hl7.fhir.dstu3.model.OperationOutcome;
import org.hl7.fhir.dstu3.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.dstu3.model.OperationOutcome.IssueType;

/** GPConnect-OperationOutcome-1 bodies: errors, warnings, and the proxy-style transient failures. */
final class GpcOutcomes {
    /** The system the Spine Secure Proxy uses for its own errors (no Spine code; the code is the HTTP status). */
    static final String SSP_SYSTEM = "http://fhir.nhs.net/ValueSet/gpconnect-schedule-response-code-1-0";

    private GpcOutcomes() {
    }

    static SandboxResponse error(GpcError e) {
        OperationOutcome outcome = outcome(IssueSeverity.ERROR, e.issueType, Gpc.SPINE_ERROR_CODES, e.spineCode,
                e.display, e.getMessage());
        return SandboxResponse.fhir(e.status, FhirContexts.stu3Json(outcome));
    }

    /** The body for an injected fault: 500 is the provider's, 429 and 502-504 look like the proxy's. */
    static SandboxResponse failure(int status) {
        OperationOutcome outcome;
        if (status == 500) {
            outcome = outcome(IssueSeverity.ERROR, "exception", Gpc.SPINE_ERROR_CODES, "INTERNAL_SERVER_ERROR",
                    "Internal server error", "Injected fault: internal server error");
        } else {
            String token = switch (status) {
                case 429 -> "TOO_MANY_REQUESTS";
                case 502 -> "ERROR_COMMUNICATING_TO_ENDPOINT_URL";
                case 503 -> "SERVICE_UNAVAILABLE";
                case 504 -> "GATEWAY_TIMEOUT";
                default -> "HTTP_" + status;
            };
            String type = status == 429 ? "throttled" : status >= 500 ? "transient" : "processing";
            outcome = outcome(IssueSeverity.ERROR, type, SSP_SYSTEM, Integer.toString(status), token,
                    "Injected fault: HTTP " + status);
        }
        return SandboxResponse.fhir(status, FhirContexts.stu3Json(outcome));
    }

    static OperationOutcome outcome(IssueSeverity severity, String issueType, String system, String code,
                                    String display, String diagnostics) {
        OperationOutcome outcome = new OperationOutcome();
        outcome.getMeta().addProfile(Gpc.profile("GPConnect-OperationOutcome-1"));
        outcome.addIssue().setSeverity(severity).setCode(IssueType.fromCode(issueType))
                .setDetails(new CodeableConcept().addCoding(new Coding(system, code, display)))
                .setDiagnostics(diagnostics);
        return outcome;
    }

    /** An in-Bundle warning: a clinical area switched off, or a parameter this provider does not recognise. */
    static OperationOutcome warning(String text, String diagnostics) {
        OperationOutcome outcome = outcome(IssueSeverity.WARNING, "not-supported", Gpc.SPINE_ERROR_CODES,
                "NOT_IMPLEMENTED", "Not implemented", diagnostics);
        outcome.getIssueFirstRep().getDetails().setText(text);
        return outcome;
    }
}
