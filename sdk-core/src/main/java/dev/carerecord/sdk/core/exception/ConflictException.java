package dev.carerecord.sdk.core.exception;

/** The request conflicts with the source's state (409, 412), e.g. a duplicate or a stale version. */
public class ConflictException extends ServiceException {
    private static final long serialVersionUID = 1L;

    public ConflictException(ServiceError error) {
        super(error);
    }

    public ConflictException(ServiceError error, String message) {
        super(error, message);
    }
}
