package dev.carerecord.sdk.model.value;

import static dev.carerecord.sdk.core.internal.Values.opt;

import java.util.Optional;

/** A low and/or high bound. */
public record Range(Optional<Quantity> low, Optional<Quantity> high) {
    public Range {
        low = opt(low);
        high = opt(high);
    }
}
