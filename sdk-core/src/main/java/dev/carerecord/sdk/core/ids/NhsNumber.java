package dev.carerecord.sdk.core.ids;

import dev.carerecord.sdk.core.exception.InvalidInputException;

/**
 * A valid NHS number: ten digits whose last is the Modulus 11 check digit of the first nine.
 *
 * <p>{@link #parse(String)} accepts {@code "9434765919"}, {@code "943 476 5919"} and {@code "943-476-5919"}.
 * {@link #toString()} is redacted, so an NHS number never reaches a log by accident; use {@link #value()} for
 * the ten digits (wire, storage) and {@link #formatted()} for display. A checksum-valid number is not
 * necessarily a real one (e.g. {@code 9999999999}).
 */
public record NhsNumber(String value) {

    /** Validates {@code value}, which must already be exactly ten digits; see {@link #parse(String)}. */
    public NhsNumber {
        String problem = problem(value);
        if (problem != null) {
            throw new InvalidInputException("nhsNumber", problem);
        }
    }

    /**
     * Parses an NHS number written with or without spaces or hyphens between the 3-3-4 groups.
     *
     * @throws InvalidInputException if it is not ten digits or fails the check digit (the message never echoes
     *     the value)
     */
    public static NhsNumber parse(String text) {
        if (text == null) {
            throw new InvalidInputException("nhsNumber", "is missing");
        }
        return new NhsNumber(compact(text));
    }

    /** True when {@code text} would parse. */
    public static boolean isValid(String text) {
        return text != null && problem(compact(text)) == null;
    }

    /** The ten digits with no separators: the form for the wire. */
    @Override
    public String value() {
        return value;
    }

    /** The 3-3-4 display form, e.g. {@code "943 476 5919"}. */
    public String formatted() {
        return value.substring(0, 3) + " " + value.substring(3, 6) + " " + value.substring(6);
    }

    /** A form safe for logs: all but the last three digits masked, e.g. {@code "*******919"}. */
    public String redacted() {
        return "*******" + value.substring(7);
    }

    @Override
    public String toString() {
        return "NhsNumber[" + redacted() + "]";
    }

    private static String compact(String text) {
        String trimmed = text.strip();
        if (trimmed.matches("\\d{3}[ -]\\d{3}[ -]\\d{4}")) {
            return trimmed.replaceAll("[ -]", "");
        }
        return trimmed;
    }

    /** Why {@code digits} is not a valid NHS number, or null when it is. Never mentions the value. */
    private static String problem(String digits) {
        if (digits == null || digits.isEmpty()) {
            return "is missing";
        }
        if (digits.length() != 10) {
            return "must be 10 digits (got " + digits.length() + " characters)";
        }
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return "must contain only digits";
            }
            if (i < 9) {
                sum += (c - '0') * (10 - i);
            }
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            check = 0;
        }
        if (check == 10) {
            return "is not a valid NHS number (its first nine digits give no check digit)";
        }
        if (check != digits.charAt(9) - '0') {
            return "fails the Modulus 11 check digit";
        }
        return null;
    }
}
