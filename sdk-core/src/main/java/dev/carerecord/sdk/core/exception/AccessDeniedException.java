package dev.carerecord.sdk.core.exception;

/** The source refused access (401, 403): no consent, access disabled at the practice, no relationship, bad credentials. */
public class AccessDeniedException extends ServiceException {
    private static final long serialVersionUID = 1L;

    public AccessDeniedException(ServiceError error) {
        super(error);
    }

    public AccessDeniedException(ServiceError error, String message) {
        super(error, message);
    }
}
