package dev.carerecord.sdk.core.exception;

/** The source rejected the request as invalid (400, 422), e.g. {@code INVALID_PARAMETER}. */
public class InvalidRequestException extends ServiceException {
    private static final long serialVersionUID = 1L;

    public InvalidRequestException(ServiceError error) {
        super(error);
    }

    public InvalidRequestException(ServiceError error, String message) {
        super(error, message);
    }
}
