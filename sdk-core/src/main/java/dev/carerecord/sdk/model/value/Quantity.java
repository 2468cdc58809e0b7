package dev.carerecord.sdk.model.value;

import static dev.carerecord.sdk.core.internal.Values.opt;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A measured amount: the value with its precision kept ({@link BigDecimal}), an optional comparator
 * ({@code <}, {@code <=}, {@code >=}, {@code >}), the unit as shown and its coded form (usually UCUM).
 */
public record Quantity(Optional<BigDecimal> value, Optional<String> comparator, Optional<String> unit,
        Optional<String> system, Optional<String> code) {

    public Quantity {
        value = opt(value);
        comparator = opt(comparator);
        unit = opt(unit);
        system = opt(system);
        code = opt(code);
    }

    /** A value with a unit as shown. */
    public static Quantity of(BigDecimal value, String unit) {
        return new Quantity(Optional.ofNullable(value), Optional.empty(), Optional.ofNullable(unit),
                Optional.empty(), Optional.empty());
    }

    /** For display: comparator, value and unit, e.g. {@code "<5 mmol/L"}. */
    public String display() {
        StringBuilder text = new StringBuilder();
        comparator.ifPresent(text::append);
        value.ifPresent(v -> text.append(v.toPlainString()));
        unit.or(() -> code).ifPresent(u -> text.append(text.length() > 0 ? " " : "").append(u));
        return text.toString();
    }
}
