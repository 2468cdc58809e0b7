package dev.carerecord.sdk.model.value;

import static dev.carerecord.sdk.core.internal.Values.opt;

import java.util.Optional;

/**
 * The value of an observation or result, exactly one of: a quantity, a coded value, text, a range, a boolean,
 * or a date-time (FHIR {@code value[x]}).
 */
public record ObservationValue(Optional<Quantity> quantity, Optional<CodedValue> coded, Optional<String> text,
        Optional<Range> range, Optional<Boolean> flag, Optional<PartialDateTime> dateTime) {

    public ObservationValue {
        quantity = opt(quantity);
        coded = opt(coded);
        text = opt(text);
        range = opt(range);
        flag = opt(flag);
        dateTime = opt(dateTime);
    }

    /** A quantity value. */
    public static ObservationValue of(Quantity quantity) {
        return new ObservationValue(Optional.of(quantity), null, null, null, null, null);
    }

    /** A coded value. */
    public static ObservationValue of(CodedValue coded) {
        return new ObservationValue(null, Optional.of(coded), null, null, null, null);
    }

    /** A text value. */
    public static ObservationValue ofText(String text) {
        return new ObservationValue(null, null, Optional.of(text), null, null, null);
    }

    /** For display, whichever form is present. */
    public String display() {
        return quantity.map(Quantity::display)
                .or(() -> coded.map(CodedValue::bestDisplay))
                .or(() -> text)
                .or(() -> range.map(r -> r.low().map(Quantity::display).orElse("") + " - "
                        + r.high().map(Quantity::display).orElse("")))
                .or(() -> flag.map(String::valueOf))
                .or(() -> dateTime.map(PartialDateTime::value))
                .orElse("");
    }
}
