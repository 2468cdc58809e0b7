package dev.carerecord.sdk.gpconnect.internal.mapping;

import dev.carerecord.sdk.model.SectionKind;
import dev.carerecord.sdk.model.entry.AllergyEntry;
import dev.carerecord.sdk.model.entry.ClinicalStatus;
import dev.carerecord.sdk.model.entry.Reaction;
import dev.carerecord.sdk.model.value.CodedValue;
import dev.carerecord.sdk.model.value.PartialDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hl7.fhir.dstu3.model.AllergyIntolerance;
import org.hl7.fhir.dstu3.model.Enumeration;
import org.hl7.fhir.dstu3.model.Extension;

/**
 * Maps AllergyIntolerance (active, and ended ones contained in the ended-allergies List) to {@link AllergyEntry}:
 * code, category, criticality, clinical and verification status, type, onset, end date and reason (the
 * AllergyIntoleranceEnd extension, under either its CareConnect or GPC URL), reactions, notes, and
 * {@code noKnownAllergy} for the codes in {@link ClinicalCodes#NO_KNOWN_ALLERGY}. {@code assertedDate} is the
 * provenance's recorded time; {@code recorder} the recorder and {@code asserter} the asserter.
 */
final class AllergyMapper {
    private static final SectionKind SECTION = SectionKind.ALLERGIES;

    private AllergyMapper() {
    }

    /**
     * Maps one allergy. {@code inEndedList} is true for an allergy contained in the ended-allergies List: such an
     * allergy is never presented as active (a missing or active status becomes resolved, with an issue).
     */
    static void map(MappingRun run, AllergyIntolerance allergy, boolean inEndedList) {
        ClinicalStatus status = ClinicalStatus.fromCode(
                Stu3Values.code(allergy.getClinicalStatusElement()).orElse(null));
        if (inEndedList && (status == ClinicalStatus.UNKNOWN || status.isActive())) {
            run.issue(SECTION, allergy, "allergy in the ended-allergies List has clinical status "
                    + status.name().toLowerCase(Locale.ROOT) + "; it is recorded as resolved");
            status = ClinicalStatus.RESOLVED;
        }
        CodedValue code = Stu3Values.coded(allergy.getCode());
        List<String> categories = new ArrayList<>();
        for (Enumeration<AllergyIntolerance.AllergyIntoleranceCategory> category : allergy.getCategory()) {
            Stu3Values.code(category).ifPresent(categories::add);
        }
        Optional<Extension> end = Extensions.first(allergy, Extensions.ALLERGY_END);
        Optional<PartialDateTime> endDate = end.flatMap(e -> Extensions.part(e, "endDate"))
                .map(Extension::getValue).flatMap(Stu3Values::date);
        Optional<String> endReason = end.flatMap(e -> Stu3Values.partText(e, "reasonEnded"));
        List<Reaction> reactions = new ArrayList<>();
        for (AllergyIntolerance.AllergyIntoleranceReactionComponent reaction : allergy.getReaction()) {
            reactions.add(new Reaction(Stu3Values.codedList(reaction.getManifestation()),
                    Stu3Values.optionalCoded(reaction.getSubstance()), Stu3Values.code(reaction.getSeverityElement()),
                    Stu3Values.optionalCoded(reaction.getExposureRoute()), Stu3Values.text(reaction.getDescription()),
                    Stu3Values.date(reaction.getOnsetElement())));
        }
        List<String> notes = Stu3Values.notes(allergy.getNote());
        for (AllergyIntolerance.AllergyIntoleranceReactionComponent reaction : allergy.getReaction()) {
            notes.addAll(Stu3Values.notes(reaction.getNote()));
        }
        AllergyEntry entry = new AllergyEntry(run.id(allergy),
                run.provenance(allergy, run.actor(allergy.getRecorder(), allergy, SECTION),
                        run.actor(allergy.getAsserter(), allergy, SECTION),
                        Stu3Values.date(allergy.getAssertedDateElement()), Optional.empty()),
                MappingRun.sensitivity(allergy), code, categories, Stu3Values.code(allergy.getCriticalityElement()),
                status,
                Stu3Values.code(allergy.getVerificationStatusElement()), Stu3Values.code(allergy.getTypeElement()),
                allergy.hasOnset() ? Stu3Values.start(allergy.getOnset()) : Optional.empty(), endDate, endReason,
                reactions, ClinicalCodes.hasSnomed(code, ClinicalCodes.NO_KNOWN_ALLERGY), notes);
        run.add(SECTION, entry, allergy);
    }
}
