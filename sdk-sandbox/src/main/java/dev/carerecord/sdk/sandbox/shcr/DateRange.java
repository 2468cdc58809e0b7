package dev.carerecord.sdk.sandbox.shcr;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Type;

/**
 * The time a FHIR date, dateTime, instant or Period stands for, as {@code [low, high)} in epoch milliseconds
 * (a year is the whole year; dates without a zone are UK local). Compares with search prefixes as FHIR defines
 * them for ranges.
 */
record DateRange(long low, long high) {
    private static final Pattern DATE = Pattern.compile(
            "^(\\d{4})(?:-(\\d{2})(?:-(\\d{2})(?:T(\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})?)?)?)?$");

    /** Parses a FHIR date/dateTime text; empty when it is not one. */
    static Optional<DateRange> parse(String text) {
        Matcher m = DATE.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                return Optional.of(days(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1)));
            }
            YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
            if (m.group(3) == null) {
                return Optional.of(days(month.atDay(1), month.plusMonths(1).atDay(1)));
            }
            LocalDate day = month.atDay(Integer.parseInt(m.group(3)));
            if (m.group(4) == null) {
                return Optional.of(days(day, day.plusDays(1)));
            }
            boolean seconds = m.group(6) != null;
            LocalDateTime local = day.atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    seconds ? Integer.parseInt(m.group(6)) : 0);
            Instant start = m.group(7) == null ? local.atZone(R4.UK).toInstant()
                    : OffsetDateTime.parse(local + (seconds ? "" : ":00") + m.group(7)).toInstant();
            long low = start.toEpochMilli();
            return Optional.of(new DateRange(low, low + (seconds ? 1000 : 60_000)));
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static DateRange days(LocalDate from, LocalDate toExclusive) {
        return new DateRange(from.atStartOfDay(R4.UK).toInstant().toEpochMilli(),
                toExclusive.atStartOfDay(R4.UK).toInstant().toEpochMilli());
    }

    /** The ranges of a date-like element (none when absent or not date-like). */
    static List<DateRange> of(Type value) {
        List<DateRange> out = new ArrayList<>();
        if (value instanceof BaseDateTimeType d && d.getValueAsString() != null) {
            parse(d.getValueAsString()).ifPresent(out::add);
        } else if (value instanceof Period p && (p.hasStart() || p.hasEnd())) {
            long low = p.hasStart() ? of(p.getStartElement()).stream().mapToLong(DateRange::low).min()
                    .orElse(Long.MIN_VALUE) : Long.MIN_VALUE;
            long high = p.hasEnd() ? of(p.getEndElement()).stream().mapToLong(DateRange::high).max()
                    .orElse(Long.MAX_VALUE) : Long.MAX_VALUE;
            out.add(new DateRange(low, high));
        }
        return out;
    }

    /** Whether this (a resource's) range satisfies {@code prefix} against {@code param} (the search value). */
    boolean satisfies(String prefix, DateRange param) {
        return switch (prefix) {
            case "eq" -> low >= param.low && high <= param.high;
            case "ne" -> !(low >= param.low && high <= param.high);
            case "gt" -> high > param.high;
            case "lt" -> low < param.low;
            case "ge" -> high > param.low;
            case "le" -> low < param.high;
            case "sa" -> low >= param.high;
            case "eb" -> high <= param.low;
            default -> throw new IllegalArgumentException("Unknown prefix " + prefix);
        };
    }
}
