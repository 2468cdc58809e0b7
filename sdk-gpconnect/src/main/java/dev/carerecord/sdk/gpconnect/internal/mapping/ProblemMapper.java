package dev.carerecord.sdk.gpconnect.internal.mapping;

import dev.carerecord.sdk.model.SectionKind;
import dev.carerecord.sdk.model.entry.ClinicalStatus;
import dev.carerecord.sdk.model.entry.ProblemEntry;
import dev.carerecord.sdk.model.entry.ProblemLink;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.dstu3.model.Condition;
import org.hl7.fhir.dstu3.model.Extension;
import org.hl7.fhir.dstu3.model.Reference;
import org.hl7.fhir.dstu3.model.Type;

/**
 * Maps ProblemHeader Conditions to {@link ProblemEntry}: active (and recurrence, relapse, unknown) to the problem
 * list, inactive and resolved to past problems. Keeps significance, onset, abatement, categories, severity, body
 * sites and notes; {@code assertedDate} and {@code asserter} go to the provenance. ActualProblem becomes
 * {@code actualProblemEntryId}, each RelatedClinicalContent a {@code relatedEntryIds} item, and each
 * RelatedProblemHeader a {@link ProblemLink} (type parent, child or sibling; "related" when the source gave none).
 * References that do not resolve are reported, never thrown.
 */
final class ProblemMapper {
    private ProblemMapper() {
    }

    static void map(MappingRun run, Condition condition) {
        ClinicalStatus status = ClinicalStatus.fromCode(Stu3Values.code(condition.getClinicalStatusElement())
                .orElse(null));
        SectionKind section = status == ClinicalStatus.INACTIVE || status == ClinicalStatus.RESOLVED
                || status == ClinicalStatus.REMISSION ? SectionKind.PAST_PROBLEMS : SectionKind.PROBLEMS;
        Optional<String> actual = Extensions.first(condition, Extensions.ACTUAL_PROBLEM)
                .map(Extension::getValue).filter(Reference.class::isInstance)
                .flatMap(v -> run.entryId((Reference) v, condition, section));
        Set<String> related = new LinkedHashSet<>();
        for (Extension extension : Extensions.all(condition, Extensions.RELATED_CLINICAL_CONTENT)) {
            if (extension.getValue() instanceof Reference reference) {
                run.entryId(reference, condition, section).ifPresent(related::add);
            }
        }
        List<ProblemLink> links = new ArrayList<>();
        for (Extension extension : Extensions.all(condition, Extensions.RELATED_PROBLEM_HEADER)) {
            Optional<Type> target = Extensions.part(extension, "target").map(Extension::getValue);
            String type = Extensions.part(extension, "type").map(Extension::getValue)
                    .filter(org.hl7.fhir.dstu3.model.PrimitiveType.class::isInstance)
                    .flatMap(v -> Stu3Values.code((org.hl7.fhir.dstu3.model.PrimitiveType<?>) v))
                    .orElse("related");
            if (target.isPresent() && target.get() instanceof Reference reference) {
                run.entryId(reference, condition, section).ifPresent(id -> links.add(new ProblemLink(type, id)));
            }
        }
        ProblemEntry entry = new ProblemEntry(run.id(condition),
                run.provenance(condition, Optional.empty(), run.actor(condition.getAsserter(), condition, section),
                        Stu3Values.date(condition.getAssertedDateElement()), Optional.empty()),
                MappingRun.sensitivity(condition), Stu3Values.coded(condition.getCode()), status,
                Stu3Values.code(condition.getVerificationStatusElement()),
                Stu3Values.codedList(condition.getCategory()),
                Extensions.value(condition, Extensions.PROBLEM_SIGNIFICANCE)
                        .filter(org.hl7.fhir.dstu3.model.PrimitiveType.class::isInstance)
                        .flatMap(v -> Stu3Values.code((org.hl7.fhir.dstu3.model.PrimitiveType<?>) v)),
                Optional.empty(),
                condition.hasOnset() ? Stu3Values.start(condition.getOnset()) : Optional.empty(),
                condition.hasAbatement() ? Stu3Values.start(condition.getAbatement()) : Optional.empty(),
                Stu3Values.optionalCoded(condition.getSeverity()), Stu3Values.codedList(condition.getBodySite()),
                actual, List.copyOf(related), links, Stu3Values.notes(condition.getNote()));
        run.add(section, entry, condition);
    }
}
