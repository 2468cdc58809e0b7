package dev.carerecord.sdk.model.merge;

import dev.carerecord.sdk.model.CareRecord;
import java.util.Map;
import java.util.Objects;

/**
 * What {@link CareRecordMerger} produced: the merged record, and which entry ids were merged away. An entry of a
 * later source that duplicated a kept entry is not in the record (its provenance is in the kept entry's
 * {@code provenance().mergedFrom()}); other entries of that source may still refer to its id, so
 * {@link #replacedIds()} maps each id merged away to the id of the entry that now stands for it.
 *
 * @param record the merged record
 * @param replacedIds id merged away to the id kept
 */
public record MergeResult(CareRecord record, Map<String, String> replacedIds) {
    public MergeResult {
        Objects.requireNonNull(record, "record");
        replacedIds = replacedIds == null ? Map.of() : Map.copyOf(replacedIds);
    }

    /** The id that stands for {@code entryId} in the merged record: the kept id when it was merged away. */
    public String resolve(String entryId) {
        return replacedIds.getOrDefault(entryId, entryId);
    }

    /** How many entries were merged into others. */
    public int mergedCount() {
        return replacedIds.size();
    }
}
