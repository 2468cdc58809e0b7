package dev.carerecord.sdk.fhir.internal.mapping;

import static dev.carerecord.sdk.fhir.internal.mapping.R4Types.coded;

import dev.carerecord.sdk.model.SectionKind;
import dev.carerecord.sdk.model.entry.ClinicalStatus;
import dev.carerecord.sdk.model.entry.ProblemEntry;
import dev.carerecord.sdk.model.value.CodedValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Reference;

/**
 * Condition to {@link ProblemEntry}. Section: the one a document placed it in (PROBLEMS or PAST_PROBLEMS) when
 * given; otherwise PROBLEMS for clinical status active, recurrence or relapse, PAST_PROBLEMS for inactive,
 * remission or resolved, and, when the status is absent or unknown, PAST_PROBLEMS if an abatement is recorded,
 * else PROBLEMS. Honours UKCore-ProblemSignificance and UKCore-ConditionEpisode. Not part of the public API.
 */
final class ConditionMapper {
    private ConditionMapper() {
    }

    static PlacedEntry map(Condition condition, SectionKind hint, MappingSession session) {
        EntryFactory entries = session.entries();
        ClinicalStatus status = ClinicalStatus.fromCode(R4Types.firstCode(condition.getClinicalStatus()).orElse(null));
        Optional<String> significance = Extensions.find(condition, UkExtension.PROBLEM_SIGNIFICANCE)
                .flatMap(Extensions::text).map(s -> s.toLowerCase(Locale.ROOT));
        Optional<CodedValue> episodicity = Extensions.find(condition, UkExtension.CONDITION_EPISODE)
                .flatMap(Extensions::coded);
        List<String> related = new ArrayList<>();
        for (Condition.ConditionEvidenceComponent evidence : condition.getEvidence()) {
            for (Reference detail : evidence.getDetail()) {
                session.entryIdOf(detail, condition, "evidence.detail").ifPresent(related::add);
            }
        }
        ProblemEntry entry = new ProblemEntry(entries.id(condition), entries.provenance(condition),
                entries.sensitivity(condition), coded(condition.getCode()).orElse(CodedValue.EMPTY), status,
                R4Types.firstCode(condition.getVerificationStatus()), R4Types.codedList(condition.getCategory()),
                significance, episodicity, R4Types.dateOf(condition.getOnset()), abatement(condition),
                coded(condition.getSeverity()), R4Types.codedList(condition.getBodySite()), null, related, null,
                R4Types.notes(condition.getNote()));
        return new PlacedEntry(section(status, condition, hint), entry);
    }

    private static Optional<dev.carerecord.sdk.model.value.PartialDateTime> abatement(Condition condition) {
        if (condition.getAbatement() instanceof org.hl7.fhir.r4.model.Period period) {
            return R4Types.date(period.getEndElement()).or(() -> R4Types.date(period.getStartElement()));
        }
        return R4Types.dateOf(condition.getAbatement());
    }

    private static SectionKind section(ClinicalStatus status, Condition condition, SectionKind hint) {
        if (hint == SectionKind.PROBLEMS || hint == SectionKind.PAST_PROBLEMS) {
            return hint;
        }
        if (status.isActive()) {
            return SectionKind.PROBLEMS;
        }
        if (status == ClinicalStatus.UNKNOWN) {
            return condition.hasAbatement() ? SectionKind.PAST_PROBLEMS : SectionKind.PROBLEMS;
        }
        return SectionKind.PAST_PROBLEMS;
    }
}
