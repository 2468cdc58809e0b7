package dev.carerecord.sdk.core.exception;

import java.util.Locale;
import java.util.Objects;

/**
 * A server's error code (a Spine code from GP Connect or PDS, an NRL code), as an expandable value: servers add
 * codes over time, so this is not a closed enum. Codes compare after normalisation (upper case, spaces as
 * underscores), so GP Connect's {@code "ACCESS DENIED"} equals {@link #ACCESS_DENIED}. The code as sent is kept.
 */
public final class ErrorCode {
    public static final ErrorCode PATIENT_NOT_FOUND = of("PATIENT_NOT_FOUND");
    public static final ErrorCode ACCESS_DENIED = of("ACCESS_DENIED");
    public static final ErrorCode NO_PATIENT_CONSENT = of("NO_PATIENT_CONSENT");
    public static final ErrorCode NO_ORGANISATION_CONSENT = of("NO_ORGANISATION_CONSENT");
    public static final ErrorCode NO_RELATIONSHIP = of("NO_RELATIONSHIP");
    public static final ErrorCode INVALID_NHS_NUMBER = of("INVALID_NHS_NUMBER");
    public static final ErrorCode INVALID_PARAMETER = of("INVALID_PARAMETER");
    public static final ErrorCode INVALID_RESOURCE = of("INVALID_RESOURCE");
    public static final ErrorCode INVALID_IDENTIFIER_SYSTEM = of("INVALID_IDENTIFIER_SYSTEM");
    public static final ErrorCode INVALID_IDENTIFIER_VALUE = of("INVALID_IDENTIFIER_VALUE");
    public static final ErrorCode BAD_REQUEST = of("BAD_REQUEST");
    public static final ErrorCode DUPLICATE_REJECTED = of("DUPLICATE_REJECTED");
    public static final ErrorCode NO_RECORD_FOUND = of("NO_RECORD_FOUND");
    public static final ErrorCode ORGANISATION_NOT_FOUND = of("ORGANISATION_NOT_FOUND");
    public static final ErrorCode PRACTITIONER_NOT_FOUND = of("PRACTITIONER_NOT_FOUND");
    public static final ErrorCode REFERENCE_NOT_FOUND = of("REFERENCE_NOT_FOUND");
    public static final ErrorCode NOT_IMPLEMENTED = of("NOT_IMPLEMENTED");
    public static final ErrorCode INTERNAL_SERVER_ERROR = of("INTERNAL_SERVER_ERROR");
    public static final ErrorCode RESOURCE_NOT_FOUND = of("RESOURCE_NOT_FOUND");
    public static final ErrorCode INVALID_RESOURCE_ID = of("INVALID_RESOURCE_ID");
    public static final ErrorCode INVALIDATED_RESOURCE = of("INVALIDATED_RESOURCE");
    public static final ErrorCode MISSING_VALUE = of("MISSING_VALUE");
    public static final ErrorCode INVALID_VALUE = of("INVALID_VALUE");
    public static final ErrorCode INVALID_SEARCH_DATA = of("INVALID_SEARCH_DATA");
    public static final ErrorCode TOO_MANY_MATCHES = of("TOO_MANY_MATCHES");
    public static final ErrorCode TOO_MANY_REQUESTS = of("TOO_MANY_REQUESTS");
    public static final ErrorCode SERVICE_UNAVAILABLE = of("SERVICE_UNAVAILABLE");

    private final String value;
    private final String normalised;

    private ErrorCode(String value) {
        this.value = value;
        this.normalised = value.trim().toUpperCase(Locale.ROOT).replace(' ', '_');
    }

    /** The code for {@code value}, as the server sent it. */
    public static ErrorCode of(String value) {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("error code is blank");
        }
        return new ErrorCode(value);
    }

    /** The code exactly as the server sent it. */
    public String value() {
        return value;
    }

    /**
     * The code when it looks like one (letters, digits, space, {@code _ . : / -}, at most 64 characters), else a
     * placeholder: the form for messages and logs, where a server's free text could hold patient details.
     */
    public String printable() {
        return printable(value);
    }

    /** {@link #printable()} for a code held as text (audit events carry codes as strings). */
    public static String printable(String code) {
        if (code == null || code.isEmpty() || code.length() > 64) {
            return "(code not shown)";
        }
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            boolean allowed = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == ' ' || c == '_' || c == '.' || c == ':' || c == '/' || c == '-';
            if (!allowed) {
                return "(code not shown)";
            }
        }
        return code;
    }

    /** The code upper-cased with spaces as underscores: the form comparisons use. */
    public String normalised() {
        return normalised;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ErrorCode code && code.normalised.equals(normalised);
    }

    @Override
    public int hashCode() {
        return normalised.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
