package dev.carerecord.sdk.fhir.internal.mapping;

import dev.carerecord.sdk.model.value.CodedValue;
import dev.carerecord.sdk.model.value.PartialDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hl7.fhir.instance.model.api.IBaseExtension;
import org.hl7.fhir.instance.model.api.IBaseHasExtensions;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.PrimitiveType;
import org.hl7.fhir.r4.model.Type;

/**
 * Reads extensions tolerantly: finds them by {@link UkExtension} (URL variants normalised), reads sub-extensions by
 * their relative name, and takes values of whichever type the sender used where several are plausible (a code, a
 * Coding or a CodeableConcept). A missing or oddly typed value reads as empty; nothing here throws. Not part of the
 * public API.
 */
final class Extensions {
    private Extensions() {
    }

    /** The first extension of this kind on an element or resource. */
    static Optional<Extension> find(IBaseHasExtensions holder, UkExtension kind) {
        return all(holder, kind).stream().findFirst();
    }

    /** Every extension of this kind on an element or resource. */
    static List<Extension> all(IBaseHasExtensions holder, UkExtension kind) {
        List<Extension> found = new ArrayList<>();
        if (holder == null) {
            return found;
        }
        for (IBaseExtension<?, ?> extension : holder.getExtension()) {
            if (extension instanceof Extension r4 && kind.matches(r4.getUrl())) {
                found.add(r4);
            }
        }
        return found;
    }

    /** The sub-extension named {@code name} (its relative URL, or an absolute URL ending in that name). */
    static Optional<Extension> sub(Extension parent, String name) {
        if (parent == null) {
            return Optional.empty();
        }
        String wanted = name.toLowerCase(Locale.ROOT);
        for (Extension child : parent.getExtension()) {
            if (UkExtension.lastSegment(child.getUrl()).equals(wanted)) {
                return Optional.of(child);
            }
        }
        return Optional.empty();
    }

    /** A coded value from {@code valueCodeableConcept} or {@code valueCoding}. */
    static Optional<CodedValue> coded(Extension extension) {
        Type value = value(extension);
        if (value instanceof CodeableConcept concept) {
            return R4Types.coded(concept);
        }
        if (value instanceof Coding coding) {
            return R4Types.coded(coding);
        }
        if (value instanceof PrimitiveType<?> primitive) {
            return R4Types.code(primitive).map(CodedValue::ofText);
        }
        return Optional.empty();
    }

    /** A text value: a primitive's value, or a Coding's / CodeableConcept's first code. */
    static Optional<String> text(Extension extension) {
        Type value = value(extension);
        if (value instanceof PrimitiveType<?> primitive) {
            return R4Types.code(primitive);
        }
        if (value instanceof Coding coding) {
            return R4Types.text(coding.getCode());
        }
        if (value instanceof CodeableConcept concept) {
            return R4Types.firstCode(concept).or(() -> R4Types.text(concept.getText()));
        }
        return Optional.empty();
    }

    /** A boolean value (also from the strings {@code true} / {@code false}). */
    static Optional<Boolean> bool(Extension extension) {
        Type value = value(extension);
        if (value instanceof BooleanType b && b.hasValue()) {
            return Optional.of(b.booleanValue());
        }
        if (value instanceof PrimitiveType<?> primitive) {
            String text = primitive.getValueAsString();
            if ("true".equalsIgnoreCase(text) || "false".equalsIgnoreCase(text)) {
                return Optional.of(Boolean.parseBoolean(text));
            }
        }
        return Optional.empty();
    }

    /** An integer value (integer, positiveInt, unsignedInt, or a numeric string). */
    static Optional<Integer> integer(Extension extension) {
        Type value = value(extension);
        if (value instanceof IntegerType i && i.hasValue()) {
            return Optional.of(i.getValue());
        }
        if (value instanceof PrimitiveType<?> primitive) {
            try {
                return R4Types.code(primitive).map(s -> Integer.valueOf(s.strip()));
            } catch (NumberFormatException notANumber) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** A date or date-time value at its recorded precision. */
    static Optional<PartialDateTime> date(Extension extension) {
        Type value = value(extension);
        if (value instanceof BaseDateTimeType dateTime) {
            return R4Types.date(dateTime);
        }
        if (value instanceof org.hl7.fhir.r4.model.Period period) {
            return R4Types.date(period.getStartElement());
        }
        return Optional.empty();
    }

    private static Type value(Extension extension) {
        return extension == null ? null : extension.getValue();
    }
}
