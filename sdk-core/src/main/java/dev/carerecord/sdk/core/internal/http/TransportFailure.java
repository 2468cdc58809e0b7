package dev.carerecord.sdk.core.internal.http;

/** Why one exchange with the server produced no usable response; mapped to an SDK exception by the caller. */
final class TransportFailure extends Exception {
    private static final long serialVersionUID = 1L;

    /** The kinds of client-side failure. */
    enum Kind {
        /** No connection, or it was lost before the response headers (refused, reset, TLS failure). */
        CONNECT,
        /** The attempt's time ran out. */
        TIMEOUT,
        /** Headers arrived but the body ended early. */
        TRUNCATED,
        /** The body exceeded the size cap. */
        TOO_LARGE,
        /** The body could not be decoded (bad gzip, unknown content encoding). */
        UNDECODABLE
    }

    private final Kind kind;

    TransportFailure(Kind kind, String message, Throwable cause) {
        super(message, cause, false, false);
        this.kind = kind;
    }

    Kind kind() {
        return kind;
    }
}
