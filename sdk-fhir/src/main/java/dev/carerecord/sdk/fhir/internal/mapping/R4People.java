package dev.carerecord.sdk.fhir.internal.mapping;

import static dev.carerecord.sdk.fhir.internal.mapping.R4Types.code;
import static dev.carerecord.sdk.fhir.internal.mapping.R4Types.period;
import static dev.carerecord.sdk.fhir.internal.mapping.R4Types.text;

import dev.carerecord.sdk.model.value.Address;
import dev.carerecord.sdk.model.value.ContactPoint;
import dev.carerecord.sdk.model.value.HumanName;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.PrimitiveType;
import org.hl7.fhir.r4.model.StringType;

/** Converts R4 names, addresses and contact points. Not part of the public API. */
final class R4People {
    private R4People() {
    }

    /** A name as recorded, or empty when it holds nothing. */
    static Optional<HumanName> name(org.hl7.fhir.r4.model.HumanName name) {
        if (name == null || name.isEmpty()) {
            return Optional.empty();
        }
        HumanName value = new HumanName(code(name.getUseElement()), text(name.getFamily()), strings(name.getGiven()),
                strings(name.getPrefix()), strings(name.getSuffix()), text(name.getText()),
                period(name.getPeriod()));
        if (value.family().isEmpty() && value.given().isEmpty() && value.text().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(value);
    }

    /** Every name that holds something. */
    static List<HumanName> names(List<org.hl7.fhir.r4.model.HumanName> names) {
        List<HumanName> values = new ArrayList<>();
        for (org.hl7.fhir.r4.model.HumanName name : names) {
            name(name).ifPresent(values::add);
        }
        return values;
    }

    /** The official name, else the usual one, else the first. */
    static Optional<HumanName> preferredName(List<org.hl7.fhir.r4.model.HumanName> names) {
        List<HumanName> all = names(names);
        return all.stream().filter(n -> n.use().filter("official"::equals).isPresent()).findFirst()
                .or(() -> all.stream().filter(n -> n.use().filter("usual"::equals).isPresent()).findFirst())
                .or(() -> all.stream().findFirst());
    }

    /** An address as recorded, or empty when it holds nothing. */
    static Optional<Address> address(org.hl7.fhir.r4.model.Address address) {
        if (address == null || address.isEmpty()) {
            return Optional.empty();
        }
        List<String> lines = strings(address.getLine());
        if (lines.isEmpty() && address.hasText()) {
            lines = List.of(address.getText().strip());
        }
        Address value = new Address(code(address.getUseElement()), code(address.getTypeElement()), lines,
                text(address.getCity()), text(address.getDistrict()), text(address.getPostalCode()),
                text(address.getCountry()), period(address.getPeriod()));
        if (value.lines().isEmpty() && value.city().isEmpty() && value.postalCode().isEmpty()
                && value.district().isEmpty() && value.country().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(value);
    }

    /** Every address that holds something. */
    static List<Address> addresses(List<org.hl7.fhir.r4.model.Address> addresses) {
        List<Address> values = new ArrayList<>();
        for (org.hl7.fhir.r4.model.Address address : addresses) {
            address(address).ifPresent(values::add);
        }
        return values;
    }

    /** A contact point, or empty when it has no value. */
    static Optional<ContactPoint> telecom(org.hl7.fhir.r4.model.ContactPoint point) {
        if (point == null || !point.hasValue() || point.getValue().isBlank()) {
            return Optional.empty();
        }
        Optional<Integer> rank = point.hasRank() ? Optional.of(point.getRank()) : Optional.empty();
        return Optional.of(new ContactPoint(code(point.getSystemElement()), point.getValue().strip(),
                code(point.getUseElement()), rank));
    }

    /** Every contact point that has a value. */
    static List<ContactPoint> telecoms(List<org.hl7.fhir.r4.model.ContactPoint> points) {
        List<ContactPoint> values = new ArrayList<>();
        for (org.hl7.fhir.r4.model.ContactPoint point : points) {
            telecom(point).ifPresent(values::add);
        }
        return values;
    }

    private static List<String> strings(List<StringType> values) {
        List<String> strings = new ArrayList<>();
        for (PrimitiveType<?> value : values) {
            code(value).ifPresent(strings::add);
        }
        return strings;
    }
}
