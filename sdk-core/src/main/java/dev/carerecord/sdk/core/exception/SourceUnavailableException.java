package dev.carerecord.sdk.core.exception;

/** The source is failing or unreachable behind a proxy (5xx, 408). Safe to try later. */
public class SourceUnavailableException extends ServiceException {
    private static final long serialVersionUID = 1L;

    /** An exception for {@code error}, with the standard message (source, status, code, trace id). */
    public SourceUnavailableException(ServiceError error) {
        super(error);
    }

    /** An exception for {@code error}; {@code message} (which must not quote patient data) leads the message. */
    public SourceUnavailableException(ServiceError error, String message) {
        super(error, message);
    }
}
