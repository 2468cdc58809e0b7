package dev.carerecord.sdk.fhir.internal.mapping;

import static dev.carerecord.sdk.fhir.internal.mapping.R4Types.coded;

import dev.carerecord.sdk.model.SectionKind;
import dev.carerecord.sdk.model.entry.ObservationComponent;
import dev.carerecord.sdk.model.entry.ObservationEntry;
import dev.carerecord.sdk.model.entry.ObservationKind;
import dev.carerecord.sdk.model.entry.SocialContextEntry;
import dev.carerecord.sdk.model.entry.SocialContextKind;
import dev.carerecord.sdk.model.entry.Specimen;
import dev.carerecord.sdk.model.value.CodedValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * Observation and DiagnosticReport to {@link ObservationEntry} (or, for social history, {@link SocialContextEntry}).
 *
 * <p>Section by {@code category}, unless a document placed the observation: {@code laboratory} goes to RESULTS
 * (a RESULT, or a TEST_GROUP when it has {@code hasMember}), {@code vital-signs} to VITAL_SIGNS (VITAL_SIGN, with its
 * components, e.g. systolic and diastolic), {@code social-history} to SOCIAL_CONTEXT (SOCIAL_HISTORY, with its
 * value), anything else or no category to OBSERVATIONS. A DiagnosticReport is a REPORT in RESULTS whose members
 * are its {@code result}s; members name their report in {@code reportEntryId}. Not part of the public API.
 */
final class ObservationMapper {
    private ObservationMapper() {
    }

    static PlacedEntry observation(Observation observation, SectionKind hint, MappingSession session) {
        Set<String> categories = categoryCodes(observation.getCategory());
        SectionKind section = section(categories, hint);
        EntryFactory entries = session.entries();
        if (section == SectionKind.SOCIAL_CONTEXT) {
            CodedValue code = coded(observation.getCode()).orElse(CodedValue.EMPTY);
            SocialContextEntry social = new SocialContextEntry(entries.id(observation),
                    entries.provenance(observation), entries.sensitivity(observation), SocialContextKind.SOCIAL_HISTORY,
                    code.isEmpty() ? Optional.empty() : Optional.of(code),
                    code.isEmpty() ? Optional.empty() : Optional.of(code.bestDisplay()), null,
                    R4Types.observationValue(observation.getValue()), R4Types.periodOf(observation.getEffective()),
                    null, R4Types.code(observation.getStatusElement()), R4Types.notes(observation.getNote()));
            return new PlacedEntry(section, social);
        }
        ObservationKind kind;
        if (observation.hasHasMember()) {
            kind = ObservationKind.TEST_GROUP;
        } else if (section == SectionKind.VITAL_SIGNS || categories.contains("vital-signs")) {
            kind = ObservationKind.VITAL_SIGN;
        } else if (section == SectionKind.RESULTS) {
            kind = ObservationKind.RESULT;
        } else {
            kind = ObservationKind.OBSERVATION;
        }
        List<String> members = new ArrayList<>();
        for (Reference member : observation.getHasMember()) {
            session.entryIdOf(member, observation, "hasMember").ifPresent(members::add);
        }
        List<Specimen> specimens = new ArrayList<>();
        if (observation.hasSpecimen()) {
            specimen(observation.getSpecimen(), observation, session).ifPresent(specimens::add);
        }
        ObservationEntry entry = new ObservationEntry(entries.id(observation), entries.provenance(observation),
                entries.sensitivity(observation), kind, coded(observation.getCode()).orElse(CodedValue.EMPTY),
                R4Types.codedList(observation.getCategory()), R4Types.code(observation.getStatusElement()),
                R4Types.dateOf(observation.getEffective()), R4Types.date(observation.getIssuedElement()),
                R4Types.observationValue(observation.getValue()), coded(observation.getDataAbsentReason()),
                R4Types.codedList(observation.getInterpretation()),
                R4Types.referenceRanges(observation.getReferenceRange()), components(observation), specimens,
                coded(observation.getBodySite()), null,
                session.reportOf(observation).map(entries::id), members, R4Types.notes(observation.getNote()));
        return new PlacedEntry(section, entry);
    }

    static PlacedEntry report(DiagnosticReport report, MappingSession session) {
        EntryFactory entries = session.entries();
        List<String> members = new ArrayList<>();
        for (Reference result : report.getResult()) {
            session.entryIdOf(result, report, "result").ifPresent(members::add);
        }
        List<Specimen> specimens = new ArrayList<>();
        for (Reference specimen : report.getSpecimen()) {
            specimen(specimen, report, session).ifPresent(specimens::add);
        }
        Optional<String> conclusion = R4Types.text(report.getConclusion())
                .or(() -> report.getConclusionCode().stream().map(R4Types::coded).flatMap(Optional::stream)
                        .map(CodedValue::bestDisplay).filter(s -> !s.isEmpty()).findFirst());
        ObservationEntry entry = new ObservationEntry(entries.id(report), entries.provenance(report),
                entries.sensitivity(report), ObservationKind.REPORT, coded(report.getCode()).orElse(CodedValue.EMPTY),
                R4Types.codedList(report.getCategory()), R4Types.code(report.getStatusElement()),
                R4Types.dateOf(report.getEffective()), R4Types.date(report.getIssuedElement()), null, null,
                List.of(), List.of(), List.of(), specimens, null, conclusion, null, members, List.of());
        return new PlacedEntry(SectionKind.RESULTS, entry);
    }

    private static SectionKind section(Set<String> categories, SectionKind hint) {
        if (hint == SectionKind.RESULTS || hint == SectionKind.VITAL_SIGNS || hint == SectionKind.OBSERVATIONS
                || hint == SectionKind.SOCIAL_CONTEXT) {
            return hint;
        }
        if (categories.contains("laboratory")) {
            return SectionKind.RESULTS;
        }
        if (categories.contains("vital-signs")) {
            return SectionKind.VITAL_SIGNS;
        }
        if (categories.contains("social-history")) {
            return SectionKind.SOCIAL_CONTEXT;
        }
        return SectionKind.OBSERVATIONS;
    }

    private static Set<String> categoryCodes(List<CodeableConcept> categories) {
        Set<String> codes = new HashSet<>();
        for (CodeableConcept category : categories) {
            category.getCoding().forEach(c -> R4Types.text(c.getCode())
                    .ifPresent(code -> codes.add(code.toLowerCase(Locale.ROOT))));
        }
        return codes;
    }

    private static List<ObservationComponent> components(Observation observation) {
        List<ObservationComponent> components = new ArrayList<>();
        for (Observation.ObservationComponentComponent component : observation.getComponent()) {
            components.add(new ObservationComponent(coded(component.getCode()).orElse(CodedValue.EMPTY),
                    R4Types.observationValue(component.getValue()), R4Types.codedList(component.getInterpretation()),
                    R4Types.referenceRanges(component.getReferenceRange())));
        }
        return components;
    }

    private static Optional<Specimen> specimen(Reference reference, Resource from, MappingSession session) {
        return session.resolve(reference, from, "specimen", org.hl7.fhir.r4.model.Specimen.class)
                .map(s -> new Specimen(R4Types.identifier(s.getAccessionIdentifier()).map(i -> i.value()),
                        coded(s.getType()).orElse(CodedValue.EMPTY),
                        s.hasCollection() ? R4Types.dateOf(s.getCollection().getCollected()) : Optional.empty(),
                        R4Types.date(s.getReceivedTimeElement()),
                        s.hasCollection() ? coded(s.getCollection().getBodySite()) : Optional.empty(),
                        R4Types.notes(s.getNote())));
    }
}
