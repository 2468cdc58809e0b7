package dev.carerecord.sdk.sandbox.gpconnect;

import dev.carerecord.sdk.sandbox.data.Code;
import dev.carerecord.sdk.sandbox.data.Measurement;
import dev.carerecord.sdk.sandbox.data.PartialDate;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.hl7.fhir.dstu3.model.CodeableConcept;
import org.hl7.fhir.dstu3.model.Coding;
import org.hl7.fhir.dstu3.model.DateTimeType;
import org.hl7.fhir.dstu3.model.DateType;
import org.hl7.fhir.dstu3.model.Extension;
import org.hl7.fhir.dstu3.model.Quantity;
import org.hl7.fhir.dstu3.model.Reference;
import org.hl7.fhir.dstu3.model.Resource;

/** Small STU3 building helpers. Clinical times are UK local, written with their offset (+00:00 or +01:00). */
final class Stu3 {
    static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

    private Stu3() {
    }

    static CodeableConcept concept(Code code) {
        if (code == null) {
            return null;
        }
        CodeableConcept concept = new CodeableConcept().addCoding(new Coding(code.system(), code.code(), code.display()));
        if (code.text() != null) {
            concept.setText(code.text());
        }
        return concept;
    }

    static CodeableConcept concept(String system, String code, String display) {
        return new CodeableConcept().addCoding(new Coding(system, code, display));
    }

    static Reference ref(String type, String id) {
        return new Reference(type + "/" + id);
    }

    static String offsetText(LocalDateTime time) {
        return time.atZone(UK).format(OFFSET);
    }

    static DateTimeType dateTime(LocalDateTime time) {
        return time == null ? null : new DateTimeType(offsetText(time));
    }

    static DateTimeType dateTime(LocalDate date) {
        return date == null ? null : new DateTimeType(date.toString());
    }

    static DateType date(LocalDate date) {
        return date == null ? null : new DateType(date.toString());
    }

    /** A dateTime keeping the date's precision (year, month, day or time). */
    static DateTimeType partial(PartialDate date) {
        if (date == null) {
            return null;
        }
        return switch (date.precision()) {
            case YEAR -> new DateTimeType(Integer.toString(date.date().getYear()));
            case MONTH -> new DateTimeType(date.date().toString().substring(0, 7));
            case DAY -> new DateTimeType(date.date().toString());
            case TIME -> dateTime(date.toDateTime());
        };
    }

    static Quantity quantity(Measurement m) {
        Quantity q = new Quantity().setValue(m.value());
        if (m.unit() != null) {
            q.setUnit(m.unit());
        }
        if (m.ucum() != null) {
            q.setSystem("http://unitsofmeasure.org").setCode(m.ucum());
        }
        return q;
    }

    static <T extends Resource> T profile(T resource, String profileName) {
        resource.getMeta().addProfile(Gpc.profile(profileName));
        return resource;
    }

    static Extension extension(String url, org.hl7.fhir.dstu3.model.Type value) {
        return new Extension(url, value);
    }
}
