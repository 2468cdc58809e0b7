package dev.carerecord.sdk.sandbox.gpconnect;

import dev.carerecord.sdk.sandbox.GpConnectError;

/**
 * A GP Connect error answer: HTTP status, FHIR issue type, Spine error code and diagnostics. Thrown inside the
 * GP Connect handler and turned into a GPConnect-OperationOutcome-1 response.
 */
final class GpcError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final int status;
    final String issueType;
    final String spineCode;
    final String display;

    GpcError(int status, String issueType, String spineCode, String display, String diagnostics) {
        super(diagnostics);
        this.status = status;
        this.issueType = issueType;
        this.spineCode = spineCode;
        this.display = display;
    }

    static GpcError badRequest(String diagnostics) {
        return new GpcError(400, "invalid", "BAD_REQUEST", "Bad request", diagnostics);
    }

    static GpcError invalidParameter(String diagnostics) {
        return new GpcError(422, "invalid", "INVALID_PARAMETER", "Invalid parameter", diagnostics);
    }

    static GpcError invalidResource(String diagnostics) {
        return new GpcError(422, "invalid", "INVALID_RESOURCE", "Invalid validation of resource", diagnostics);
    }

    static GpcError invalidNhsNumber(String diagnostics) {
        return new GpcError(400, "value", "INVALID_NHS_NUMBER", "Invalid NHS number", diagnostics);
    }

    static GpcError invalidIdentifierSystem(String diagnostics) {
        return new GpcError(400, "value", "INVALID_IDENTIFIER_SYSTEM", "Invalid identifier system", diagnostics);
    }

    static GpcError patientNotFound() {
        return new GpcError(404, "not-found", "PATIENT_NOT_FOUND", "Patient not found",
                "No patient details found for the NHS number supplied");
    }

    static GpcError noConsent() {
        return of(GpConnectError.NO_PATIENT_CONSENT);
    }

    /** One of the named errors a fault can also serve. */
    static GpcError of(GpConnectError e) {
        return new GpcError(e.status(), e.issueType(), e.spineCode(), e.display(), e.diagnostics());
    }

    static GpcError notFound(String code, String display, String diagnostics) {
        return new GpcError(404, "not-found", code, display, diagnostics);
    }

    static GpcError notImplemented(String diagnostics) {
        return new GpcError(501, "not-supported", "NOT_IMPLEMENTED", "Not implemented", diagnostics);
    }
}
