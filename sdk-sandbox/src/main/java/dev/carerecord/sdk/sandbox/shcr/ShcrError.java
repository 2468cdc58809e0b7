package dev.carerecord.sdk.sandbox.shcr;

/** A refusal by the shared care record: HTTP status, OperationOutcome issue code and diagnostics. */
final class ShcrError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final int status;
    final String issueCode;

    ShcrError(int status, String issueCode, String diagnostics) {
        super(diagnostics);
        this.status = status;
        this.issueCode = issueCode;
    }

    static ShcrError invalid(String diagnostics) {
        return new ShcrError(400, "invalid", diagnostics);
    }

    static ShcrError notSupported(String diagnostics) {
        return new ShcrError(400, "not-supported", diagnostics);
    }

    static ShcrError notFound(String type, String id) {
        return new ShcrError(404, "not-found", "Resource " + type + "/" + id + " is not known");
    }
}
