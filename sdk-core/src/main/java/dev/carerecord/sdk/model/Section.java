package dev.carerecord.sdk.model;

import static dev.carerecord.sdk.core.internal.Values.list;
import static dev.carerecord.sdk.core.internal.Values.opt;

import dev.carerecord.sdk.model.entry.Entry;
import dev.carerecord.sdk.model.value.CodedValue;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One section of a care record: its entries, its status (so empty never reads as "none" when it means "not
 * asked" or "failed"), the warnings to show with it, the source's reason for an empty section, its narrative
 * where the source sent one, and anything the mapper could not map.
 *
 * @param <T> the type of entry
 */
public record Section<T extends Entry>(SectionKind kind, SectionStatus status, List<T> entries,
        List<SectionWarning> warnings, Optional<CodedValue> emptyReason, Optional<String> narrativeHtml,
        List<MappingIssue> mappingIssues) {

    public Section {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        entries = list(entries);
        for (T entry : entries) {
            if (!kind.entryType().isInstance(entry)) {
                throw new IllegalArgumentException(kind + " cannot hold " + entry.getClass().getSimpleName());
            }
        }
        warnings = list(warnings);
        emptyReason = opt(emptyReason);
        narrativeHtml = opt(narrativeHtml);
        mappingIssues = list(mappingIssues);
    }

    /** A section that was not asked for. */
    public static <T extends Entry> Section<T> notRequested(SectionKind kind) {
        return new Section<>(kind, SectionStatus.NOT_REQUESTED, List.of(), List.of(), Optional.empty(),
                Optional.empty(), List.of());
    }

    /** A section whose source failed. */
    public static <T extends Entry> Section<T> sourceError(SectionKind kind, String why) {
        return new Section<>(kind, SectionStatus.SOURCE_ERROR, List.of(),
                List.of(SectionWarning.of(WarningKind.OTHER, why)), Optional.empty(), Optional.empty(), List.of());
    }

    /** A section with these entries: populated if there are any, else {@code whenEmpty}. */
    public static <T extends Entry> Section<T> of(SectionKind kind, List<T> entries, SectionStatus whenEmpty,
            List<SectionWarning> warnings, List<MappingIssue> issues) {
        SectionStatus status = entries == null || entries.isEmpty() ? whenEmpty : SectionStatus.POPULATED;
        return new Section<>(kind, status, entries, warnings, Optional.empty(), Optional.empty(), issues);
    }

    /** True when any warning has this kind. */
    public boolean hasWarning(WarningKind warningKind) {
        return warnings.stream().anyMatch(w -> w.kind() == warningKind);
    }

    /** A copy with more warnings. */
    public Section<T> withWarnings(List<SectionWarning> more) {
        List<SectionWarning> all = new java.util.ArrayList<>(warnings);
        all.addAll(more);
        return new Section<>(kind, status, entries, all, emptyReason, narrativeHtml, mappingIssues);
    }
}
