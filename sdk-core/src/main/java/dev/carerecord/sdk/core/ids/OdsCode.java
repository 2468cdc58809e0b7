package dev.carerecord.sdk.core.ids;

import dev.carerecord.sdk.core.exception.InvalidInputException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An Organisation Data Service code (GP practice {@code A81001}, trust {@code RXA}, site {@code RH802}, other
 * organisations such as {@code X26}): normalised to upper case, 3 to 10 letters and digits.
 */
public record OdsCode(String value) {
    private static final Pattern FORMAT = Pattern.compile("[A-Z0-9]{3,10}");

    /** Validates {@code value}, which must already be upper case; see {@link #of(String)}. */
    public OdsCode {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("odsCode", "is missing");
        }
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidInputException("odsCode", "must be 3 to 10 upper-case letters or digits (got "
                    + value.length() + " characters)");
        }
    }

    /** Parses an ODS code, trimming and upper-casing it. */
    public static OdsCode of(String text) {
        if (text == null) {
            throw new InvalidInputException("odsCode", "is missing");
        }
        return new OdsCode(text.strip().toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
