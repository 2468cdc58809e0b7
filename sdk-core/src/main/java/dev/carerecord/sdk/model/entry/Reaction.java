package dev.carerecord.sdk.model.entry;

import static dev.carerecord.sdk.core.internal.Values.list;
import static dev.carerecord.sdk.core.internal.Values.opt;

import dev.carerecord.sdk.model.value.CodedValue;
import dev.carerecord.sdk.model.value.PartialDateTime;
import java.util.List;
import java.util.Optional;

/** One reaction of an allergy: what happened (manifestations), to what, how badly, and how exposed. */
public record Reaction(List<CodedValue> manifestations, Optional<CodedValue> substance, Optional<String> severity,
        Optional<CodedValue> exposureRoute, Optional<String> description, Optional<PartialDateTime> onset) {
    public Reaction {
        manifestations = list(manifestations);
        substance = opt(substance);
        severity = opt(severity);
        exposureRoute = opt(exposureRoute);
        description = opt(description);
        onset = opt(onset);
    }
}
