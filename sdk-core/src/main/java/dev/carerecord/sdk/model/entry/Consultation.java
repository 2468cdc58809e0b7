package dev.carerecord.sdk.model.entry;

import static dev.carerecord.sdk.core.internal.Values.list;
import static dev.carerecord.sdk.core.internal.Values.opt;

import dev.carerecord.sdk.model.value.PartialDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The structure of a GP consultation: its type ({@code title}, e.g. "Surgery consultation"), when it was last
 * edited in the system, and its topics, each with headings and the ids of the items recorded.
 */
public record Consultation(Optional<String> title, Optional<PartialDateTime> lastEdited,
        List<ConsultationTopic> topics) {
    public Consultation {
        title = opt(title);
        lastEdited = opt(lastEdited);
        topics = list(topics);
    }

    /** Every item id in the consultation, in topic and heading order. */
    public List<String> allItemEntryIds() {
        return topics.stream().flatMap(t -> java.util.stream.Stream.concat(t.itemEntryIds().stream(),
                t.headings().stream().flatMap(h -> h.itemEntryIds().stream()))).toList();
    }
}
