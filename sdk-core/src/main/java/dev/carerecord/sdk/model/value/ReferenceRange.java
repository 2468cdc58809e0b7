package dev.carerecord.sdk.model.value;

import static dev.carerecord.sdk.core.internal.Values.opt;

import java.util.Optional;

/** A result's reference (normal) range, with its text as reported by the lab. */
public record ReferenceRange(Optional<Quantity> low, Optional<Quantity> high, Optional<String> text,
        Optional<CodedValue> type) {
    public ReferenceRange {
        low = opt(low);
        high = opt(high);
        text = opt(text);
        type = opt(type);
    }
}
