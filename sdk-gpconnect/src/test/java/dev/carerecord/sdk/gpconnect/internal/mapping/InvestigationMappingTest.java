package dev.carerecord.sdk.gpconnect.internal.mapping;

import static dev.carerecord.sdk.gpconnect.internal.mapping.StructuredFixtures.byResourceId;
import static dev.carerecord.sdk.gpconnect.internal.mapping.StructuredFixtures.entries;
import static org.assertj.core.api.Assertions.assertThat;

import dev.carerecord.sdk.gpconnect.ClinicalArea;
import dev.carerecord.sdk.model.CareRecord;
import dev.carerecord.sdk.model.SectionKind;
import dev.carerecord.sdk.model.SectionStatus;
import dev.carerecord.sdk.model.entry.ObservationEntry;
import dev.carerecord.sdk.model.entry.ObservationKind;
import dev.carerecord.sdk.model.entry.Specimen;
import dev.carerecord.sdk.model.value.PartialDateTime;
import dev.carerecord.sdk.model.value.Quantity;
import dev.carerecord.sdk.model.value.ReferenceRange;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvestigationMappingTest {
    private static final String REPORT = "efae5859-28df-4e7d-be91-6df56d8215e4";
    private static final String FBC_GROUP = "dacb177a-9501-4dcc-8b22-b941791ae0db";

    @Test
    void pathologyResponse1_reportWithSpecimenAndFoldedTestRequest() {
        CareRecord record = StructuredFixtures.map("pathology_response1.json", ClinicalArea.INVESTIGATIONS).record();
        ObservationEntry report = byResourceId(record, SectionKind.RESULTS, ObservationEntry.class, REPORT);
        ObservationEntry group = byResourceId(record, SectionKind.RESULTS, ObservationEntry.class, FBC_GROUP);

        assertThat(record.results().status()).isEqualTo(SectionStatus.POPULATED);
        assertThat(record.results().entries()).hasSize(20);
        assertThat(record.plannedActions().entries()).as("the test request is not a planned action").isEmpty();
        assertThat(report.kind()).isEqualTo(ObservationKind.REPORT);
        assertThat(report.code().hasCode("721981007")).isTrue();
        assertThat(report.issued()).contains(new PartialDateTime("2019-04-03T12:00:00+00:00"));
        assertThat(report.status()).contains("final");
        assertThat(report.memberEntryIds()).containsExactly(group.id());
        assertThat(report.notes()).containsExactly("Test request: FBC - Full blood count", "FBC");
        assertThat(report.provenance().performer().flatMap(a -> a.name())).contains("GREENTOWN GENERAL HOSPITAL");
        Specimen specimen = report.specimens().get(0);
        assertThat(specimen.type().hasCode("122555007")).isTrue();
        assertThat(specimen.collectedAt()).contains(new PartialDateTime("2019-04-01T11:00:00+00:00"));
        assertThat(specimen.receivedAt()).contains(new PartialDateTime("2017-11-01T15:00:00+00:00"));
    }

    @Test
    void pathologyResponse1_testGroupResults_valuesUnitsAndRanges() {
        CareRecord record = StructuredFixtures.map("pathology_response1.json", ClinicalArea.INVESTIGATIONS).record();
        ObservationEntry report = byResourceId(record, SectionKind.RESULTS, ObservationEntry.class, REPORT);
        ObservationEntry group = byResourceId(record, SectionKind.RESULTS, ObservationEntry.class, FBC_GROUP);
        List<ObservationEntry> members = group.memberEntryIds().stream()
                .map(id -> (ObservationEntry) record.findEntry(id).orElseThrow()).toList();

        assertThat(group.kind()).isEqualTo(ObservationKind.TEST_GROUP);
        assertThat(group.code().hasCode("26604007")).isTrue();
        assertThat(members).hasSize(18).allSatisfy(member -> {
            assertThat(member.kind()).isEqualTo(ObservationKind.RESULT);
            assertThat(member.reportEntryId()).contains(report.id());
        });

        ObservationEntry whiteCells = members.get(0);
        assertThat(whiteCells.code().hasCode("1022541000000102")).isTrue();
        Quantity value = whiteCells.value().flatMap(v -> v.quantity()).orElseThrow();
        assertThat(value.value()).as("precision as sent: 5.70").contains(new BigDecimal("5.70"));
        assertThat(value.unit()).contains("10*9/L");
        ReferenceRange range = whiteCells.referenceRanges().get(0);
        assertThat(range.low().flatMap(Quantity::value)).contains(new BigDecimal("3.5"));
        assertThat(range.high().flatMap(Quantity::value)).contains(new BigDecimal("11"));
        assertThat(whiteCells.categories()).anySatisfy(c -> assertThat(c.hasCode("394595002")).isTrue());
        assertThat(whiteCells.specimens()).singleElement()
                .satisfies(s -> assertThat(s.type().hasCode("122555007")).isTrue());

        ObservationEntry redCells = members.get(1);
        assertThat(redCells.value().flatMap(v -> v.quantity()).flatMap(Quantity::value))
                .contains(new BigDecimal("4.57"));
        assertThat(redCells.referenceRanges()).singleElement()
                .satisfies(r -> assertThat(r.text()).contains("less than 3.8 to 5"));

        ObservationEntry haemoglobin = members.get(2);
        assertThat(haemoglobin.value().orElseThrow().display()).isEqualTo("142 g/dL");
    }

    @Test
    void consumerMock_filingCommentIsDistinguishedByItsRoleInTheReport() {
        CareRecord record = StructuredFixtures.mapAll("gpc-consumer-mock-accessRecordStructured.json").record();
        ObservationEntry comment = byResourceId(record, SectionKind.RESULTS, ObservationEntry.class,
                "7ec12071-b737-4ce8-8a91-2ea36d94464f");
        ObservationEntry report = byResourceId(record, SectionKind.RESULTS, ObservationEntry.class, REPORT);

        assertThat(comment.kind()).isEqualTo(ObservationKind.FILING_COMMENT);
        assertThat(comment.notes()).containsExactly("Some filing comments added at the GP practice");
        assertThat(comment.reportEntryId()).contains(report.id());
        // the same "Comment note" code outside a report is just an observation
        assertThat(entries(record, SectionKind.OBSERVATIONS, ObservationEntry.class))
                .anySatisfy(o -> assertThat(o.code().hasCode("37331000000100")).isTrue())
                .allSatisfy(o -> assertThat(o.kind()).isEqualTo(ObservationKind.OBSERVATION));
        // this group's related entries carry no type: still read as members
        ObservationEntry group = byResourceId(record, SectionKind.RESULTS, ObservationEntry.class, FBC_GROUP);
        assertThat(group.kind()).isEqualTo(ObservationKind.TEST_GROUP);
        assertThat(group.memberEntryIds()).hasSize(18);
    }
}
