package dev.carerecord.sdk.sandbox.data;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A consultation (encounter) with its topics. A topic holds either headings (each with item ids) or item ids
 * directly (a "flat" consultation), never both.
 */
public record Consultation(String id, String businessId, String type, LocalDateTime start, int minutes,
                           String staffId, List<Topic> topics, boolean confidential) implements Item {
    /** A topic (problem-oriented section) of the consultation, optionally linked to a problem. */
    public record Topic(String id, String title, String problemId, List<Heading> headings, List<String> itemIds) {
        public Topic {
            headings = List.copyOf(headings);
            itemIds = List.copyOf(itemIds);
        }
    }

    /** A SOAP-style heading (History, Examination, Plan...) holding item ids. */
    public record Heading(String id, String title, List<String> itemIds) {
        public Heading {
            itemIds = List.copyOf(itemIds);
        }
    }

    public Consultation {
        topics = List.copyOf(topics);
    }

    /** Every item id held by the consultation, in order. */
    public List<String> itemIds() {
        return topics.stream()
                .flatMap(t -> java.util.stream.Stream.concat(t.itemIds().stream(),
                        t.headings().stream().flatMap(h -> h.itemIds().stream())))
                .toList();
    }
}
