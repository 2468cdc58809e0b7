package dev.carerecord.sdk.gpconnect.internal.mapping;

import dev.carerecord.sdk.model.SectionKind;
import dev.carerecord.sdk.model.entry.ObservationComponent;
import dev.carerecord.sdk.model.entry.ObservationEntry;
import dev.carerecord.sdk.model.entry.ObservationKind;
import dev.carerecord.sdk.model.entry.Specimen;
import dev.carerecord.sdk.model.provenance.Actor;
import dev.carerecord.sdk.model.value.CodedValue;
import dev.carerecord.sdk.model.value.ObservationValue;
import dev.carerecord.sdk.model.value.ReferenceRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.dstu3.model.BooleanType;
import org.hl7.fhir.dstu3.model.CodeableConcept;
import org.hl7.fhir.dstu3.model.DateTimeType;
import org.hl7.fhir.dstu3.model.Observation;
import org.hl7.fhir.dstu3.model.Quantity;
import org.hl7.fhir.dstu3.model.Range;
import org.hl7.fhir.dstu3.model.Ratio;
import org.hl7.fhir.dstu3.model.Reference;
import org.hl7.fhir.dstu3.model.Resource;
import org.hl7.fhir.dstu3.model.StringType;
import org.hl7.fhir.dstu3.model.TimeType;
import org.hl7.fhir.dstu3.model.Type;

/**
 * Maps an Observation to {@link ObservationEntry} in the role it was given: an investigation result, test group
 * or filing comment (results section), a vital sign (by code, see {@link ClinicalCodes#VITAL_SIGNS}), or any other
 * observation (uncategorised data). Keeps code, categories, status, effective and issued times, value[x],
 * data-absent reason, interpretation, reference ranges (low, high, text, type), components (e.g. the systolic
 * and diastolic halves of a blood pressure), specimen, body site and the comment (as a note). Members of a test
 * group are listed by entry id; a member of a report names the report.
 */
final class ObservationMapper {
    private ObservationMapper() {
    }

    /** The section and kind for an observation that is not part of a report. */
    static SectionKind sectionFor(Observation observation) {
        return ClinicalCodes.hasSnomed(Stu3Values.coded(observation.getCode()), ClinicalCodes.VITAL_SIGNS)
                ? SectionKind.VITAL_SIGNS : SectionKind.OBSERVATIONS;
    }

    static void map(MappingRun run, Observation observation, SectionKind section, ObservationKind kind,
            Optional<String> reportEntryId) {
        List<String> members = new ArrayList<>();
        for (Observation.ObservationRelatedComponent related : observation.getRelated()) {
            if (ReportRoles.isMember(related)) {
                run.entryId(related.getTarget(), observation, section).ifPresent(members::add);
            }
        }
        List<Specimen> specimens = new ArrayList<>();
        if (observation.hasSpecimen()) {
            specimen(run, observation.getSpecimen(), observation, section).ifPresent(specimens::add);
        }
        Optional<Actor> performer = observation.getPerformer().stream()
                .map(p -> run.actor(p, observation, section)).flatMap(Optional::stream).findFirst();
        List<CodedValue> interpretations = new ArrayList<>();
        Stu3Values.optionalCoded(observation.getInterpretation()).ifPresent(interpretations::add);
        List<ObservationComponent> components = new ArrayList<>();
        for (Observation.ObservationComponentComponent component : observation.getComponent()) {
            List<CodedValue> componentInterpretation = new ArrayList<>();
            Stu3Values.optionalCoded(component.getInterpretation()).ifPresent(componentInterpretation::add);
            components.add(new ObservationComponent(Stu3Values.coded(component.getCode()),
                    value(run, component.getValue(), observation, section),
                    componentInterpretation, ranges(component.getReferenceRange())));
        }
        List<String> notes = new ArrayList<>();
        Stu3Values.text(observation.getComment()).ifPresent(notes::add);
        ObservationEntry entry = new ObservationEntry(run.id(observation),
                run.provenance(observation, Optional.empty(), performer,
                        Stu3Values.date(observation.getIssuedElement()), Optional.empty()),
                MappingRun.sensitivity(observation), kind, Stu3Values.coded(observation.getCode()),
                Stu3Values.codedList(observation.getCategory()), Stu3Values.code(observation.getStatusElement()),
                Stu3Values.start(observation.getEffective()),
                Stu3Values.date(observation.getIssuedElement()),
                value(run, observation.getValue(), observation, section),
                Stu3Values.optionalCoded(observation.getDataAbsentReason()), interpretations,
                ranges(observation.getReferenceRange()), components, specimens,
                Stu3Values.optionalCoded(observation.getBodySite()), Optional.empty(), reportEntryId, members,
                notes);
        run.add(section, entry, observation);
    }

    /** The model value of a {@code value[x]}; types the model cannot hold are reported. */
    static Optional<ObservationValue> value(MappingRun run, Type value, Resource owner, SectionKind section) {
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        if (value instanceof Quantity quantity) {
            return Stu3Values.quantity(quantity).map(ObservationValue::of);
        }
        if (value instanceof CodeableConcept concept) {
            return Stu3Values.optionalCoded(concept).map(ObservationValue::of);
        }
        if (value instanceof StringType string) {
            return Stu3Values.text(string.getValue()).map(ObservationValue::ofText);
        }
        if (value instanceof BooleanType flag) {
            return Optional.of(new ObservationValue(null, null, null, null, Optional.of(flag.booleanValue()), null));
        }
        if (value instanceof Range range) {
            return Stu3Values.range(range)
                    .map(r -> new ObservationValue(null, null, null, Optional.of(r), null, null));
        }
        if (value instanceof DateTimeType dateTime) {
            return Stu3Values.date(dateTime)
                    .map(d -> new ObservationValue(null, null, null, null, null, Optional.of(d)));
        }
        if (value instanceof TimeType time) {
            return Stu3Values.text(time.getValue()).map(ObservationValue::ofText);
        }
        if (value instanceof org.hl7.fhir.dstu3.model.Period period) {
            String text = Stu3Values.date(period.getStartElement()).map(Object::toString).orElse("")
                    + " to " + Stu3Values.date(period.getEndElement()).map(Object::toString).orElse("");
            return Optional.of(ObservationValue.ofText(text.strip()));
        }
        if (value instanceof Ratio ratio) {
            String text = Stu3Values.quantity(ratio.getNumerator())
                    .map(dev.carerecord.sdk.model.value.Quantity::display).orElse("?") + " / "
                    + Stu3Values.quantity(ratio.getDenominator())
                    .map(dev.carerecord.sdk.model.value.Quantity::display).orElse("?");
            return Optional.of(ObservationValue.ofText(text));
        }
        run.issue(section, owner, "value[x] of type " + value.fhirType() + " is not mapped");
        return Optional.empty();
    }

    static List<ReferenceRange> ranges(List<Observation.ObservationReferenceRangeComponent> ranges) {
        List<ReferenceRange> converted = new ArrayList<>();
        for (Observation.ObservationReferenceRangeComponent range : ranges) {
            if (range.isEmpty()) {
                continue;
            }
            converted.add(new ReferenceRange(Stu3Values.quantity(range.getLow()),
                    Stu3Values.quantity(range.getHigh()), Stu3Values.text(range.getText()),
                    Stu3Values.optionalCoded(range.getType())));
        }
        return converted;
    }

    /** A specimen by reference; a missing one is reported. */
    static Optional<Specimen> specimen(MappingRun run, Reference reference, Resource owner, SectionKind section) {
        return run.resolve(reference, owner, section).filter(org.hl7.fhir.dstu3.model.Specimen.class::isInstance)
                .map(s -> specimen((org.hl7.fhir.dstu3.model.Specimen) s));
    }

    static Specimen specimen(org.hl7.fhir.dstu3.model.Specimen specimen) {
        org.hl7.fhir.dstu3.model.Specimen.SpecimenCollectionComponent collection =
                specimen.hasCollection() ? specimen.getCollection() : null;
        Optional<String> accession = specimen.hasAccessionIdentifier()
                ? Stu3Values.text(specimen.getAccessionIdentifier().getValue()) : Optional.empty();
        return new Specimen(accession, Stu3Values.coded(specimen.getType()),
                collection != null && collection.hasCollected() ? Stu3Values.start(collection.getCollected())
                        : Optional.empty(),
                Stu3Values.date(specimen.getReceivedTimeElement()),
                collection == null ? Optional.empty() : Stu3Values.optionalCoded(collection.getBodySite()),
                Stu3Values.notes(specimen.getNote()));
    }
}
