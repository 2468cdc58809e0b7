package dev.carerecord.sdk.model.entry;

import static dev.carerecord.sdk.core.internal.Values.list;
import static dev.carerecord.sdk.core.internal.Values.opt;

import dev.carerecord.sdk.model.value.CodedValue;
import java.util.List;
import java.util.Optional;

/**
 * A topic (problem or issue) discussed in a consultation. It holds either headings or, for a "flat"
 * consultation, items directly; {@code problemEntryId} names the problem it relates to, when it does.
 */
public record ConsultationTopic(Optional<String> title, Optional<CodedValue> code, Optional<String> problemEntryId,
        List<ConsultationHeading> headings, List<String> itemEntryIds) {
    public ConsultationTopic {
        title = opt(title);
        code = opt(code);
        problemEntryId = opt(problemEntryId);
        headings = list(headings);
        itemEntryIds = list(itemEntryIds);
    }
}
