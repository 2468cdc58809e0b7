package dev.carerecord.sdk.model.value;

import static dev.carerecord.sdk.core.internal.Values.opt;

import java.util.Optional;
import jakarta.json.bind.annotation.JsonbTransient;

/** A time span whose ends keep their recorded precision; either end may be open. */
public record Period(Optional<PartialDateTime> start, Optional<PartialDateTime> end) {
    public Period {
        start = opt(start);
        end = opt(end);
    }

    /** A period from {@code start} to {@code end}, either of which may be null (open). */
    public static Period of(PartialDateTime start, PartialDateTime end) {
        return new Period(Optional.ofNullable(start), Optional.ofNullable(end));
    }

    /** True when neither end is known. */
    @JsonbTransient
    public boolean isEmpty() {
        return start.isEmpty() && end.isEmpty();
    }
}
