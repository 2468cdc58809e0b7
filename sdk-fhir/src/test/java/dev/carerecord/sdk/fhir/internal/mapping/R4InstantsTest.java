package dev.carerecord.sdk.fhir.internal.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carerecord.sdk.model.value.PartialDateTime;
import dev.carerecord.sdk.testing.DateMutations;
import java.time.Instant;
import java.util.Optional;
import java.util.Random;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.InstantType;
import org.junit.jupiter.api.Test;

/** The one-pass instant reading must give what the text route through {@link PartialDateTime} gives. */
class R4InstantsTest {
    private static final String[] KNOWN = {"2019-05-14T09:30:00Z", "2019-05-14T09:30:00+01:00",
        "2019-05-14T09:30:00-05:30", "2019-05-14T09:30Z", "2019-05-14T09:30+01:00", "2019-05-14T09:30:00.1Z",
        "2019-05-14T09:30:00.123+01:00", "2019-05-14T09:30:00.123456789-00:00", "2019-05-14T09:30:00.1234567890Z",
        "2019-05-14T09:30:00", "2019-05-14T09:30", "2019-05-14", "2019-05", "2019", "", " ", null,
        " 2019-05-14T09:30:00Z ", "2019-05-14T09:30:00Z\n", "2019-02-29T10:00:00Z", "2020-02-29T10:00:00Z",
        "2019-04-31T10:00:00Z", "2019-13-01T10:00:00Z", "2019-00-01T10:00:00Z", "2019-05-00T10:00:00Z",
        "2019-05-32T10:00:00Z", "2019-12-31T23:59:60Z", "2019-12-31T24:00:00Z", "2019-12-31T23:60:00Z",
        "2019-05-14T09:30:00+18:00", "2019-05-14T09:30:00-18:00", "2019-05-14T09:30:00+18:01",
        "2019-05-14T09:30:00+19:00", "2019-05-14T09:30:00+01:60", "2019-05-14T09:30:00+0100",
        "2019-05-14T09:30:00+01", "2019-05-14T09:30:00ZZ", "2019-05-14T09:30:00z", "2019-05-14t09:30:00Z",
        "2019-05-14 09:30:00Z", "2019-05-14T09:30:00.Z", "2019-05-14T9:30:00Z", "0000-01-01T00:00:00Z",
        "9999-12-31T23:59:59.999999999-18:00", "1970-01-01T00:00:00Z", "1969-12-31T23:59:59.5Z",
        "２０１９-05-14T09:30:00Z", "2019-05-14T09:30:00+01:00:00", "2019-05-14T09:30:0Z", "2019-05-14T09:30:"};

    private static Optional<Instant> textRoute(String text) {
        return PartialDateTime.tryParse(text).flatMap(PartialDateTime::toInstant);
    }

    @Test
    void knownValuesGetTheTextRoutesAnswer() {
        int withInstant = 0;
        for (String s : KNOWN) {
            Optional<Instant> expected = textRoute(s);
            assertThat(R4Instants.parse(s)).as(String.valueOf(s)).isEqualTo(expected);
            withInstant += expected.isPresent() ? 1 : 0;
        }
        assertThat(withInstant).isGreaterThan(10);
        assertThat(R4Instants.parse("2019-05-14T09:30:00.123456789+01:00"))
                .contains(Instant.parse("2019-05-14T08:30:00.123456789Z"));
        assertThat(R4Instants.parse("2019-05-14T09:30:00")).as("no zone, no instant").isEmpty();
        assertThat(R4Instants.parse("2019-05-14")).as("a day has no instant").isEmpty();
    }

    @Test
    void generatedDateTimesGetTheTextRoutesAnswer() {
        Random random = new Random(20251123);
        int withInstant = 0;
        for (int n = 0; n < 200_000; n++) {
            StringBuilder s = new StringBuilder();
            s.append(String.format("%04d-%02d-%02dT%02d:%02d", random.nextInt(10_000), random.nextInt(14),
                    random.nextInt(33), random.nextInt(25), random.nextInt(61)));
            if (random.nextInt(4) > 0) {
                s.append(String.format(":%02d", random.nextInt(62)));
                if (random.nextBoolean()) {
                    s.append('.');
                    int digits = random.nextInt(11);
                    for (int d = 0; d < digits; d++) {
                        s.append((char) ('0' + random.nextInt(10)));
                    }
                }
            }
            switch (random.nextInt(4)) {
                case 0 -> s.append('Z');
                case 1 -> { }
                default -> s.append(String.format("%c%02d:%02d", random.nextBoolean() ? '+' : '-',
                        random.nextInt(20), random.nextInt(61)));
            }
            String text = s.toString();
            Optional<Instant> expected = textRoute(text);
            assertThat(R4Instants.parse(text)).as(text).isEqualTo(expected);
            withInstant += expected.isPresent() ? 1 : 0;
        }
        assertThat(withInstant).as("the values must reach both answers").isBetween(10_000, 190_000);
    }

    @Test
    void mutatedDateTimesGetTheTextRoutesAnswer() {
        Random random = new Random(20250616);
        int withInstant = 0;
        for (int n = 0; n < 200_000; n++) {
            String text = DateMutations.mutate(KNOWN[random.nextInt(KNOWN.length)], random);
            Optional<Instant> expected = textRoute(text);
            assertThat(R4Instants.parse(text)).as(text).isEqualTo(expected);
            withInstant += expected.isPresent() ? 1 : 0;
        }
        assertThat(withInstant).as("the mutations must reach both answers").isBetween(1_000, 199_000);
    }

    @Test
    void hapiPrimitivesGetTheTextRoutesAnswerAtEveryPrecision() {
        String[] values = {"2019", "2019-05", "2019-05-14", "2019-05-14T09:30:00Z", "2019-05-14T09:30:00+01:00",
            "2019-05-14T09:30:00.5-03:00", "2019-05-14T09:30:00.123Z", "2019-05-14T09:30:00.1234567Z",
            "2019-05-14T09:30:00"};
        for (String value : values) {
            DateTimeType dateTime = new DateTimeType(value);
            assertThat(R4Types.instant(dateTime)).as(value).isEqualTo(textRoute(value));
        }
        InstantType instant = new InstantType("2024-03-01T12:00:00.250+00:00");
        assertThat(R4Types.instant(instant)).contains(Instant.parse("2024-03-01T12:00:00.250Z"));
        assertThat(R4Types.instant(new DateType("2024-03-01"))).isEmpty();
        assertThat(R4Types.instant(new DateTimeType())).isEmpty();
        assertThat(R4Types.instant(null)).isEmpty();
    }
}
