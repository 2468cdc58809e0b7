package dev.carerecord.sdk.model.value;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A date or date-time that keeps the precision the source recorded: {@code "2019"}, {@code "2019-05"},
 * {@code "2019-05-14"} or {@code "2019-05-14T09:30:00+01:00"}. A year is never padded into an invented day.
 * Serialised to JSON as the string itself.
 */
public record PartialDateTime(String value) implements Comparable<PartialDateTime> {
    /** The accepted forms, as a regular expression (the reference the hand-written check is tested against). */
    static final Pattern FORMAT = Pattern.compile(
            "\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01])"
                    + "(T([01]\\d|2[0-3]):[0-5]\\d(:([0-5]\\d|60)(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})?)?)?)?");

    /** How much of a date-time the source recorded. */
    public enum Precision { YEAR, MONTH, DAY, TIME }

    /** Validates {@code value} as a FHIR date, dateTime or instant (seconds and zone may be missing). */
    public PartialDateTime {
        Objects.requireNonNull(value, "value");
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a FHIR date or dateTime: '" + value + "'");
        }
    }

    /** Parses {@code text}; returns empty for null, blank or unparseable input rather than throwing. */
    public static Optional<PartialDateTime> tryParse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String trimmed = text.strip();
        return isValid(trimmed) ? Optional.of(new PartialDateTime(trimmed)) : Optional.empty();
    }

    /**
     * True when {@code s} matches {@link #FORMAT}. Checked by hand, character by character, because every date
     * of every mapped record passes here and the regular expression was a measurable part of mapping time; a
     * test holds the two to the same answers.
     */
    static boolean isValid(String s) {
        int n = s.length();
        if (n < 4 || !digits(s, 0, 4)) {
            return false;
        }
        if (n == 4) {
            return true;
        }
        if (n < 7 || s.charAt(4) != '-' || !twoDigits(s, 5, 1, 12)) {
            return false;
        }
        if (n == 7) {
            return true;
        }
        if (n < 10 || s.charAt(7) != '-' || !twoDigits(s, 8, 1, 31)) {
            return false;
        }
        if (n == 10) {
            return true;
        }
        if (n < 16 || s.charAt(10) != 'T' || !twoDigits(s, 11, 0, 23) || s.charAt(13) != ':'
                || !twoDigits(s, 14, 0, 59)) {
            return false;
        }
        int i = 16;
        if (i < n && s.charAt(i) == ':') {
            if (i + 3 > n || !twoDigits(s, i + 1, 0, 60)) {
                return false;
            }
            i += 3;
            if (i < n && s.charAt(i) == '.') {
                int start = ++i;
                while (i < n && isDigit(s.charAt(i))) {
                    i++;
                }
                if (i == start || i - start > 9) {
                    return false;
                }
            }
        }
        if (i == n) {
            return true;
        }
        char zone = s.charAt(i);
        if (zone == 'Z') {
            return i + 1 == n;
        }
        return (zone == '+' || zone == '-') && i + 6 == n && digits(s, i + 1, 2) && s.charAt(i + 3) == ':'
                && digits(s, i + 4, 2);
    }

    private static boolean digits(String s, int from, int count) {
        for (int i = from; i < from + count; i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean twoDigits(String s, int from, int min, int max) {
        if (!digits(s, from, 2)) {
            return false;
        }
        int value = (s.charAt(from) - '0') * 10 + (s.charAt(from + 1) - '0');
        return value >= min && value <= max;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A day-precision value. */
    public static PartialDateTime of(LocalDate date) {
        return new PartialDateTime(date.toString());
    }

    /** A month-precision value. */
    public static PartialDateTime of(YearMonth month) {
        return new PartialDateTime(month.toString());
    }

    /** A full date-time, kept with its offset. */
    public static PartialDateTime of(OffsetDateTime dateTime) {
        return new PartialDateTime(dateTime.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    }

    /** A full date-time in UTC. */
    public static PartialDateTime of(Instant instant) {
        return new PartialDateTime(DateTimeFormatter.ISO_INSTANT.format(instant));
    }

    /** The precision the source recorded. */
    public Precision precision() {
        int length = value.length();
        if (length == 4) {
            return Precision.YEAR;
        }
        if (length == 7) {
            return Precision.MONTH;
        }
        if (length == 10) {
            return Precision.DAY;
        }
        return Precision.TIME;
    }

    /** The year, always known. */
    public int year() {
        return Integer.parseInt(value.substring(0, 4));
    }

    /** The calendar date, when the precision is a day or finer. */
    public Optional<LocalDate> toLocalDate() {
        return precision().compareTo(Precision.DAY) >= 0
                ? Optional.of(LocalDate.parse(value.substring(0, 10)))
                : Optional.empty();
    }

    /** The instant, when a time with a zone was recorded. */
    public Optional<Instant> toInstant() {
        if (precision() != Precision.TIME) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(withSeconds(value)).toInstant());
        } catch (DateTimeParseException noZone) {
            return Optional.empty();
        }
    }

    /** The first instant this value could mean (UTC where no zone was recorded): 2019 gives 2019-01-01T00:00Z. */
    public Instant earliest() {
        return switch (precision()) {
            case YEAR -> LocalDate.of(year(), 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
            case MONTH -> YearMonth.parse(value).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
            case DAY -> LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC);
            case TIME -> toInstant().orElseGet(() -> LocalDate.parse(value.substring(0, 10))
                    .atStartOfDay().toInstant(ZoneOffset.UTC));
        };
    }

    /** The last instant this value could mean (exclusive end of its year, month or day). */
    public Instant latestExclusive() {
        return switch (precision()) {
            case YEAR -> LocalDate.of(year() + 1, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
            case MONTH -> YearMonth.parse(value).plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
            case DAY -> LocalDate.parse(value).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
            case TIME -> earliest().plusSeconds(1);
        };
    }

    /** Orders by earliest possible instant, then by precision (coarser first). */
    @Override
    public int compareTo(PartialDateTime other) {
        int byInstant = earliest().compareTo(other.earliest());
        return byInstant != 0 ? byInstant : precision().compareTo(other.precision());
    }

    @Override
    public String toString() {
        return value;
    }

    private static String withSeconds(String text) {
        // "2019-05-14T09:30+01:00" -> "2019-05-14T09:30:00+01:00"
        if (text.length() > 16 && text.charAt(16) != ':') {
            return text.substring(0, 16) + ":00" + text.substring(16);
        }
        return text;
    }
}
