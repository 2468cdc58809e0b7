package dev.carerecord.sdk.core.exception;

/** The resource asked for does not exist at the source (404, 410). */
public class ResourceNotFoundException extends ServiceException {
    private static final long serialVersionUID = 1L;

    /** An exception for {@code error}, with the standard message (source, status, code, trace id). */
    public ResourceNotFoundException(ServiceError error) {
        super(error);
    }

    /** An exception for {@code error}; {@code message} (which must not quote patient data) leads the message. */
    public ResourceNotFoundException(ServiceError error, String message) {
        super(error, message);
    }
}
