package dev.carerecord.sdk.sandbox.data;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A clinical date that keeps its precision: a year, a month, a day, or a day with a time (UK local). Filters
 * treat a year as 1 Jan to 31 Dec and a month as the whole month, as GP Connect requires.
 */
public record PartialDate(LocalDate date, LocalTime time, Precision precision) {
    /** How much of the date is known. */
    public enum Precision { YEAR, MONTH, DAY, TIME }

    public PartialDate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(precision, "precision");
        if (precision == Precision.TIME) {
            Objects.requireNonNull(time, "time");
        }
    }

    public static PartialDate day(LocalDate date) {
        return new PartialDate(date, null, Precision.DAY);
    }

    public static PartialDate at(LocalDateTime dateTime) {
        return new PartialDate(dateTime.toLocalDate(), dateTime.toLocalTime().withNano(0), Precision.TIME);
    }

    public static PartialDate year(int year) {
        return new PartialDate(LocalDate.of(year, 1, 1), null, Precision.YEAR);
    }

    public static PartialDate month(int year, int month) {
        return new PartialDate(LocalDate.of(year, month, 1), null, Precision.MONTH);
    }

    /** The first day this date may denote. */
    public LocalDate earliest() {
        return switch (precision) {
            case YEAR -> LocalDate.of(date.getYear(), 1, 1);
            case MONTH -> date.withDayOfMonth(1);
            default -> date;
        };
    }

    /** The last day this date may denote. */
    public LocalDate latest() {
        return switch (precision) {
            case YEAR -> LocalDate.of(date.getYear(), 12, 31);
            case MONTH -> YearMonth.from(date).atEndOfMonth();
            default -> date;
        };
    }

    /** The date-time, at midnight when no time is known. */
    public LocalDateTime toDateTime() {
        return time == null ? earliest().atStartOfDay() : date.atTime(time);
    }
}
