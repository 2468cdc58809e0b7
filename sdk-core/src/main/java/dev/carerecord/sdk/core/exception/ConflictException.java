package dev.carerecord.sdk.core.exception;

/** The request conflicts with the source's state (409, 412), e.g. a duplicate or a stale version. */
public class ConflictException extends ServiceException {
    private static final long serialVersionUID = 1L;

    /** An exception for {@code error}, with the standard message (source, status, code, trace id). */
    public ConflictException(ServiceError error) {
        super(error);
    }

    /** An exception for {@code error}; {@code message} (which must not quote patient data) leads the message. */
    public ConflictException(ServiceError error, String message) {
        super(error, message);
    }
}
