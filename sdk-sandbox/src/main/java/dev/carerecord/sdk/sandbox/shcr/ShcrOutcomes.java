package dev.carerecord.sdk.sandbox.shcr;

import dev.carerecord.sdk.sandbox.fhir.FhirContexts;
import dev.carerecord.sdk.sandbox.http.SandboxResponse;
import org.hl7.fhir.r4.model.OperationOutcome;

/** OperationOutcome answers of the shared care record. */
final class ShcrOutcomes {
    private ShcrOutcomes() {
    }

    static SandboxResponse error(ShcrError e) {
        return outcome(e.status, e.issueCode, e.getMessage());
    }

    static SandboxResponse outcome(int status, String issueCode, String diagnostics) {
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue().setSeverity(status >= 500 ? OperationOutcome.IssueSeverity.FATAL
                        : OperationOutcome.IssueSeverity.ERROR)
                .setCode(OperationOutcome.IssueType.fromCode(issueCode)).setDiagnostics(diagnostics);
        return SandboxResponse.fhir(status, FhirContexts.r4Json(outcome));
    }

    /** The body of an injected fault with this status. */
    static SandboxResponse failure(int status) {
        String code = status == 429 ? "throttled" : status == 408 || status >= 502 ? "transient" : "exception";
        return outcome(status, code, "Injected fault: HTTP " + status);
    }
}
