package dev.carerecord.sdk.gpconnect.internal.mapping;

import static dev.carerecord.sdk.gpconnect.internal.mapping.TestBundles.entry;
import static dev.carerecord.sdk.gpconnect.internal.mapping.TestBundles.list;
import static dev.carerecord.sdk.gpconnect.internal.mapping.TestBundles.map;
import static dev.carerecord.sdk.gpconnect.internal.mapping.TestBundles.withPatient;
import static org.assertj.core.api.Assertions.assertThat;

import dev.carerecord.sdk.gpconnect.ClinicalArea;
import dev.carerecord.sdk.model.CareRecord;
import dev.carerecord.sdk.model.entry.AllergyEntry;
import dev.carerecord.sdk.model.value.CodedValue;
import dev.carerecord.sdk.model.value.Coding;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.dstu3.model.Bundle;
import org.hl7.fhir.dstu3.model.CodeableConcept;
import org.hl7.fhir.dstu3.model.Extension;
import org.hl7.fhir.dstu3.model.StringType;
import org.junit.jupiter.api.Test;

/**
 * Equal values are shared within one mapped record (the retained-heap work), never across records, and the
 * cheaper emptiness checks give the same answers as HAPI's deep ones.
 */
class ValueSharingTest {
    private static final String ALLERGIES = "886921000000105";

    private static Bundle twoAllergies() {
        return withPatient(list(ALLERGIES, "AllergyIntolerance/a1", "AllergyIntolerance/a2"),
                allergy("a1", " 91935009 "), allergy("a2", "91935009"));
    }

    private static String allergy(String id, String code) {
        return entry("""
                {"resourceType": "AllergyIntolerance", "id": "%s", "clinicalStatus": "active",
                 "verificationStatus": "confirmed", "onsetDateTime": "2019-05-04",
                 "code": {"coding": [{"system": "http://snomed.info/sct", "code": "%s", "display": "Allergy"}]},
                 "patient": {"reference": "Patient/p1"}}""".formatted(id, code));
    }

    private static List<Coding> codings(CareRecord record) {
        return record.allergies().entries().stream().map(e -> ((AllergyEntry) e).code().codings().get(0)).toList();
    }

    @Test
    void equalValuesInOneRecordAreOneInstance() {
        CareRecord record = map(twoAllergies(), ClinicalArea.ALLERGIES).record();

        List<Coding> codings = codings(record);
        assertThat(codings).hasSize(2);
        assertThat(codings.get(0).system()).isSameAs(codings.get(1).system()).contains("http://snomed.info/sct");
        assertThat(codings.get(0).code()).isSameAs(codings.get(1).code()).contains("91935009");
        assertThat(codings.get(0).display()).isSameAs(codings.get(1).display());
        List<AllergyEntry> entries = record.allergies().entries().stream().map(AllergyEntry.class::cast).toList();
        assertThat(entries.get(0).onset().orElseThrow()).isSameAs(entries.get(1).onset().orElseThrow());
        assertThat(entries.get(0).onset().orElseThrow().value()).isEqualTo("2019-05-04");
    }

    @Test
    void nothingIsSharedBetweenRecordsOrKeptAfterMapping() {
        Coding first = codings(map(twoAllergies(), ClinicalArea.ALLERGIES).record()).get(0);
        Coding second = codings(map(twoAllergies(), ClinicalArea.ALLERGIES).record()).get(0);

        assertThat(first).isEqualTo(second);
        assertThat(first.system()).isNotSameAs(second.system());
        assertThat(ValuePool.current()).isNull();
    }

    @Test
    void outsideAMappingValuesAreNotPooled() {
        assertThat(Stu3Values.text("abc")).isNotSameAs(Stu3Values.text("abc")).contains("abc");
        assertThat(Stu3Values.stripped("  abc ")).contains("abc");
        assertThat(Stu3Values.text("  ")).isEmpty();
        assertThat(ValuePool.during(() -> Stu3Values.text("abc") == Stu3Values.text("abc"))).isTrue();
    }

    @Test
    void conceptsAndPrimitivesWithOnlyExtensionsAreEmpty() {
        CodeableConcept onlyExtension = new CodeableConcept();
        onlyExtension.addExtension(new Extension("https://example.org/x", new StringType("y")));
        assertThat(Stu3Values.coded(onlyExtension)).isSameAs(CodedValue.EMPTY);
        assertThat(Stu3Values.coded((CodeableConcept) null)).isSameAs(CodedValue.EMPTY);
        assertThat(Stu3Values.coded(new CodeableConcept().setText(" text "))).isEqualTo(
                new CodedValue(List.of(), Optional.of(" text ")));

        StringType primitive = new StringType();
        primitive.addExtension(new Extension("https://example.org/x", new StringType("y")));
        assertThat(Stu3Values.code(primitive)).isEmpty();
        assertThat(Stu3Values.code(new StringType(" done "))).contains("done");
        assertThat(Stu3Values.coding(new org.hl7.fhir.dstu3.model.Coding())).isEmpty();
    }

    @Test
    void aFieldIsReadWithoutCreatingIt() {
        org.hl7.fhir.dstu3.model.ListResource list = new org.hl7.fhir.dstu3.model.ListResource();
        assertThat(Stu3Values.field(list, "code", CodeableConcept.class)).isNull();
        assertThat(Stu3Values.field(list, "meta", org.hl7.fhir.dstu3.model.Meta.class)).isNull();
        // nothing was created in the resource (getCode() would have added an empty concept)
        assertThat(list.getNamedProperty("code").getValues()).isEmpty();
        assertThat(list.getNamedProperty("meta").getValues()).isEmpty();

        CodeableConcept code = new CodeableConcept().setText("Allergies");
        list.setCode(code);
        assertThat(Stu3Values.field(list, "code", CodeableConcept.class)).isSameAs(code);
        // the wrong type asked for gives null, not a ClassCastException
        assertThat(Stu3Values.field(list, "code", org.hl7.fhir.dstu3.model.Meta.class)).isNull();
    }

    @Test
    void emptyValuesGiveTheSameAnswerAsTheDeepChecksDid() {
        org.hl7.fhir.dstu3.model.Observation observation = new org.hl7.fhir.dstu3.model.Observation();
        observation.setEffective(new org.hl7.fhir.dstu3.model.DateTimeType());
        assertThat(observation.hasEffective()).isFalse();
        assertThat(Stu3Values.start(observation.getEffective())).isEmpty();
        observation.setEffective(new org.hl7.fhir.dstu3.model.Period());
        assertThat(Stu3Values.start(observation.getEffective())).isEmpty();
        assertThat(Stu3Values.start(null)).isEmpty();

        org.hl7.fhir.dstu3.model.Patient patient = new org.hl7.fhir.dstu3.model.Patient();
        patient.addExtension(new Extension());
        assertThat(patient.hasExtension()).isFalse();
        assertThat(Extensions.all(patient, "anything")).isEmpty();

        org.hl7.fhir.dstu3.model.Identifier blank = new org.hl7.fhir.dstu3.model.Identifier().setValue("  ");
        assertThat(Stu3Values.identifier(blank)).isEmpty();
        assertThat(Stu3Values.identifier(new org.hl7.fhir.dstu3.model.Identifier().setSystem("s").setValue(" v ")))
                .hasValueSatisfying(id -> assertThat(id.value()).isEqualTo("v"));
    }
}
