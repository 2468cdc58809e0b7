package dev.carerecord.sdk.core.internal.http;

/**
 * Stands in for a parser's exception as the cause of a {@code MalformedResponseException}: it keeps the
 * original's type (in the message) and stack trace but not its message, which can quote the response (a date,
 * a name, free text) and would reach the integrator's logs with the exception. The original is logged at DEBUG,
 * redacted.
 */
public final class WithheldCause extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private WithheldCause(Throwable original) {
        super(original.getClass().getName() + " (its message is withheld: it may quote the response)", null,
                false, true);
        setStackTrace(original.getStackTrace());
    }

    /** A stand-in for {@code original}. */
    static WithheldCause of(Throwable original) {
        return new WithheldCause(original);
    }
}
