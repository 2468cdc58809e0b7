package dev.carerecord.sdk.core.http;

/** The HTTP methods the pipeline sends. GET, HEAD, PUT and DELETE are idempotent by default; POST and PATCH not. */
public enum HttpMethod {
    GET(true), HEAD(true), POST(false), PUT(true), DELETE(true), PATCH(false);

    private final boolean idempotent;

    HttpMethod(boolean idempotent) {
        this.idempotent = idempotent;
    }

    /** True when repeating the request is safe by the method's HTTP semantics (RFC 9110 9.2.2). */
    public boolean idempotentByDefault() {
        return idempotent;
    }
}
