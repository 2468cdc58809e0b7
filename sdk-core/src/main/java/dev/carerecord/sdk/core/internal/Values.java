package dev.carerecord.sdk.core.internal;

import java.util.List;
import java.util.Optional;

/** Null-to-empty normalisation used by the model's compact constructors. Not part of the public API. */
public final class Values {
    private Values() {
    }

    /** {@code value}, or empty when null. */
    public static <T> Optional<T> opt(Optional<T> value) {
        return value == null ? Optional.empty() : value;
    }

    /** An unmodifiable copy of {@code values} without nulls, or an empty list when null. */
    public static <T> List<T> list(List<T> values) {
        if (values == null || values.isEmpty()) {
            return List.of();
        }
        for (T value : values) {
            if (value == null) {
                return values.stream().filter(v -> v != null).toList();
            }
        }
        return List.copyOf(values);
    }

    /** A string that is null or blank becomes empty; anything else is kept as is. */
    public static Optional<String> text(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }
}
