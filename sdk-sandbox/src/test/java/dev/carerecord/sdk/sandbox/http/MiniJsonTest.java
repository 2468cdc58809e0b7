package dev.carerecord.sdk.sandbox.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MiniJsonTest {
    @Test
    void parsesAndWritesRoundTrip() {
        Object parsed = MiniJson.parse(" {\"a\": [1, 2.5, true, null, \"x\\\"y\\u0041\"], \"b\": {}} ");
        assertThat(parsed).isEqualTo(Map.of("a", java.util.Arrays.asList(new BigDecimal("1"), new BigDecimal("2.5"), true, null, "x\"yA"),
                "b", Map.of()));
        assertThat(MiniJson.write(Map.of("k", List.of("v\n", 3)))).isEqualTo("{\"k\":[\"v\\n\",3]}");
    }

    @Test
    void rejectsInvalidJson() {
        for (String bad : List.of("", "{", "{\"a\" 1}", "[1,]x", "tru", "{\"a\":1} trailing")) {
            assertThatThrownBy(() -> MiniJson.parse(bad)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
