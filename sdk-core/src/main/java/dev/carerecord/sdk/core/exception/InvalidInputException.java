package dev.carerecord.sdk.core.exception;

/**
 * Input was refused before anything went on the wire: an invalid NHS number, a missing ODS code, a forbidden
 * parameter combination. The message says what is wrong without echoing the full value.
 */
public class InvalidInputException extends SdkClientException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final String reason;

    /** The input {@code field} is wrong for {@code reason}; neither may repeat the value given. */
    public InvalidInputException(String field, String reason) {
        super(field + ": " + reason, null, 0, null);
        this.field = field;
        this.reason = reason;
    }

    /** The name of the input that was refused, e.g. {@code "nhsNumber"}. */
    public String field() {
        return field;
    }

    /** Why it was refused, without the value itself. */
    public String reason() {
        return reason;
    }
}
