package dev.carerecord.sdk.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CorrelationIdsTest {
    @Test
    void ids_areUuids_neverHoldingATenDigitRun() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 20_000; i++) {
            String id = CorrelationIds.next();
            assertThat(UUID.fromString(id).version()).isEqualTo(4);
            assertThat(CorrelationIds.hasTenDigitRun(id)).isFalse();
            assertThat(Redactor.maskNhsNumbers(id)).isEqualTo(id);
            seen.add(id);
        }
        assertThat(seen).hasSize(20_000);
        assertThat(CorrelationIds.hasTenDigitRun("ab-1812370261f0")).isTrue();
        assertThat(CorrelationIds.hasTenDigitRun("181237026-1")).isFalse();
    }
}
