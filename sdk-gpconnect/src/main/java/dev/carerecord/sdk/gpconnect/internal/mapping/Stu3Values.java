package dev.carerecord.sdk.gpconnect.internal.mapping;

import dev.carerecord.sdk.model.value.Address;
import dev.carerecord.sdk.model.value.CodedValue;
import dev.carerecord.sdk.model.value.Coding;
import dev.carerecord.sdk.model.value.ContactPoint;
import dev.carerecord.sdk.model.value.HumanName;
import dev.carerecord.sdk.model.value.Identifier;
import dev.carerecord.sdk.model.value.PartialDateTime;
import dev.carerecord.sdk.model.value.Period;
import dev.carerecord.sdk.model.value.Quantity;
import dev.carerecord.sdk.model.value.Range;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.dstu3.model.Annotation;
import org.hl7.fhir.dstu3.model.Base;
import org.hl7.fhir.dstu3.model.BaseDateTimeType;
import org.hl7.fhir.dstu3.model.CodeableConcept;
import org.hl7.fhir.dstu3.model.Extension;
import org.hl7.fhir.dstu3.model.PrimitiveType;
import org.hl7.fhir.dstu3.model.StringType;
import org.hl7.fhir.dstu3.model.Type;

/**
 * Converts STU3 data types into the model's value types, keeping everything the source sent: every coding and
 * the original text of a concept, dates at their recorded precision, quantities with their comparator and unit.
 * Absent or empty values become empty, never an exception.
 *
 * <p>A coding that carries the SNOMED CT description-id extension ({@code Extension-coding-sctdescid}: the id
 * and, where sent, the display of the description the clinician picked) is followed by one extra coding whose
 * system is {@link #DESCRIPTION_ID_SYSTEM}, whose code is the description id and whose display is the
 * description display. The concept coding itself is unchanged, so {@link CodedValue#snomed()} still finds it.
 */
final class Stu3Values {
    /** The system of the extra coding that carries a SNOMED CT description id (see the class comment). */
    static final String DESCRIPTION_ID_SYSTEM =
            "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid";

    private Stu3Values() {
    }

    /**
     * The value held in a singular field of {@code owner}, or null when the field is unset. Unlike HAPI's
     * {@code hasX()} it does not walk the value for emptiness (the caller reads what it needs next, and an empty
     * value gives empty there), and unlike {@code getX()} it does not create an empty value in the resource.
     */
    static <T extends Base> T field(Base owner, String name, Class<T> type) {
        Base[] values = owner.getProperty(name.hashCode(), name, false);
        return values.length > 0 && type.isInstance(values[0]) ? type.cast(values[0]) : null;
    }

    /** The string stripped, or empty when null or blank. */
    static Optional<String> text(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        ValuePool pool = ValuePool.current();
        return pool == null ? Optional.of(value) : pool.text(value);
    }

    /** The string stripped of surrounding space, or empty when null or blank. */
    static Optional<String> stripped(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        ValuePool pool = ValuePool.current();
        return pool == null ? Optional.of(value.strip()) : pool.stripped(value);
    }

    /** The value of a primitive (a code, a string, an enumeration) as sent, stripped; empty when absent. */
    static Optional<String> code(PrimitiveType<?> primitive) {
        // not primitive.isEmpty(): HAPI's deep emptiness walk costs more than reading the value, and a primitive
        // with extensions but no value gives empty here either way
        if (primitive == null) {
            return Optional.empty();
        }
        return stripped(primitive.getValueAsString());
    }

    /** A coded value with every coding and the text; {@link CodedValue#EMPTY} when absent. */
    static CodedValue coded(CodeableConcept concept) {
        if (concept == null) {
            return CodedValue.EMPTY;
        }
        // getCoding(), not hasCoding(): the latter walks every coding deeply before the loop reads them anyway
        // (getCoding() attaches an empty list when there was none: harmless on the mapper's own Bundle)
        List<org.hl7.fhir.dstu3.model.Coding> sources = concept.getCoding();
        List<Coding> codings = new ArrayList<>(sources.isEmpty() ? 0 : sources.size() + 1);
        for (org.hl7.fhir.dstu3.model.Coding coding : sources) {
            addCoding(codings, coding);
        }
        Optional<String> text = text(concept.getText());
        return codings.isEmpty() && text.isEmpty() ? CodedValue.EMPTY : new CodedValue(codings, text);
    }

    /** A coded value, or empty when the concept is absent or has neither codings nor text. */
    static Optional<CodedValue> optionalCoded(CodeableConcept concept) {
        CodedValue value = coded(concept);
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    /** The non-empty coded values of a list of concepts. */
    static List<CodedValue> codedList(List<CodeableConcept> concepts) {
        List<CodedValue> values = new ArrayList<>();
        if (concepts != null) {
            for (CodeableConcept concept : concepts) {
                optionalCoded(concept).ifPresent(values::add);
            }
        }
        return values;
    }

    /** One coding as a coded value (no text). */
    static CodedValue coded(org.hl7.fhir.dstu3.model.Coding coding) {
        List<Coding> codings = new ArrayList<>();
        addCoding(codings, coding);
        return new CodedValue(codings, Optional.empty());
    }

    /** The model coding for a STU3 coding (system and code stripped of stray spaces), or empty when blank. */
    static Optional<Coding> coding(org.hl7.fhir.dstu3.model.Coding coding) {
        if (coding == null) {
            return Optional.empty();
        }
        Optional<String> system = stripped(coding.getSystem());
        Optional<String> code = stripped(coding.getCode());
        Optional<String> display = text(coding.getDisplay());
        if (system.isEmpty() && code.isEmpty() && display.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Coding(system, code, display, text(coding.getVersion())));
    }

    private static void addCoding(List<Coding> codings, org.hl7.fhir.dstu3.model.Coding source) {
        coding(source).ifPresent(codings::add);
        if (source == null) {
            return;
        }
        Extensions.first(source, Extensions.SCT_DESCRIPTION_ID).ifPresent(extension -> {
            Optional<String> id = partText(extension, "DescriptionID");
            if (id.isPresent()) {
                codings.add(new Coding(Optional.of(DESCRIPTION_ID_SYSTEM), id,
                        partText(extension, "DescriptionDisplay"), Optional.empty()));
            }
        });
    }

    /** The text of a sub-extension's primitive value. */
    static Optional<String> partText(Extension parent, String name) {
        return Extensions.part(parent, name).map(Extension::getValue)
                .filter(PrimitiveType.class::isInstance)
                .flatMap(value -> code((PrimitiveType<?>) value));
    }

    /** A date or date-time at the precision the source recorded. */
    static Optional<PartialDateTime> date(Type value) {
        if (value instanceof BaseDateTimeType dateTime) {
            return date(dateTime.getValueAsString());
        }
        if (value instanceof StringType string) {
            return date(string.getValue());
        }
        return Optional.empty();
    }

    private static Optional<PartialDateTime> date(String text) {
        ValuePool pool = ValuePool.current();
        return text == null ? Optional.empty() : pool == null ? PartialDateTime.tryParse(text) : pool.date(text);
    }

    /** A period; a single date-time becomes a period that starts then. */
    static Optional<Period> period(Type value) {
        if (value instanceof org.hl7.fhir.dstu3.model.Period period) {
            Period converted = new Period(date(period.getStartElement()), date(period.getEndElement()));
            return converted.isEmpty() ? Optional.empty() : Optional.of(converted);
        }
        return date(value).map(start -> Period.of(start, null));
    }

    /** The start (or only date) of a date-time or period value. */
    static Optional<PartialDateTime> start(Type value) {
        return period(value).flatMap(Period::start);
    }

    /** A quantity; empty when absent. */
    static Optional<Quantity> quantity(org.hl7.fhir.dstu3.model.Quantity quantity) {
        if (quantity == null || !(quantity.hasValue() || quantity.hasUnit() || quantity.hasCode())) {
            return Optional.empty();
        }
        return Optional.of(new Quantity(Optional.ofNullable(quantity.getValue()),
                code(quantity.getComparatorElement()), text(quantity.getUnit()), text(quantity.getSystem()),
                text(quantity.getCode())));
    }

    /** A range; empty when neither bound is present. */
    static Optional<Range> range(org.hl7.fhir.dstu3.model.Range range) {
        if (range == null || range.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Range(quantity(range.getLow()), quantity(range.getHigh())));
    }

    /** Every identifier with a value, with its system. */
    static List<Identifier> identifiers(List<org.hl7.fhir.dstu3.model.Identifier> identifiers) {
        List<Identifier> converted = new ArrayList<>();
        if (identifiers != null) {
            for (org.hl7.fhir.dstu3.model.Identifier identifier : identifiers) {
                identifier(identifier).ifPresent(converted::add);
            }
        }
        return converted;
    }

    /** One identifier, or empty when it has no value. */
    static Optional<Identifier> identifier(org.hl7.fhir.dstu3.model.Identifier identifier) {
        // the value is checked, not pooled: business identifiers are nearly all distinct
        String value = identifier == null ? null : identifier.getValue();
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new Identifier(stripped(identifier.getSystem()), value.strip()));
    }

    /** A person's name as recorded. */
    static HumanName name(org.hl7.fhir.dstu3.model.HumanName name) {
        return new HumanName(code(name.getUseElement()), text(name.getFamily()), strings(name.getGiven()),
                strings(name.getPrefix()), strings(name.getSuffix()), text(name.getText()),
                name.hasPeriod() ? period(name.getPeriod()) : Optional.empty());
    }

    /** Every name with some content. */
    static List<HumanName> names(List<org.hl7.fhir.dstu3.model.HumanName> names) {
        List<HumanName> converted = new ArrayList<>();
        for (org.hl7.fhir.dstu3.model.HumanName name : names) {
            if (!name.isEmpty()) {
                converted.add(name(name));
            }
        }
        return converted;
    }

    /** An address as recorded. */
    static Address address(org.hl7.fhir.dstu3.model.Address address) {
        return new Address(code(address.getUseElement()), code(address.getTypeElement()), strings(address.getLine()),
                text(address.getCity()), text(address.getDistrict()), text(address.getPostalCode()),
                text(address.getCountry()), address.hasPeriod() ? period(address.getPeriod()) : Optional.empty());
    }

    /** Every address with some content. */
    static List<Address> addresses(List<org.hl7.fhir.dstu3.model.Address> addresses) {
        List<Address> converted = new ArrayList<>();
        for (org.hl7.fhir.dstu3.model.Address address : addresses) {
            if (!address.isEmpty()) {
                converted.add(address(address));
            }
        }
        return converted;
    }

    /** Every contact point that has a value. */
    static List<ContactPoint> telecoms(List<org.hl7.fhir.dstu3.model.ContactPoint> telecoms) {
        List<ContactPoint> converted = new ArrayList<>();
        for (org.hl7.fhir.dstu3.model.ContactPoint telecom : telecoms) {
            text(telecom.getValue()).ifPresent(value -> converted.add(new ContactPoint(
                    code(telecom.getSystemElement()), value, code(telecom.getUseElement()),
                    telecom.hasRank() ? Optional.of(telecom.getRank()) : Optional.empty())));
        }
        return converted;
    }

    /** The texts of annotations (notes), in order. */
    static List<String> notes(List<Annotation> annotations) {
        List<String> notes = new ArrayList<>();
        if (annotations != null) {
            for (Annotation annotation : annotations) {
                text(annotation.getText()).ifPresent(notes::add);
            }
        }
        return notes;
    }

    /** An instant from a date, or empty. */
    static Optional<Instant> instant(Date date) {
        return date == null ? Optional.empty() : Optional.of(date.toInstant());
    }

    private static List<String> strings(List<StringType> values) {
        List<String> strings = new ArrayList<>();
        for (StringType value : values) {
            text(value.getValue()).ifPresent(strings::add);
        }
        return strings;
    }
}
