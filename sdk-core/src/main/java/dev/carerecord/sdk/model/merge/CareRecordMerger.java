package dev.carerecord.sdk.model.merge;

import dev.carerecord.sdk.model.CareRecord;
import dev.carerecord.sdk.model.MappingIssue;
import dev.carerecord.sdk.model.Section;
import dev.carerecord.sdk.model.SectionKind;
import dev.carerecord.sdk.model.SectionStatus;
import dev.carerecord.sdk.model.SectionWarning;
import dev.carerecord.sdk.model.SourceOutcome;
import dev.carerecord.sdk.model.WarningKind;
import dev.carerecord.sdk.model.entry.Entry;
import dev.carerecord.sdk.model.provenance.Provenance;
import dev.carerecord.sdk.model.provenance.Sensitivity;
import dev.carerecord.sdk.model.value.CodedValue;
import dev.carerecord.sdk.model.value.Coding;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * De-duplicates care records about one patient from several sources (e.g. GP Connect and a shared care record
 * that copied GP data) into one record.
 *
 * <p>Policy:
 * <ul>
 *   <li><b>Which entries are the same item.</b> Two entries of the same section, from different records, are one
 *       item when they share a business identifier ({@link dev.carerecord.sdk.model.provenance.Provenance#businessIdentifiers()}
 *       with a system; systems compared normalised and without their scheme, as entry ids are made; GP Connect
 *       identifiers persist across the systems that copy them), or the same SDK entry id (ids hash the source
 *       kind, provider and identifier or resource id, so an equal id is the same item read twice). Entries
 *       without a shared identifier or id are never merged. An optional second rule ({@link Builder#matchOnCodeDateAndProvider(boolean)}, off by default)
 *       also matches entries of the same type with the same SNOMED code, the same clinical date as recorded and
 *       the same provider ODS code. Entries within one record are never merged with each other.</li>
 *   <li><b>Which entry is kept.</b> The first record's (records are taken in the order given, so pass the most
 *       authoritative source first, e.g. GP Connect). The kept entry keeps its id and content; its provenance
 *       records every duplicate's provenance ({@link Provenance#withMerged(Provenance)}), and its sensitivity is
 *       raised to the strictest of the duplicates (security labels unioned), so merging never lowers
 *       confidentiality. Ids merged away are listed in {@link MergeResult#replacedIds()}.</li>
 *   <li><b>Sections.</b> Entries in order: the first record's, then each later record's that were not
 *       duplicates. Status: POPULATED when any entry remains; else the most telling of the sources' statuses
 *       (WITHHELD, NONE_KNOWN, NO_INFORMATION, NONE_RETURNED, SOURCE_ERROR, UNSUPPORTED_BY_SOURCE, NOT_REQUESTED,
 *       in that order). Warnings are unioned; a source whose status was SOURCE_ERROR, WITHHELD,
 *       UNSUPPORTED_BY_SOURCE or NO_INFORMATION while another status won keeps a warning naming it. Empty
 *       reason: the first one given by a source with the winning status. Narratives and mapping issues are
 *       concatenated.</li>
 *   <li><b>Record.</b> Patient demographics and GP practice from the first record that has them (demographics
 *       always from the first record); source outcomes concatenated in order; assembled at the latest of the
 *       records' times.</li>
 * </ul>
 * Stateless and thread-safe.
 *
 * <pre>{@code
 * CareRecord merged = CareRecordMerger.standard().merge(gpConnectRecord, sharedCareRecord);
 * }</pre>
 */
public final class CareRecordMerger {
    private static final CareRecordMerger STANDARD = new CareRecordMerger(false);

    private final boolean fuzzy;

    private CareRecordMerger(boolean fuzzy) {
        this.fuzzy = fuzzy;
    }

    /** Matching on shared business identifiers only. */
    public static CareRecordMerger standard() {
        return STANDARD;
    }

    /** A builder starting from {@link #standard()}. */
    public static Builder builder() {
        return new Builder();
    }

    /** The records merged, the first record's entries winning; see the class description. */
    public CareRecord merge(CareRecord first, CareRecord... others) {
        List<CareRecord> all = new ArrayList<>();
        all.add(Objects.requireNonNull(first, "first"));
        Arrays.stream(others).map(r -> Objects.requireNonNull(r, "record")).forEach(all::add);
        return mergeWithDetails(all).record();
    }

    /** The records merged, the first record's entries winning, with the ids merged away. */
    public MergeResult mergeWithDetails(List<CareRecord> records) {
        Objects.requireNonNull(records, "records");
        if (records.isEmpty()) {
            throw new IllegalArgumentException("no records to merge");
        }
        records.forEach(r -> Objects.requireNonNull(r, "record"));
        CareRecord first = records.get(0);
        CareRecord.Builder merged = CareRecord.builder(first.patient());
        Map<String, String> replaced = new LinkedHashMap<>();
        List<String> names = sourceNames(records);
        for (SectionKind kind : SectionKind.values()) {
            merged.section(mergeSection(kind, records, names, replaced));
        }
        records.stream().map(CareRecord::gpPractice).flatMap(Optional::stream).findFirst()
                .ifPresent(merged::gpPractice);
        for (CareRecord record : records) {
            record.sources().forEach(merged::addSource);
        }
        Instant assembled = records.stream().map(CareRecord::assembledAt).max(Instant::compareTo).orElseThrow();
        merged.assembledAt(assembled);
        return new MergeResult(merged.build(), replaced);
    }

    private Section<Entry> mergeSection(SectionKind kind, List<CareRecord> records, List<String> names,
            Map<String, String> replaced) {
        List<Entry> kept = new ArrayList<>();
        Map<String, Integer> byKey = new HashMap<>();
        Map<Integer, Integer> keptFromRecord = new HashMap<>();
        List<SectionStatus> statuses = new ArrayList<>();
        Set<SectionWarning> warnings = new LinkedHashSet<>();
        List<String> narratives = new ArrayList<>();
        List<MappingIssue> issues = new ArrayList<>();
        for (int r = 0; r < records.size(); r++) {
            Section<? extends Entry> section = records.get(r).section(kind);
            statuses.add(section.status());
            warnings.addAll(section.warnings());
            section.narrativeHtml().filter(n -> !n.isBlank()).ifPresent(narratives::add);
            issues.addAll(section.mappingIssues());
            for (Entry entry : section.entries()) {
                Integer match = findMatch(entry, byKey, keptFromRecord, r);
                if (match != null) {
                    Entry into = kept.get(match);
                    kept.set(match, absorb(into, entry));
                    if (!entry.id().equals(into.id())) {
                        replaced.put(entry.id(), into.id());
                    }
                    register(entry, match, byKey);
                } else {
                    kept.add(entry);
                    int index = kept.size() - 1;
                    keptFromRecord.put(index, r);
                    register(entry, index, byKey);
                }
            }
        }
        SectionStatus status = status(kept, statuses);
        for (int r = 0; r < records.size(); r++) {
            String text = SectionStatuses.lostStatusWarning(statuses.get(r), status, names.get(r));
            if (text != null) {
                warnings.add(SectionWarning.of(WarningKind.OTHER, text));
            }
        }
        Optional<CodedValue> emptyReason = Optional.empty();
        for (CareRecord record : records) {
            Section<? extends Entry> section = record.section(kind);
            if (section.status() == status && section.emptyReason().isPresent()) {
                emptyReason = section.emptyReason();
                break;
            }
        }
        Optional<String> narrative = narratives.isEmpty() ? Optional.empty()
                : Optional.of(String.join("\n", narratives));
        return new Section<>(kind, status, kept, new ArrayList<>(warnings), emptyReason, narrative, issues);
    }

    /**
     * POPULATED when a source had data; otherwise (no entries, or only entries asserting absence, e.g. "no known
     * allergies") the most telling status a source gave.
     */
    private static SectionStatus status(List<Entry> kept, List<SectionStatus> statuses) {
        if (statuses.contains(SectionStatus.POPULATED)) {
            return SectionStatus.POPULATED;
        }
        if (kept.isEmpty()) {
            return SectionStatuses.winner(statuses);
        }
        if (statuses.contains(SectionStatus.NONE_KNOWN)) {
            return SectionStatus.NONE_KNOWN;
        }
        return statuses.contains(SectionStatus.NO_INFORMATION) ? SectionStatus.NO_INFORMATION
                : SectionStatus.POPULATED;
    }

    private Integer findMatch(Entry entry, Map<String, Integer> byKey, Map<Integer, Integer> keptFromRecord,
            int record) {
        for (String key : keys(entry)) {
            Integer index = byKey.get(key);
            if (index != null && keptFromRecord.get(index) != record) {
                return index;
            }
        }
        return null;
    }

    private void register(Entry entry, int index, Map<String, Integer> byKey) {
        for (String key : keys(entry)) {
            byKey.putIfAbsent(key, index);
        }
    }

    private List<String> keys(Entry entry) {
        List<String> keys = new ArrayList<>();
        keys.add("entry|" + entry.id());
        keys.addAll(MatchKeys.identifierKeys(entry));
        if (fuzzy) {
            MatchKeys.fuzzyKey(entry).ifPresent(keys::add);
        }
        return keys;
    }

    /** {@code kept}, recording {@code duplicate}'s provenance and taking the stricter sensitivity. */
    private static Entry absorb(Entry kept, Entry duplicate) {
        Provenance provenance = kept.provenance().withMerged(duplicate.provenance());
        Set<Coding> labels = new LinkedHashSet<>(kept.sensitivity().securityLabels());
        labels.addAll(duplicate.sensitivity().securityLabels());
        Sensitivity sensitivity = new Sensitivity(kept.sensitivity().level().max(duplicate.sensitivity().level()),
                new ArrayList<>(labels));
        return EntryCopier.with(kept, provenance, sensitivity);
    }

    /** A name for each record's source, for warnings: its first source outcome's system (and ODS code). */
    private static List<String> sourceNames(List<CareRecord> records) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            List<SourceOutcome> sources = records.get(i).sources();
            if (sources.isEmpty()) {
                names.add("source " + (i + 1));
            } else {
                SourceOutcome s = sources.get(0);
                names.add(s.source().system() + s.source().organisationOdsCode().map(o -> " (" + o + ")").orElse(""));
            }
        }
        return names;
    }

    /** Options of a {@link CareRecordMerger}. Not thread-safe. */
    public static final class Builder {
        private boolean fuzzy;

        private Builder() {
        }

        /**
         * Also merge entries that share no identifier but have the same type, SNOMED code, clinical date (as
         * recorded) and provider ODS code. Off by default: two genuinely separate items (two doses on one day)
         * can look alike.
         */
        public Builder matchOnCodeDateAndProvider(boolean value) {
            this.fuzzy = value;
            return this;
        }

        /** The merger. */
        public CareRecordMerger build() {
            return new CareRecordMerger(fuzzy);
        }
    }
}
