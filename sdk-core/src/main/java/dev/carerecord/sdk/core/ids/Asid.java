package dev.carerecord.sdk.core.ids;

import dev.carerecord.sdk.core.exception.InvalidInputException;
import java.util.regex.Pattern;

/** An Accredited System ID (Spine ASID), e.g. {@code 918999198738}: the {@code Ssp-From} and {@code Ssp-To} values. */
public record Asid(String value) {
    private static final Pattern FORMAT = Pattern.compile("[0-9]{6,15}");

    /** Validates {@code value}: 6 to 15 digits (ASIDs are 12 in practice). */
    public Asid {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("asid", "is missing");
        }
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidInputException("asid", "must be 6 to 15 digits (got " + value.length() + " characters)");
        }
    }

    /** Parses an ASID, trimming it. */
    public static Asid of(String text) {
        if (text == null) {
            throw new InvalidInputException("asid", "is missing");
        }
        return new Asid(text.strip());
    }

    @Override
    public String toString() {
        return value;
    }
}
