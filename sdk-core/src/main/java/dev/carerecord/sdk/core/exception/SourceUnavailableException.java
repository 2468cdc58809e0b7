package dev.carerecord.sdk.core.exception;

/** The source is failing or unreachable behind a proxy (5xx, 408). Safe to try later. */
public class SourceUnavailableException extends ServiceException {
    private static final long serialVersionUID = 1L;

    public SourceUnavailableException(ServiceError error) {
        super(error);
    }

    public SourceUnavailableException(ServiceError error, String message) {
        super(error, message);
    }
}
