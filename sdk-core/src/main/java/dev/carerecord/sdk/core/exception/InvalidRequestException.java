package dev.carerecord.sdk.core.exception;

/** The source rejected the request as invalid (400, 422), e.g. {@code INVALID_PARAMETER}. */
public class InvalidRequestException extends ServiceException {
    private static final long serialVersionUID = 1L;

    /** An exception for {@code error}, with the standard message (source, status, code, trace id). */
    public InvalidRequestException(ServiceError error) {
        super(error);
    }

    /** An exception for {@code error}; {@code message} (which must not quote patient data) leads the message. */
    public InvalidRequestException(ServiceError error, String message) {
        super(error, message);
    }
}
