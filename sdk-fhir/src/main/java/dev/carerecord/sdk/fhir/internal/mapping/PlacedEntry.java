package dev.carerecord.sdk.fhir.internal.mapping;

import dev.carerecord.sdk.model.SectionKind;
import dev.carerecord.sdk.model.entry.Entry;
import java.util.Objects;

/**
 * An entry and the section it belongs in.
 *
 * @param kind the section
 * @param entry the entry, of a type the section holds
 */
record PlacedEntry(SectionKind kind, Entry entry) {
    PlacedEntry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(entry, "entry");
        if (!kind.entryType().isInstance(entry)) {
            throw new IllegalArgumentException(kind + " cannot hold " + entry.getClass().getSimpleName());
        }
    }
}
