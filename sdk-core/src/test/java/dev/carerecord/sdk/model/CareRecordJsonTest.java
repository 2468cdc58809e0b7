package dev.carerecord.sdk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.carerecord.sdk.model.json.CareRecordJson;
import org.junit.jupiter.api.Test;

class CareRecordJsonTest {

    @Test
    void richRecord_roundTripsThroughJsonb_unchanged() {
        CareRecord record = RichRecords.rich();
        for (SectionKind kind : SectionKind.values()) {
            assertThat(record.section(kind).entries()).as(kind.name()).isNotEmpty();
        }
        String json = CareRecordJson.compact().toJson(record);
        CareRecord back = CareRecordJson.compact().fromJson(json);
        assertThat(back).isEqualTo(record);
        assertThat(CareRecordJson.compact().toJson(back)).isEqualTo(json);
    }

    @Test
    void json_usesStringsForDatesAndNhsNumber_andOmitsAbsentValues() {
        String json = CareRecordJson.compact().toJson(RichRecords.rich());
        assertThat(json).contains("\"nhsNumber\":\"9434765919\"");
        assertThat(json).contains("\"birthDate\":\"1980-02\"");
        assertThat(json).contains("\"onset\":\"1990\"");
        assertThat(json).doesNotContain("null");
        assertThat(json).doesNotContain("\"present\"");
    }

    @Test
    void notRequestedSections_serialiseWithTheirStatus() {
        CareRecord empty = CareRecord.builder(PatientDemographics.of(
                dev.carerecord.sdk.core.ids.NhsNumber.parse("9000000009"))).build();
        CareRecord back = CareRecordJson.compact().fromJson(CareRecordJson.compact().toJson(empty));
        assertThat(back.allergies().status()).isEqualTo(SectionStatus.NOT_REQUESTED);
        assertThat(back).isEqualTo(empty);
    }

    @Test
    void invalidJson_isATypedError() {
        assertThatThrownBy(() -> CareRecordJson.compact().fromJson("{\"patient\":"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
