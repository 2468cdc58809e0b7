package dev.carerecord.sdk.fhir.internal.mapping;

import static dev.carerecord.sdk.fhir.internal.mapping.ToleranceTest.snomed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.carerecord.sdk.model.Section;
import dev.carerecord.sdk.model.SectionKind;
import dev.carerecord.sdk.model.SectionStatus;
import dev.carerecord.sdk.model.WarningKind;
import dev.carerecord.sdk.model.entry.Entry;
import java.util.List;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.ListResource;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;

/** The section status a client gets for each way a search can go. */
class SectionStatusTest {
    private static final String WARNING = "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-ListWarningCode";
    private final UkCoreResourceMapper mapper = new UkCoreResourceMapper();

    private Section<Entry> section(List<? extends Resource> resources, SectionRetrieval retrieval) {
        return mapper.section(SectionKind.ALLERGIES, resources, retrieval, R4Fixtures.shcr());
    }

    private static AllergyIntolerance allergy() {
        AllergyIntolerance allergy = new AllergyIntolerance();
        allergy.setId("a-1");
        allergy.setCode(snomed("91936005", "Allergy to penicillin"));
        return allergy;
    }

    @Test
    void answeredEmpty_isNoneReturned() {
        assertThat(section(List.of(), SectionRetrieval.answered()).status()).isEqualTo(SectionStatus.NONE_RETURNED);
    }

    @Test
    void answeredWithEntries_isPopulated_andTruncationIsAWarning() {
        Section<Entry> section = section(List.of(allergy()), SectionRetrieval.answeredTruncated("page cap of 100"));

        assertThat(section.status()).isEqualTo(SectionStatus.POPULATED);
        assertThat(section.hasWarning(WarningKind.TRUNCATED)).isTrue();
        assertThat(section.warnings().get(0).text()).contains("page cap of 100");
    }

    @Test
    void notAskedFailedAndUnsupported() {
        assertThat(section(List.of(), SectionRetrieval.notAsked()).status()).isEqualTo(SectionStatus.NOT_REQUESTED);
        Section<Entry> failed = section(List.of(), SectionRetrieval.failed("HTTP 503 from the ShCR"));
        assertThat(failed.status()).isEqualTo(SectionStatus.SOURCE_ERROR);
        assertThat(failed.warnings().get(0).text()).contains("HTTP 503 from the ShCR");
        assertThat(section(List.of(), SectionRetrieval.unsupported(null)).status())
                .isEqualTo(SectionStatus.UNSUPPORTED_BY_SOURCE);
    }

    @Test
    void onlyNoKnownAllergyEntries_isNoneKnown() {
        AllergyIntolerance none = new AllergyIntolerance();
        none.setId("nka");
        none.setCode(snomed("716186003", "No known allergy"));

        Section<Entry> section = section(List.of(none), SectionRetrieval.answered());

        assertThat(section.status()).isEqualTo(SectionStatus.NONE_KNOWN);
        assertThat(section.entries()).hasSize(1);
    }

    @Test
    void listWithConfidentialItemsWarningAndNoItems_isWithheld() {
        ListResource list = new ListResource();
        list.setId("l-1");
        list.setCode(new CodeableConcept(new Coding("http://snomed.info/sct", "886921000000105", null)));
        list.setEmptyReason(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/list-empty-reason",
                "withheld", "Information Withheld")));
        list.addExtension(new Extension(WARNING, new CodeType("confidential-items")));
        list.addNote().setText("Items excluded due to confidentiality and/or patient preferences.");

        Section<Entry> section = section(List.of(list), SectionRetrieval.answered());

        assertThat(section.status()).isEqualTo(SectionStatus.WITHHELD);
        assertThat(section.hasWarning(WarningKind.CONFIDENTIAL_ITEMS_EXCLUDED)).isTrue();
        assertThat(section.warnings().get(0).text())
                .contains("Items excluded due to confidentiality and/or patient preferences.");
        assertThat(section.emptyReason().orElseThrow().hasCode("withheld")).isTrue();
    }

    @Test
    void listWarningOnAPopulatedSection_reachesTheSectionOfItsItems() {
        ListResource list = new ListResource();
        list.setId("l-2");
        list.addEntry().setItem(new Reference("AllergyIntolerance/a-1"));
        list.addExtension(new Extension("http://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-ListWarningCode",
                new CodeType("data-in-transit")));

        Section<Entry> section = section(List.of(allergy(), list), SectionRetrieval.answered());

        assertThat(section.status()).isEqualTo(SectionStatus.POPULATED);
        assertThat(section.hasWarning(WarningKind.DATA_IN_TRANSIT)).isTrue();
        assertThat(section.warnings().get(0).sourceCode()).contains("data-in-transit");
    }

    @Test
    void listEmptyReasonOtherThanWithheld_isNoneKnown() {
        ListResource list = new ListResource();
        list.setId("l-3");
        list.setCode(new CodeableConcept(new Coding("http://snomed.info/sct", "886921000000105", null)));
        list.setEmptyReason(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/list-empty-reason",
                "nilknown", "Nil Known")));

        Section<Entry> section = section(List.of(list), SectionRetrieval.answered());

        assertThat(section.status()).isEqualTo(SectionStatus.NONE_KNOWN);
    }

    @Test
    void listThatNamesNoSection_isReportedNotDropped() {
        ListResource list = new ListResource();
        list.setId("l-4");
        list.addExtension(new Extension(WARNING, new CodeType("data-awaiting-filing")));

        MappedResources mapped = mapper.map(List.of(list), R4Fixtures.shcr());

        assertThat(mapped.unplacedIssues()).singleElement()
                .satisfies(i -> assertThat(i.resourceType()).isEqualTo("List"));
    }
}
