package dev.carerecord.sdk.model.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.carerecord.sdk.model.json.CareRecordJson;
import dev.carerecord.sdk.model.value.PartialDateTime.Precision;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTimeTest {

    @ParameterizedTest
    @CsvSource({"2019,YEAR", "2019-05,MONTH", "2019-05-14,DAY", "2019-05-14T09:30:00+01:00,TIME",
        "2019-05-14T09:30:00.123Z,TIME", "2019-05-14T09:30+01:00,TIME"})
    void precision_isWhatTheSourceRecorded(String text, Precision precision) {
        PartialDateTime value = new PartialDateTime(text);
        assertThat(value.precision()).isEqualTo(precision);
        assertThat(value.value()).isEqualTo(text);
        assertThat(value.year()).isEqualTo(2019);
    }

    @Test
    void aYear_isNeverPaddedIntoAnInventedDay() {
        PartialDateTime year = new PartialDateTime("2019");
        assertThat(year.toLocalDate()).isEmpty();
        assertThat(year.toInstant()).isEmpty();
        assertThat(year.earliest()).isEqualTo(Instant.parse("2019-01-01T00:00:00Z"));
        assertThat(year.latestExclusive()).isEqualTo(Instant.parse("2020-01-01T00:00:00Z"));
        PartialDateTime month = new PartialDateTime("2019-02");
        assertThat(month.toLocalDate()).isEmpty();
        assertThat(month.latestExclusive()).isEqualTo(Instant.parse("2019-03-01T00:00:00Z"));
    }

    @Test
    void fullDateTimes_giveInstantsWithTheirOffset() {
        assertThat(new PartialDateTime("2019-05-14T09:30:00+01:00").toInstant())
                .contains(Instant.parse("2019-05-14T08:30:00Z"));
        assertThat(new PartialDateTime("2019-05-14T09:30+01:00").toInstant())
                .contains(Instant.parse("2019-05-14T08:30:00Z"));
        assertThat(new PartialDateTime("2019-05-14").toLocalDate()).contains(LocalDate.of(2019, 5, 14));
    }

    @Test
    void ordering_isByEarliestInstantThenPrecision() {
        assertThat(new PartialDateTime("2019")).isLessThan(new PartialDateTime("2019-01-01"));
        assertThat(new PartialDateTime("2018-12-31")).isLessThan(new PartialDateTime("2019"));
        assertThat(new PartialDateTime("2019-06")).isGreaterThan(new PartialDateTime("2019-05-31T23:00:00Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"19", "2019-13", "2019-02-30x", "2019-05-14T25:00:00Z", "14/05/2019", ""})
    void invalidText_isRefused(String text) {
        assertThatThrownBy(() -> new PartialDateTime(text)).isInstanceOf(IllegalArgumentException.class);
        assertThat(PartialDateTime.tryParse(text)).isEmpty();
    }

    @Test
    void json_keepsThePrecisionAsAString() {
        Period period = Period.of(new PartialDateTime("2019"), new PartialDateTime("2020-03"));
        String json = CareRecordJson.compact().write(period);
        assertThat(json).isEqualTo("{\"end\":\"2020-03\",\"start\":\"2019\"}");
        assertThat(CareRecordJson.compact().read(json, Period.class)).isEqualTo(period);
    }
}
