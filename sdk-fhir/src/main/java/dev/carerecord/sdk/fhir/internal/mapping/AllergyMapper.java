package dev.carerecord.sdk.fhir.internal.mapping;

import static dev.carerecord.sdk.fhir.internal.mapping.R4Types.code;
import static dev.carerecord.sdk.fhir.internal.mapping.R4Types.coded;
import static dev.carerecord.sdk.fhir.internal.mapping.R4Types.text;

import dev.carerecord.sdk.model.SectionKind;
import dev.carerecord.sdk.model.entry.AllergyEntry;
import dev.carerecord.sdk.model.entry.ClinicalStatus;
import dev.carerecord.sdk.model.entry.Reaction;
import dev.carerecord.sdk.model.value.CodedValue;
import dev.carerecord.sdk.model.value.PartialDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.Enumeration;
import org.hl7.fhir.r4.model.Extension;

/**
 * AllergyIntolerance to {@link AllergyEntry} (section ALLERGIES). Honours UKCore-AllergyIntoleranceEnd (on the
 * resource or on {@code clinicalStatus}: {@code endDate}, {@code reasonEnded}) and flags "no known allergy"
 * entries ({@link NoKnownCodes}). Not part of the public API.
 */
final class AllergyMapper {
    private AllergyMapper() {
    }

    static PlacedEntry map(AllergyIntolerance allergy, MappingSession session) {
        EntryFactory entries = session.entries();
        CodedValue code = coded(allergy.getCode()).orElse(CodedValue.EMPTY);
        List<String> categories = new ArrayList<>();
        for (Enumeration<AllergyIntolerance.AllergyIntoleranceCategory> category : allergy.getCategory()) {
            code(category).ifPresent(categories::add);
        }
        Optional<Extension> end = Extensions.find(allergy, UkExtension.ALLERGY_INTOLERANCE_END)
                .or(() -> allergy.hasClinicalStatus()
                        ? Extensions.find(allergy.getClinicalStatus(), UkExtension.ALLERGY_INTOLERANCE_END)
                        : Optional.empty());
        Optional<PartialDateTime> endDate = end.flatMap(e -> Extensions.sub(e, "endDate")).flatMap(Extensions::date);
        Optional<String> endReason = end.flatMap(e -> Extensions.sub(e, "reasonEnded")).flatMap(Extensions::text);
        AllergyEntry entry = new AllergyEntry(entries.id(allergy), entries.provenance(allergy),
                entries.sensitivity(allergy), code, categories, code(allergy.getCriticalityElement()),
                ClinicalStatus.fromCode(R4Types.firstCode(allergy.getClinicalStatus()).orElse(null)),
                R4Types.firstCode(allergy.getVerificationStatus()), code(allergy.getTypeElement()),
                R4Types.dateOf(allergy.getOnset()), endDate, endReason, reactions(allergy),
                NoKnownCodes.isNoKnownAllergy(code), R4Types.notes(allergy.getNote()));
        return new PlacedEntry(SectionKind.ALLERGIES, entry);
    }

    private static List<Reaction> reactions(AllergyIntolerance allergy) {
        List<Reaction> reactions = new ArrayList<>();
        for (AllergyIntolerance.AllergyIntoleranceReactionComponent reaction : allergy.getReaction()) {
            reactions.add(new Reaction(R4Types.codedList(reaction.getManifestation()), coded(reaction.getSubstance()),
                    code(reaction.getSeverityElement()), coded(reaction.getExposureRoute()),
                    text(reaction.getDescription()), R4Types.date(reaction.getOnsetElement())));
        }
        return reactions;
    }
}
