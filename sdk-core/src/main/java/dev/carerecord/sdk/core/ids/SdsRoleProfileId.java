package dev.carerecord.sdk.core.ids;

import dev.carerecord.sdk.core.exception.InvalidInputException;
import java.util.regex.Pattern;

/** A Spine Directory Service role profile id (URP id, e.g. {@code 555254240100}), or {@link #UNKNOWN} ({@code UNK}). */
public record SdsRoleProfileId(String value) {
    // Declared before UNKNOWN: static fields initialise in order and UNKNOWN's constructor needs it.
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9]{1,20}");
    /** The {@code UNK} value GP Connect accepts when no role profile id is known. */
    public static final SdsRoleProfileId UNKNOWN = new SdsRoleProfileId("UNK");

    /** Validates {@code value}: 1 to 20 letters or digits. */
    public SdsRoleProfileId {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("sdsRoleProfileId", "is missing");
        }
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidInputException("sdsRoleProfileId", "must be 1 to 20 letters or digits");
        }
    }

    /** Parses a role profile id, trimming it. */
    public static SdsRoleProfileId of(String text) {
        if (text == null) {
            throw new InvalidInputException("sdsRoleProfileId", "is missing");
        }
        return new SdsRoleProfileId(text.strip());
    }

    @Override
    public String toString() {
        return value;
    }
}
