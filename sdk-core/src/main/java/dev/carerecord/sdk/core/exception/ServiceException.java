package dev.carerecord.sdk.core.exception;

import java.util.List;
import java.util.Optional;

/**
 * The server answered, and the answer was an error. Carries the HTTP status, the source, the server's error
 * code as an expandable value, diagnostics, the trace or request id and every OperationOutcome issue.
 * Subclasses exist for what callers act on; use {@link #of(ServiceError)} to get the right one.
 *
 * <p>The message names the source, status, code (when it looks like a code) and trace id, never the server's
 * diagnostics: those are free text that can quote the patient ("no match for SMITH, Jane, 1980-02-01") and
 * messages end up in logs. Read them with {@link #diagnostics()} and {@link #issues()}. Only the status and
 * source survive Java serialisation.
 */
public class ServiceException extends SdkException {
    private static final long serialVersionUID = 1L;

    private final transient ServiceError error;
    private final int status;
    private final String source;

    /** An exception for {@code error}, with the standard message. */
    public ServiceException(ServiceError error) {
        this(error, null);
    }

    /** An exception for {@code error}; {@code message} (which must not quote patient data) leads the message. */
    public ServiceException(ServiceError error, String message) {
        super(message(error, message), null, error.attempts(), error.traceId().orElse(null));
        this.error = error;
        this.status = error.status();
        this.source = error.source();
    }

    /** The subclass that fits the status and code: 404 patient, 401/403, 400/422, 409/412, 429, 5xx. */
    public static ServiceException of(ServiceError error) {
        int status = error.status();
        Optional<ErrorCode> code = error.firstCode();
        if (code.filter(ErrorCode.PATIENT_NOT_FOUND::equals).isPresent()) {
            return new PatientNotFoundException(error, null);
        }
        if (status == 404 || status == 410) {
            return new ResourceNotFoundException(error, null);
        }
        if (status == 401 || status == 403) {
            return new AccessDeniedException(error);
        }
        if (status == 400 || status == 422) {
            return new InvalidRequestException(error);
        }
        if (status == 409 || status == 412) {
            return new ConflictException(error);
        }
        if (status == 429) {
            return new RateLimitedException(error);
        }
        if (status >= 500 || status == 408) {
            return new SourceUnavailableException(error);
        }
        return new ServiceException(error);
    }

    private static String message(ServiceError error, String message) {
        StringBuilder text = new StringBuilder();
        text.append(message != null ? message : "Service error from " + error.source());
        text.append("; status: ").append(error.status());
        error.firstCode().ifPresent(c -> text.append("; code: ").append(c.printable()));
        error.traceId().ifPresent(t -> text.append("; trace-id: ").append(t));
        if (error.attempts() > 1) {
            text.append("; attempts: ").append(error.attempts());
        }
        return text.toString();
    }

    /** Everything the server said, as a value (null on an exception that went through Java serialisation). */
    public ServiceError error() {
        return error;
    }

    /** The HTTP status. */
    public int statusCode() {
        return status;
    }

    /** Which source answered, e.g. {@code "GP Connect A20047"}. */
    public String source() {
        return source;
    }

    /** The server's error code, when it sent one. */
    public Optional<ErrorCode> errorCode() {
        return error == null ? Optional.empty() : error.firstCode();
    }

    /** The server's diagnostics text, when it sent one (NHS numbers masked; may still name the patient). */
    public Optional<String> diagnostics() {
        return error == null ? Optional.empty() : error.diagnostics();
    }

    /** Every issue of the server's OperationOutcome. */
    public List<OutcomeIssue> issues() {
        return error == null ? List.of() : error.issues();
    }
}
