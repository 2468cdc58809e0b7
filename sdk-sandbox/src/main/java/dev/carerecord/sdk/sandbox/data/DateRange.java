package dev.carerecord.sdk.sandbox.data;

import java.time.LocalDate;

/**
 * An inclusive day range from a search period; either end may be open (null). Unknown dates always match, and
 * partial dates match when any day they may denote falls in the range.
 */
public record DateRange(LocalDate start, LocalDate end) {
    /** A range that matches everything. */
    public static final DateRange ALL = new DateRange(null, null);

    public boolean matches(PartialDate date) {
        if (date == null) {
            return true;
        }
        return (start == null || !date.latest().isBefore(start)) && (end == null || !date.earliest().isAfter(end));
    }

    public boolean matches(LocalDate date) {
        return date == null || matches(PartialDate.day(date));
    }
}
