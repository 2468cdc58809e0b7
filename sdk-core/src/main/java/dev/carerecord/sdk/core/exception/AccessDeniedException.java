package dev.carerecord.sdk.core.exception;

/** The source refused access (401, 403): no consent, access disabled at the practice, no relationship, bad credentials. */
public class AccessDeniedException extends ServiceException {
    private static final long serialVersionUID = 1L;

    /** An exception for {@code error}, with the standard message (source, status, code, trace id). */
    public AccessDeniedException(ServiceError error) {
        super(error);
    }

    /** An exception for {@code error}; {@code message} (which must not quote patient data) leads the message. */
    public AccessDeniedException(ServiceError error, String message) {
        super(error, message);
    }
}
