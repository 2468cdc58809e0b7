package dev.carerecord.sdk.sandbox.shcr;

import dev.carerecord.sdk.sandbox.data.Code;
import dev.carerecord.sdk.sandbox.data.Measurement;
import dev.carerecord.sdk.sandbox.data.PartialDate;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Map;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/** Small R4 building helpers. Clinical times are UK local, written with their offset. */
final class R4 {
    static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");
    /** STU3-era code system URIs the version-neutral data uses, and their R4 names. */
    private static final Map<String, String> R4_SYSTEMS = Map.of(
            "http://hl7.org/fhir/v3/NullFlavor", "http://terminology.hl7.org/CodeSystem/v3-NullFlavor",
            "http://hl7.org/fhir/v3/ActReason", "http://terminology.hl7.org/CodeSystem/v3-ActReason",
            "http://hl7.org/fhir/v2/0078", "http://terminology.hl7.org/CodeSystem/v2-0078");

    private R4() {
    }

    static String system(String system) {
        return R4_SYSTEMS.getOrDefault(system, system);
    }

    static CodeableConcept concept(Code code) {
        if (code == null) {
            return null;
        }
        CodeableConcept concept = new CodeableConcept()
                .addCoding(new Coding(system(code.system()), code.code(), code.display()));
        if (code.text() != null) {
            concept.setText(code.text());
        }
        return concept;
    }

    static CodeableConcept concept(String system, String code, String display) {
        return new CodeableConcept().addCoding(new Coding(system, code, display));
    }

    static CodeableConcept snomed(String code, String display) {
        return concept(UkCore.SNOMED, code, display);
    }

    /** A SNOMED CT concept with a second (LOINC) coding, as UK vital signs and results are sent. */
    static CodeableConcept snomedLoinc(String snomed, String snomedDisplay, String loinc, String loincDisplay) {
        return snomed(snomed, snomedDisplay).addCoding(new Coding(UkCore.LOINC, loinc, loincDisplay));
    }

    static CodeableConcept text(String text) {
        return new CodeableConcept().setText(text);
    }

    static Reference ref(Resource resource) {
        return new Reference(resource.fhirType() + "/" + resource.getIdElement().getIdPart());
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

    static Date instant(LocalDateTime time) {
        return Date.from(time.atZone(UK).toInstant());
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
            q.setSystem(UkCore.UCUM).setCode(m.ucum());
        }
        return q;
    }

    static Quantity quantity(String value, String unit, String ucum) {
        return quantity(Measurement.of(value, unit, ucum));
    }
}
