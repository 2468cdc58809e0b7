package dev.carerecord.sdk.sandbox.http;

import dev.carerecord.sdk.sandbox.SandboxRoutes;
import dev.carerecord.sdk.sandbox.fhir.FhirContexts;
import org.hl7.fhir.r4.model.OperationOutcome;

/** Answers paths no simulated API owns: 404 with an OperationOutcome naming the sandbox's APIs. */
public final class UnknownApi implements Api {
    @Override
    public boolean owns(String path) {
        return true;
    }

    @Override
    public String route(SandboxRequest request) {
        return SandboxRoutes.UNKNOWN;
    }

    @Override
    public SandboxResponse handle(SandboxRequest request) {
        return failure(404, request);
    }

    @Override
    public SandboxResponse failure(int status, SandboxRequest request) {
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue().setSeverity(OperationOutcome.IssueSeverity.ERROR)
                .setCode(status == 404 ? OperationOutcome.IssueType.NOTFOUND : OperationOutcome.IssueType.TRANSIENT)
                .setDiagnostics(status == 404
                        ? "Nothing here. The sandbox serves /{ODS}/STU3/1/gpconnect..., /spine-directory/FHIR/R4, "
                                + "/personal-demographics/FHIR/R4, /shcr/FHIR/R4, /oauth2/token and /_sandbox"
                        : "Injected fault: HTTP " + status);
        return SandboxResponse.fhir(status, FhirContexts.r4Json(outcome));
    }
}
