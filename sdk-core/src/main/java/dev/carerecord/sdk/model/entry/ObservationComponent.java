package dev.carerecord.sdk.model.entry;

import static dev.carerecord.sdk.core.internal.Values.list;
import static dev.carerecord.sdk.core.internal.Values.opt;

import dev.carerecord.sdk.model.value.CodedValue;
import dev.carerecord.sdk.model.value.ObservationValue;
import dev.carerecord.sdk.model.value.ReferenceRange;
import java.util.List;
import java.util.Optional;

/** One component of a multi-part observation, e.g. the systolic half of a blood pressure. */
public record ObservationComponent(CodedValue code, Optional<ObservationValue> value,
        List<CodedValue> interpretations, List<ReferenceRange> referenceRanges) {
    public ObservationComponent {
        code = code == null ? CodedValue.EMPTY : code;
        value = opt(value);
        interpretations = list(interpretations);
        referenceRanges = list(referenceRanges);
    }
}
