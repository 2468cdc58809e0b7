package dev.carerecord.sdk.model.entry;

import static dev.carerecord.sdk.core.internal.Values.list;
import static dev.carerecord.sdk.core.internal.Values.opt;

import dev.carerecord.sdk.model.value.CodedValue;
import java.util.List;
import java.util.Optional;

/** A heading within a consultation topic (History, Examination, Plan...), listing the items recorded under it. */
public record ConsultationHeading(Optional<String> title, Optional<CodedValue> code, List<String> itemEntryIds) {
    public ConsultationHeading {
        title = opt(title);
        code = opt(code);
        itemEntryIds = list(itemEntryIds);
    }
}
