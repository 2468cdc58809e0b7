package dev.carerecord.sdk.fhir.internal.mapping;

import dev.carerecord.sdk.model.value.CodeSystems;
import dev.carerecord.sdk.model.value.CodedValue;
import dev.carerecord.sdk.model.value.Coding;
import dev.carerecord.sdk.model.value.Identifier;
import dev.carerecord.sdk.model.value.ObservationValue;
import dev.carerecord.sdk.model.value.PartialDateTime;
import dev.carerecord.sdk.model.value.Period;
import dev.carerecord.sdk.model.value.Quantity;
import dev.carerecord.sdk.model.value.Range;
import dev.carerecord.sdk.model.value.ReferenceRange;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.PrimitiveType;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;

/**
 * Converts R4 datatypes into the model's value types: codes keep every coding and the original text, dates keep
 * their recorded precision, quantities keep their decimal precision. Every method accepts null or empty input
 * and then returns empty. Not part of the public API.
 */
final class R4Types {
    private R4Types() {
    }

    /** A trimmed, non-blank string, or empty. */
    static Optional<String> text(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    /**
     * The value of a primitive (e.g. an enumeration's code) as text, or empty. No {@code isEmpty()} first: a
     * primitive is empty only when its text is blank, which gives empty here anyway.
     */
    static Optional<String> code(PrimitiveType<?> primitive) {
        return primitive == null ? Optional.empty() : text(primitive.getValueAsString());
    }

    /** A coding, with its system normalised (scheme and host) as {@link CodeSystems#normalise(String)} does. */
    static Optional<Coding> coding(org.hl7.fhir.r4.model.Coding coding) {
        if (coding == null) {
            return Optional.empty();
        }
        Optional<String> system = text(coding.getSystem());
        Optional<String> code = text(coding.getCode());
        Optional<String> display = text(coding.getDisplay());
        // a value read says the element is there; only when none is (e.g. an extension alone) ask HAPI
        if (system.isEmpty() && code.isEmpty() && display.isEmpty()
                && !coding.hasCode() && !coding.hasDisplay() && !coding.hasSystem()) {
            return Optional.empty();
        }
        return Optional.of(new Coding(system.map(CodeSystems::normalise), code, display, text(coding.getVersion())));
    }

    /**
     * A coded value with every coding and the text, or empty when the concept holds neither. No deep
     * {@code isEmpty()} first: an empty concept has no coding and no text that this would keep.
     */
    static Optional<CodedValue> coded(CodeableConcept concept) {
        if (concept == null) {
            return Optional.empty();
        }
        List<Coding> codings = new ArrayList<>();
        for (org.hl7.fhir.r4.model.Coding c : concept.getCoding()) {
            coding(c).ifPresent(codings::add);
        }
        Optional<String> conceptText = text(concept.getText());
        if (codings.isEmpty() && conceptText.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CodedValue(codings, conceptText));
    }

    /** A coded value for a single coding, or empty. */
    static Optional<CodedValue> coded(org.hl7.fhir.r4.model.Coding coding) {
        return coding(coding).map(CodedValue::of);
    }

    /** Every non-empty concept of a list. */
    static List<CodedValue> codedList(List<CodeableConcept> concepts) {
        List<CodedValue> values = new ArrayList<>();
        if (concepts != null) {
            for (CodeableConcept concept : concepts) {
                coded(concept).ifPresent(values::add);
            }
        }
        return values;
    }

    /** The first coding's code of a concept, or empty (e.g. a clinical status). */
    static Optional<String> firstCode(CodeableConcept concept) {
        if (concept == null) {
            return Optional.empty();
        }
        return concept.getCoding().stream().map(c -> text(c.getCode())).flatMap(Optional::stream).findFirst();
    }

    /** True when any coding of the concept has this code (any system). */
    static boolean hasCode(CodeableConcept concept, String code) {
        return concept != null && concept.getCoding().stream().anyMatch(c -> code.equalsIgnoreCase(c.getCode()));
    }

    /** A business identifier, or empty when it has no value. */
    static Optional<Identifier> identifier(org.hl7.fhir.r4.model.Identifier identifier) {
        if (identifier == null) {
            return Optional.empty();
        }
        String value = identifier.getValue();
        // a value element with no text (a data-absent extension, say) is no identifier; it used to throw and
        // lose the whole resource
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new Identifier(text(identifier.getSystem()), value.strip()));
    }

    /** Every identifier that has a value. */
    static List<Identifier> identifiers(List<org.hl7.fhir.r4.model.Identifier> identifiers) {
        List<Identifier> values = new ArrayList<>();
        if (identifiers != null) {
            for (org.hl7.fhir.r4.model.Identifier identifier : identifiers) {
                identifier(identifier).ifPresent(values::add);
            }
        }
        return values;
    }

    /**
     * A date or date-time at the precision recorded, or empty when absent or unparseable. No {@code isEmpty()}
     * first: an empty primitive's text is blank, which does not parse.
     */
    static Optional<PartialDateTime> date(BaseDateTimeType value) {
        return value == null ? Optional.empty() : PartialDateTime.tryParse(value.getValueAsString());
    }

    /**
     * The instant of a full date-time with a zone (e.g. {@code meta.lastUpdated}), or empty: what
     * {@code date(value).flatMap(PartialDateTime::toInstant)} gives, read straight from the text
     * ({@link R4Instants}).
     */
    static Optional<Instant> instant(BaseDateTimeType value) {
        return value == null ? Optional.empty() : R4Instants.parse(value.getValueAsString());
    }

    /** The date of a choice element: a date-time, an instant, or a period's start; empty for other types. */
    static Optional<PartialDateTime> dateOf(Type value) {
        if (value instanceof BaseDateTimeType dateTime) {
            return date(dateTime);
        }
        if (value instanceof org.hl7.fhir.r4.model.Period period) {
            return date(period.getStartElement()).or(() -> date(period.getEndElement()));
        }
        return Optional.empty();
    }

    /** A period, or empty when neither end is known. */
    static Optional<Period> period(org.hl7.fhir.r4.model.Period period) {
        if (period == null) {
            return Optional.empty();
        }
        Period value = new Period(date(period.getStartElement()), date(period.getEndElement()));
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    /** The period of a choice element: a period as is, a date-time as a period that starts then. */
    static Optional<Period> periodOf(Type value) {
        if (value instanceof org.hl7.fhir.r4.model.Period period) {
            return period(period);
        }
        if (value instanceof BaseDateTimeType dateTime) {
            return date(dateTime).map(start -> Period.of(start, null));
        }
        return Optional.empty();
    }

    /** A quantity with its decimal precision, comparator, unit and coded unit; empty when it holds nothing. */
    static Optional<Quantity> quantity(org.hl7.fhir.r4.model.Quantity quantity) {
        if (quantity == null) {
            return Optional.empty();
        }
        java.math.BigDecimal value = quantity.getValue();
        Optional<String> unit = text(quantity.getUnit());
        // a number or a unit says the quantity is not empty; only without either ask HAPI's deep check
        if (value == null && unit.isEmpty() && quantity.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> comparator = quantity.hasComparator()
                ? text(quantity.getComparatorElement().getValueAsString()) : Optional.empty();
        return Optional.of(new Quantity(Optional.ofNullable(value), comparator, unit, text(quantity.getSystem()),
                text(quantity.getCode())));
    }

    /** A range, or empty when neither bound is given. */
    static Optional<Range> range(org.hl7.fhir.r4.model.Range range) {
        if (range == null || range.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Range(quantity(range.getLow()), quantity(range.getHigh())));
    }

    /** An observation value from {@code value[x]}: quantity, concept, string, range, boolean, integer or date. */
    static Optional<ObservationValue> observationValue(Type value) {
        if (value == null) {
            return Optional.empty();
        }
        // quantity and coded give empty for an empty value themselves: no deep check twice
        if (value instanceof org.hl7.fhir.r4.model.Quantity q) {
            return quantity(q).map(ObservationValue::of);
        }
        if (value instanceof CodeableConcept concept) {
            return coded(concept).map(ObservationValue::of);
        }
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value instanceof StringType s) {
            return text(s.getValue()).map(ObservationValue::ofText);
        }
        if (value instanceof org.hl7.fhir.r4.model.Range r) {
            return range(r).map(x -> new ObservationValue(null, null, null, Optional.of(x), null, null));
        }
        if (value instanceof BooleanType b) {
            return Optional.of(new ObservationValue(null, null, null, null, Optional.of(b.booleanValue()), null));
        }
        if (value instanceof IntegerType i) {
            return Optional.of(ObservationValue.of(
                    new Quantity(Optional.of(new java.math.BigDecimal(i.getValue())), null, null, null, null)));
        }
        if (value instanceof BaseDateTimeType dateTime) {
            return date(dateTime).map(d -> new ObservationValue(null, null, null, null, null, Optional.of(d)));
        }
        if (value instanceof org.hl7.fhir.r4.model.Period period) {
            return date(period.getStartElement())
                    .map(d -> new ObservationValue(null, null, null, null, null, Optional.of(d)));
        }
        if (value instanceof PrimitiveType<?> primitive) {
            return code(primitive).map(ObservationValue::ofText);
        }
        return Optional.empty();
    }

    /** Reference ranges with their bounds, text and type. */
    static List<ReferenceRange> referenceRanges(List<Observation.ObservationReferenceRangeComponent> ranges) {
        List<ReferenceRange> values = new ArrayList<>();
        for (Observation.ObservationReferenceRangeComponent range : ranges) {
            ReferenceRange value = new ReferenceRange(quantity(range.getLow()), quantity(range.getHigh()),
                    text(range.getText()), coded(range.getType()));
            if (value.low().isPresent() || value.high().isPresent() || value.text().isPresent()) {
                values.add(value);
            }
        }
        return values;
    }

    /** The texts of notes (annotations). */
    static List<String> notes(List<Annotation> annotations) {
        List<String> notes = new ArrayList<>();
        if (annotations != null) {
            for (Annotation note : annotations) {
                text(note.getText()).ifPresent(notes::add);
            }
        }
        return notes;
    }

    /** The first element of a list, or null. */
    static <T> T first(List<T> values) {
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
