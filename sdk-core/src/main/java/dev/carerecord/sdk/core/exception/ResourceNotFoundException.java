package dev.carerecord.sdk.core.exception;

/** The resource asked for does not exist at the source (404, 410). */
public class ResourceNotFoundException extends ServiceException {
    private static final long serialVersionUID = 1L;

    public ResourceNotFoundException(ServiceError error) {
        super(error);
    }

    public ResourceNotFoundException(ServiceError error, String message) {
        super(error, message);
    }
}
