package dev.carerecord.sdk.core.internal.http;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads {@code Retry-After}: delay-seconds, or an HTTP-date taken relative to the clock (RFC 9110 10.2.3). */
final class RetryAfter {
    private static final Duration LONGEST = Duration.ofDays(1);

    private RetryAfter() {
    }

    /** The delay {@code value} asks for (never negative, at most a day), or empty when it cannot be read. */
    static Optional<Duration> parse(String value, Clock clock) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String text = value.strip();
        if (text.chars().allMatch(Character::isDigit)) {
            if (text.length() > 6) {
                return Optional.of(LONGEST);
            }
            Duration seconds = Duration.ofSeconds(Long.parseLong(text));
            return Optional.of(seconds.compareTo(LONGEST) > 0 ? LONGEST : seconds);
        }
        try {
            ZonedDateTime when = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME);
            Duration delay = Duration.between(clock.instant(), when.toInstant());
            if (delay.isNegative()) {
                return Optional.of(Duration.ZERO);
            }
            return Optional.of(delay.compareTo(LONGEST) > 0 ? LONGEST : delay);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
