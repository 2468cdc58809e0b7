package dev.carerecord.sdk.gpconnect.internal.mapping;

import dev.carerecord.sdk.model.CareRecord;
import dev.carerecord.sdk.model.MappingIssue;
import dev.carerecord.sdk.model.Section;
import dev.carerecord.sdk.model.SourceIssue;
import dev.carerecord.sdk.model.entry.Entry;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The result of mapping one Access Record Structured Bundle: the care record, the warnings the provider put in
 * the Bundle as OperationOutcome issues (e.g. {@code NOT_IMPLEMENTED} "includeReferrals has been disabled"),
 * the mapping issues that belong to no section (e.g. no Patient in the Bundle), and counts.
 *
 * @param record the mapped record; each section carries its own mapping issues
 * @param sourceIssues every OperationOutcome issue found inside the Bundle, without clinical content
 * @param recordIssues mapping issues about the Bundle as a whole (patient, practice, unrecognised Lists...)
 * @param entriesMapped how many entries the record's sections hold
 * @param issueCount how many mapping issues there are in all: the record's plus every section's
 */
public record StructuredRecordMapping(CareRecord record, List<SourceIssue> sourceIssues,
        List<MappingIssue> recordIssues, int entriesMapped, int issueCount) {

    public StructuredRecordMapping {
        Objects.requireNonNull(record, "record");
        sourceIssues = sourceIssues == null ? List.of() : List.copyOf(sourceIssues);
        recordIssues = recordIssues == null ? List.of() : List.copyOf(recordIssues);
    }

    /** Every mapping issue: the record's, then each section's in heading order. */
    public List<MappingIssue> allIssues() {
        List<MappingIssue> all = new ArrayList<>(recordIssues);
        for (Section<? extends Entry> section : record.sections()) {
            all.addAll(section.mappingIssues());
        }
        return all;
    }
}
