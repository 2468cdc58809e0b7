package dev.carerecord.sdk.gpconnect;

import dev.carerecord.sdk.core.exception.InvalidInputException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A search period of whole dates for GP Connect part parameters ({@code consultationSearchPeriod} and the
 * like). Either end may be open; when both are given, start must not be after end.
 */
public record DateRange(Optional<LocalDate> start, Optional<LocalDate> end) {

    public DateRange {
        start = start == null ? Optional.empty() : start;
        end = end == null ? Optional.empty() : end;
        if (start.isEmpty() && end.isEmpty()) {
            throw new InvalidInputException("searchPeriod", "needs a start, an end or both");
        }
        if (start.isPresent() && end.isPresent() && start.get().isAfter(end.get())) {
            throw new InvalidInputException("searchPeriod", "start is after end");
        }
    }

    /** From {@code start} to {@code end} inclusive; either may be null for an open end. */
    public static DateRange of(LocalDate start, LocalDate end) {
        return new DateRange(Optional.ofNullable(start), Optional.ofNullable(end));
    }

    /** From {@code start} onwards. */
    public static DateRange from(LocalDate start) {
        return of(start, null);
    }
}
