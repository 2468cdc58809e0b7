package dev.carerecord.sdk.model.value;

import static dev.carerecord.sdk.core.internal.Values.opt;

import java.util.Objects;
import java.util.Optional;

/** A phone number, email address or other contact detail, with its system (phone, email...) and use. */
public record ContactPoint(Optional<String> system, String value, Optional<String> use, Optional<Integer> rank) {
    public ContactPoint {
        system = opt(system);
        Objects.requireNonNull(value, "value");
        use = opt(use);
        rank = opt(rank);
    }
}
