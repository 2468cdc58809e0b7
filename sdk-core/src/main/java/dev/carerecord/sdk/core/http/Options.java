package dev.carerecord.sdk.core.http;

import java.time.Duration;
import java.util.Objects;

/** Argument checks shared by the options builders. */
final class Options {
    private Options() {
    }

    static Duration positive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
        return value;
    }

    static Duration notNegative(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative");
        }
        return value;
    }

    static int atLeast(int value, int min, String name) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be at least " + min);
        }
        return value;
    }

    static int status(int value) {
        if (value < 100 || value > 599) {
            throw new IllegalArgumentException("not an HTTP status: " + value);
        }
        return value;
    }
}
