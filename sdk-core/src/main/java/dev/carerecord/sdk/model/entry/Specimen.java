package dev.carerecord.sdk.model.entry;

import static dev.carerecord.sdk.core.internal.Values.list;
import static dev.carerecord.sdk.core.internal.Values.opt;

import dev.carerecord.sdk.model.value.CodedValue;
import dev.carerecord.sdk.model.value.PartialDateTime;
import java.util.List;
import java.util.Optional;

/** A specimen a report's results were measured on. */
public record Specimen(Optional<String> accessionId, CodedValue type, Optional<PartialDateTime> collectedAt,
        Optional<PartialDateTime> receivedAt, Optional<CodedValue> bodySite, List<String> notes) {
    public Specimen {
        accessionId = opt(accessionId);
        type = type == null ? CodedValue.EMPTY : type;
        collectedAt = opt(collectedAt);
        receivedAt = opt(receivedAt);
        bodySite = opt(bodySite);
        notes = list(notes);
    }
}
