package dev.carerecord.sdk.model.value;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carerecord.sdk.testing.DateMutations;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hand-written date check must accept exactly what the reference regular expression accepts. */
class PartialDateTimeFormatTest {
    private static final String[] VALID = {"2019", "2019-05", "2019-05-31", "2019-12-01T00:00", "2019-12-01T23:59Z",
        "2019-12-01T23:59:60", "2019-12-01T10:15:30.1", "2019-12-01T10:15:30.123456789+01:00",
        "2019-12-01T10:15-05:30", "0000-01-01T00:00:00Z"};
    private static final String[] INVALID = {"", "201", "20190", "2019-", "2019-5", "2019-00", "2019-13",
        "2019-05-00", "2019-05-32", "2019-05-1", "2019-05-10T", "2019-05-10T24:00", "2019-05-10T10:60",
        "2019-05-10T10", "2019-05-10T10:15:61", "2019-05-10T10:15:30.", "2019-05-10T10:15:30.1234567890",
        "2019-05-10T10:15.5", "2019-05-10T10:15:30ZZ", "2019-05-10T10:15:30+0100", "2019-05-10T10:15:30+01:0",
        "2019-05-10Z", "2019-05-10 10:15", "２０１９", "2019-05-10T10:15:30+01:00 ", " 2019"};

    @Test
    void knownValuesGetTheRegularExpressionsAnswer() {
        for (String s : VALID) {
            assertThat(PartialDateTime.isValid(s)).as(s).isTrue();
            assertThat(PartialDateTime.FORMAT.matcher(s).matches()).as(s).isTrue();
        }
        for (String s : INVALID) {
            assertThat(PartialDateTime.isValid(s)).as(s).isFalse();
            assertThat(PartialDateTime.FORMAT.matcher(s).matches()).as(s).isFalse();
        }
    }

    @Test
    void mutatedDatesGetTheRegularExpressionsAnswer() {
        Random random = new Random(20250616);
        int accepted = 0;
        for (int n = 0; n < 200_000; n++) {
            String text = DateMutations.mutate(VALID[random.nextInt(VALID.length)], random);
            boolean expected = PartialDateTime.FORMAT.matcher(text).matches();
            assertThat(PartialDateTime.isValid(text)).as(text).isEqualTo(expected);
            accepted += expected ? 1 : 0;
        }
        assertThat(accepted).as("the mutations must reach both answers").isBetween(1_000, 199_000);
    }
}
