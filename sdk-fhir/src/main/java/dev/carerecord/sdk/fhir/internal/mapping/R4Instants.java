package dev.carerecord.sdk.fhir.internal.mapping;

import dev.carerecord.sdk.model.value.PartialDateTime;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Reads the instant of a FHIR date-time's text in one pass over its characters. Gives exactly what
 * {@code PartialDateTime.tryParse(text).flatMap(PartialDateTime::toInstant)} gives (a test holds the two to the
 * same answers), without building a {@link PartialDateTime} and without {@code OffsetDateTime.parse}, which was
 * most of the cost of every entry's provenance. Only a time with a zone has an instant: a date, a year, a month or
 * a time without a zone gives empty, and so does anything the strict ISO parse rejects (a 30th of February, a
 * leap second, an offset beyond 18 hours). HAPI's parsed {@code Date} is not used: it rolls invalid days over,
 * keeps only milliseconds and puts a time without a zone in the JVM's zone. Not part of the public API.
 */
final class R4Instants {
    private static final int MAX_OFFSET_SECONDS = 18 * 3600;

    private R4Instants() {
    }

    /** The instant the text names, or empty (null, blank, not a FHIR date-time, or no time with a zone). */
    static Optional<Instant> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip();
        int n = s.length();
        // yyyy-mm-ddThh:mm then the zone at the least: anything shorter has no instant
        if (n < 17 || !digits(s, 0, 4) || s.charAt(4) != '-' || !digits(s, 5, 2) || s.charAt(7) != '-'
                || !digits(s, 8, 2) || s.charAt(10) != 'T' || !digits(s, 11, 2) || s.charAt(13) != ':'
                || !digits(s, 14, 2)) {
            return Optional.empty();
        }
        int hour = number(s, 11);
        int minute = number(s, 14);
        int second = 0;
        int nanos = 0;
        int i = 16;
        if (s.charAt(i) == ':') {
            if (i + 3 > n || !digits(s, i + 1, 2)) {
                return Optional.empty();
            }
            second = number(s, i + 1);
            i += 3;
            if (i < n && s.charAt(i) == '.') {
                int start = ++i;
                while (i < n && isDigit(s.charAt(i))) {
                    nanos = nanos * 10 + (s.charAt(i) - '0');
                    i++;
                }
                int count = i - start;
                if (count == 0 || count > 9) {
                    return Optional.empty();
                }
                for (int k = count; k < 9; k++) {
                    nanos *= 10;
                }
            }
        }
        int offset = offsetSeconds(s, i);
        if (offset == Integer.MIN_VALUE || hour > 23 || minute > 59 || second > 59) {
            return Optional.empty();
        }
        LocalDate date;
        try {
            date = LocalDate.of(Integer.parseInt(s, 0, 4, 10), number(s, 5), number(s, 8));
        } catch (DateTimeException notADay) {
            return Optional.empty();
        }
        long seconds = date.toEpochDay() * 86_400L + hour * 3600L + minute * 60L + second - offset;
        return Optional.of(Instant.ofEpochSecond(seconds, nanos));
    }

    /** The zone's offset in seconds from {@code i} to the end, or {@link Integer#MIN_VALUE} when it is none. */
    private static int offsetSeconds(String s, int i) {
        int n = s.length();
        if (i == n - 1 && s.charAt(i) == 'Z') {
            return 0;
        }
        if (i + 6 != n || (s.charAt(i) != '+' && s.charAt(i) != '-') || !digits(s, i + 1, 2)
                || s.charAt(i + 3) != ':' || !digits(s, i + 4, 2)) {
            return Integer.MIN_VALUE;
        }
        int minutes = number(s, i + 4);
        int total = number(s, i + 1) * 3600 + minutes * 60;
        if (minutes > 59 || total > MAX_OFFSET_SECONDS) {
            return Integer.MIN_VALUE;
        }
        return s.charAt(i) == '-' ? -total : total;
    }

    private static boolean digits(String s, int from, int count) {
        for (int i = from; i < from + count; i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static int number(String s, int from) {
        return (s.charAt(from) - '0') * 10 + (s.charAt(from + 1) - '0');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
