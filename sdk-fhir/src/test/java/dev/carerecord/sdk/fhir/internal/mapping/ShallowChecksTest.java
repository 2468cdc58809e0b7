package dev.carerecord.sdk.fhir.internal.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Meta;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.UriType;
import org.junit.jupiter.api.Test;

/**
 * The shallow checks that replaced HAPI's deep {@code isEmpty()}/{@code hasX()} walks give the answers the deep
 * checks gave, including for elements that carry only an extension (no value to read).
 */
class ShallowChecksTest {
    private static Extension absent() {
        return new Extension("http://hl7.org/fhir/StructureDefinition/data-absent-reason", new CodeType("unknown"));
    }

    @Test
    void referenceEmptinessMatchesHapi() {
        Reference extensionOnly = new Reference();
        extensionOnly.getReferenceElement_().addExtension(absent());
        Reference attached = new Reference();
        attached.setResource(new Observation());
        List<Reference> references = List.of(new Reference(), new Reference("Practitioner/1"), new Reference("  "),
                new Reference().setDisplay("Dr Gose"), new Reference().setIdentifier(new Identifier().setValue("x")),
                attached, extensionOnly);
        for (Reference reference : references) {
            assertThat(ReferenceResolver.isEmpty(reference)).isEqualTo(reference.isEmpty());
        }
        assertThat(ReferenceResolver.isEmpty(null)).isTrue();
    }

    @Test
    void codingKeepsAnElementThatHasOnlyAnExtension() {
        Coding extensionOnly = new Coding();
        extensionOnly.setCodeElement(new CodeType()).getCodeElement().addExtension(absent());
        assertThat(R4Types.coding(extensionOnly)).hasValueSatisfying(c -> assertThat(c.code()).isEmpty());
        assertThat(R4Types.coding(new Coding())).isEmpty();
        assertThat(R4Types.coding(new Coding().setSystem(" ").setCode(""))).isEmpty();
        assertThat(R4Types.coding(new Coding().setDisplay("Asthma"))).isPresent();
    }

    @Test
    void codedValueOfAnEmptyConceptIsEmpty() {
        assertThat(R4Types.coded(new CodeableConcept())).isEmpty();
        assertThat(R4Types.coded(new CodeableConcept().addCoding(new Coding()))).isEmpty();
        assertThat(R4Types.coded(new CodeableConcept().setText("Asthma"))).isPresent();
    }

    @Test
    void quantityWithoutNumberOrUnitStillAsksHapi() {
        assertThat(R4Types.quantity(new Quantity())).isEmpty();
        assertThat(R4Types.quantity(new Quantity().setCode("mg"))).isPresent();
        assertThat(R4Types.quantity(new Quantity().setComparator(Quantity.QuantityComparator.LESS_THAN)))
                .hasValueSatisfying(q -> assertThat(q.comparator()).contains("<"));
        Quantity extensionOnly = new Quantity();
        extensionOnly.addExtension(absent());
        assertThat(R4Types.quantity(extensionOnly)).isPresent();
        assertThat(R4Types.quantity(new Quantity().setValue(new BigDecimal("1.50")))).isPresent();
    }

    @Test
    void identifierValueIsReadAsBefore() {
        assertThat(R4Types.identifier(new Identifier().setValue("  "))).isEmpty();
        assertThat(R4Types.identifier(new Identifier().setSystem("https://x").setValue(" 9 ")))
                .hasValueSatisfying(i -> assertThat(i.value()).isEqualTo("9"));
        Identifier extensionOnly = new Identifier();
        extensionOnly.setValueElement(new StringType()).getValueElement().addExtension(absent());
        // a value with only an extension is no identifier: it is skipped, and its resource still maps
        assertThat(R4Types.identifier(extensionOnly)).isEmpty();
    }

    @Test
    void primitivesWithoutTextAreEmptyWithOrWithoutExtensions() {
        DateTimeType extensionOnly = new DateTimeType();
        extensionOnly.addExtension(absent());
        assertThat(R4Types.date(extensionOnly)).isEmpty();
        assertThat(R4Types.date(new DateTimeType())).isEmpty();
        assertThat(R4Types.code(new UriType())).isEmpty();
        assertThat(R4Types.code(new CodeType(" male "))).contains("male");
        assertThat(R4Types.observationValue(new BooleanType())).isEmpty();
        assertThat(R4Types.observationValue(new Quantity())).isEmpty();
        assertThat(R4Types.observationValue(new CodeableConcept())).isEmpty();
    }

    @Test
    void metaIsReadWithoutCreatingOne() {
        Observation none = new Observation();
        assertThat(EntryFactory.meta(none)).isNull();
        assertThat(none.hasMeta()).isFalse();
        assertThat(none.getMeta()).as("HAPI creates one on getMeta()").isNotNull();
        Observation observation = new Observation();
        Meta meta = new Meta().setLastUpdatedElement(new InstantType("2024-01-02T03:04:05Z"));
        observation.setMeta(meta);
        assertThat(EntryFactory.meta(observation)).isSameAs(meta);
    }
}
