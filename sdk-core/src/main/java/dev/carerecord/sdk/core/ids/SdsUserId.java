package dev.carerecord.sdk.core.ids;

import dev.carerecord.sdk.core.exception.InvalidInputException;
import java.util.regex.Pattern;

/**
 * A Spine Directory Service user id (the smartcard user's UUID, typically 12 digits), or {@link #UNKNOWN}
 * ({@code UNK}) where the spec allows a consumer to send that.
 */
public record SdsUserId(String value) {
    // Declared before UNKNOWN: static fields initialise in order and UNKNOWN's constructor needs it.
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9]{1,20}");
    /** The {@code UNK} value GP Connect accepts when no SDS user id is known. */
    public static final SdsUserId UNKNOWN = new SdsUserId("UNK");

    /** Validates {@code value}: 1 to 20 letters or digits. */
    public SdsUserId {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("sdsUserId", "is missing");
        }
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidInputException("sdsUserId", "must be 1 to 20 letters or digits");
        }
    }

    /** Parses an SDS user id, trimming it. */
    public static SdsUserId of(String text) {
        if (text == null) {
            throw new InvalidInputException("sdsUserId", "is missing");
        }
        return new SdsUserId(text.strip());
    }

    @Override
    public String toString() {
        return value;
    }
}
