package dev.carerecord.sdk.sandbox.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carerecord.sdk.sandbox.SandboxPatients;
import org.junit.jupiter.api.Test;

class NhsNumbersTest {
    @Test
    void modulus11() {
        for (String valid : new String[] {"9000000009", "9000000017", "4409815415", "9999999999"}) {
            assertThat(NhsNumbers.isValid(valid)).as(valid).isTrue();
        }
        for (String invalid : new String[] {"9000000000", "9000000001", "3495456001", "123", "90000000O9", null}) {
            assertThat(NhsNumbers.isValid(invalid)).as(String.valueOf(invalid)).isFalse();
        }
    }

    @Test
    void everySyntheticPatient_hasAValidTestRangeNumber() {
        SandboxPatients.all().forEach(p -> {
            assertThat(NhsNumbers.isValid(p.nhsNumber())).as(p.nhsNumber()).isTrue();
            assertThat(p.nhsNumber()).startsWith("999");
        });
    }
}
