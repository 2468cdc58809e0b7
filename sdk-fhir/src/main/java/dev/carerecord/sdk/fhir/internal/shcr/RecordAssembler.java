package dev.carerecord.sdk.fhir.internal.shcr;

import dev.carerecord.sdk.fhir.internal.mapping.MappedResources;
import dev.carerecord.sdk.fhir.internal.mapping.R4MappingContext;
import dev.carerecord.sdk.fhir.internal.mapping.SectionRetrieval;
import dev.carerecord.sdk.fhir.internal.mapping.UkCoreResourceMapper;
import dev.carerecord.sdk.model.CareRecord;
import dev.carerecord.sdk.model.MappingIssue;
import dev.carerecord.sdk.model.OutcomeStatus;
import dev.carerecord.sdk.model.Section;
import dev.carerecord.sdk.model.SectionKind;
import dev.carerecord.sdk.model.SectionStatus;
import dev.carerecord.sdk.model.SectionWarning;
import dev.carerecord.sdk.model.SourceIssue;
import dev.carerecord.sdk.model.SourceOutcome;
import dev.carerecord.sdk.model.WarningKind;
import dev.carerecord.sdk.model.entry.Entry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Patient;

/**
 * Turns the searches of one record read into a {@link CareRecord}: every page mapped together (so references
 * across searches resolve and an item met twice is one entry), each section's status from the searches that
 * answer it (all failed: SOURCE_ERROR; its type not offered: UNSUPPORTED_BY_SOURCE; a page cap hit: TRUNCATED
 * warning; some failed: a warning naming them), and one source outcome (PARTIAL when a search failed or was
 * truncated, or items could not be placed). Not part of the public API.
 */
public final class RecordAssembler {
    private final UkCoreResourceMapper mapper = new UkCoreResourceMapper();

    /** The record. */
    public CareRecord assemble(PatientLookup.Found found, SectionPlanner.Plan plan, List<SearchRun> runs,
            Set<SectionKind> requested, R4MappingContext context, int maxPages) {
        Patient patient = found.patient();
        List<Bundle> pages = new ArrayList<>();
        runs.forEach(r -> pages.addAll(r.pages()));
        MappedResources mapped = mapper.mapPages(pages, patient, context);
        CareRecord.Builder record = CareRecord.builder(mapper.demographics(patient, found.included(), context))
                .assembledAt(context.source().retrievedAt());
        mapper.gpPractice(patient, found.included(), context).ifPresent(record::gpPractice);
        for (SectionKind kind : SectionKind.values()) {
            List<SearchRun> feeding = runs.stream().filter(r -> r.search().answers().contains(kind)).toList();
            boolean asked = requested.contains(kind) || !feeding.isEmpty();
            if (asked) {
                record.section(section(kind, feeding, plan, mapped, maxPages));
            } else if (!mapped.entries(kind).isEmpty()) {
                Section<Entry> partial = mapped.section(kind, SectionRetrieval.answered());
                record.section(partial.withWarnings(List.of(SectionWarning.of(WarningKind.OTHER,
                        "this section was not asked for: it holds only items that searches for other sections "
                                + "returned"))));
            }
        }
        record.addSource(outcome(runs, mapped, context));
        return record.build();
    }

    private static Section<Entry> section(SectionKind kind, List<SearchRun> feeding, SectionPlanner.Plan plan,
            MappedResources mapped, int maxPages) {
        List<String> unsupported = plan.unsupported().getOrDefault(kind, List.of());
        List<SearchRun> failed = feeding.stream().filter(SearchRun::failed).toList();
        List<SearchRun> truncated = feeding.stream().filter(SearchRun::truncated).toList();
        SectionRetrieval retrieval;
        if (feeding.isEmpty()) {
            retrieval = SectionRetrieval.unsupported(unsupported.isEmpty()
                    ? "the SDK does not read this section from a shared care record" : String.join("; ", unsupported));
        } else if (failed.size() == feeding.size()) {
            retrieval = SectionRetrieval.failed(String.join("; ", failed.stream()
                    .map(r -> r.failure().orElseThrow()).toList()));
        } else if (!truncated.isEmpty()) {
            retrieval = SectionRetrieval.answeredTruncated("more items are held at the source than the " + maxPages
                    + " page(s) read of the " + String.join(" and ", truncated.stream()
                            .map(r -> r.search().resourceType()).toList()) + " search");
        } else {
            retrieval = SectionRetrieval.answered();
        }
        Section<Entry> section = mapped.section(kind, retrieval);
        List<SectionWarning> more = new ArrayList<>();
        if (section.status() != SectionStatus.SOURCE_ERROR) {
            failed.forEach(r -> more.add(SectionWarning.of(WarningKind.OTHER, r.failure().orElseThrow()
                    + "; this section may be incomplete")));
        }
        if (!feeding.isEmpty()) {
            unsupported.forEach(u -> more.add(SectionWarning.of(WarningKind.OTHER, u
                    + "; this section may be incomplete")));
        }
        return more.isEmpty() ? section : section.withWarnings(more);
    }

    private static SourceOutcome outcome(List<SearchRun> runs, MappedResources mapped, R4MappingContext context) {
        List<SourceIssue> issues = new ArrayList<>();
        Optional<String> errorCode = Optional.empty();
        int failures = 0;
        for (SearchRun run : runs) {
            issues.addAll(run.issues());
            if (run.failed()) {
                failures++;
                if (errorCode.isEmpty()) {
                    errorCode = run.errorCode();
                }
                issues.add(new SourceIssue("error", "exception", run.errorCode(), run.failure(), Optional.empty()));
            }
        }
        for (MappingIssue issue : mapped.unplacedIssues()) {
            issues.add(new SourceIssue("warning", "processing", Optional.empty(),
                    Optional.of(issue.resourceType() + ": " + issue.reason()), Optional.empty()));
        }
        boolean truncated = runs.stream().anyMatch(SearchRun::truncated);
        boolean partial = failures > 0 || truncated || !mapped.unplacedIssues().isEmpty();
        Optional<String> message = failures == 0 ? (truncated ? Optional.of("some searches were cut at the page cap")
                : Optional.empty()) : Optional.of(failures + " of " + runs.size() + " searches failed");
        return new SourceOutcome(context.source(), partial ? OutcomeStatus.PARTIAL : OutcomeStatus.SUCCESS, errorCode,
                message, issues);
    }
}
