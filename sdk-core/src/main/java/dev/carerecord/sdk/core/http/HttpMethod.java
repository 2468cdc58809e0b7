package dev.carerecord.sdk.core.http;

/**
 * The HTTP methods the pipeline sends. Only the reads, GET and HEAD, are retried by default. PUT and DELETE are
 * idempotent by HTTP's semantics, but a retried write whose first attempt did land gets 412, 409 or 404 from a
 * FHIR server (a changed version, a deleted resource), so writes are retried only when the request says so
 * ({@code idempotent(true)}) or carries an idempotency key.
 */
public enum HttpMethod {
    GET(true), HEAD(true), POST(false), PUT(false), DELETE(false), PATCH(false);

    private final boolean retried;

    HttpMethod(boolean retried) {
        this.retried = retried;
    }

    /** True for the methods retried without being told: the reads. */
    public boolean retriedByDefault() {
        return retried;
    }
}
