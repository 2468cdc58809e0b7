package dev.carerecord.sdk.core.ids;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.carerecord.sdk.core.exception.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NhsNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"9000000009", "9000000017", "9000000025", "9000000033", "9111231130", "9999999999",
        "4409815415", "3495456481", "6700028191", "9278693472", "9434765919", "943 476 5919", "943-476-5919",
        " 9434765919 "})
    void validNumbers_parse(String text) {
        NhsNumber number = NhsNumber.parse(text);
        assertThat(number.value()).hasSize(10).containsOnlyDigits();
        assertThat(NhsNumber.isValid(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"9000000000", "9000000001", "9495456001", "3495456001", "9434765918"})
    void checkDigitMismatch_isRefused_withoutEchoingTheValue(String text) {
        assertThatThrownBy(() -> NhsNumber.parse(text))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Modulus 11")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(text).doesNotContain(text.substring(3)));
        assertThat(NhsNumber.isValid(text)).isFalse();
    }

    @Test
    void firstNineDigitsGivingCheckDigitTen_areNeverValid() {
        // 100000001 weights to a remainder of 1, so its check digit would be 10: no tenth digit can make it valid
        for (int last = 0; last <= 9; last++) {
            assertThat(NhsNumber.isValid("100000001" + last)).isFalse();
        }
        assertThatThrownBy(() -> NhsNumber.parse("1000000010")).hasMessageContaining("no check digit");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "123", "94347659190", "94347659a9", "943 4765 919", "943.476.5919"})
    void malformedInput_isRefusedWithAReason(String text) {
        assertThatThrownBy(() -> NhsNumber.parse(text)).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("nhsNumber");
    }

    @Test
    void null_isRefused() {
        assertThatThrownBy(() -> NhsNumber.parse(null)).isInstanceOf(InvalidInputException.class)
                .hasMessage("nhsNumber: is missing");
    }

    @Test
    void toString_neverLeaksTheNumber_butValueAndFormattedDo() {
        NhsNumber number = NhsNumber.parse("9434765919");
        assertThat(number.toString()).isEqualTo("NhsNumber[*******919]").doesNotContain("9434765919");
        assertThat(String.valueOf(number)).doesNotContain("943476");
        assertThat(number.value()).isEqualTo("9434765919");
        assertThat(number.formatted()).isEqualTo("943 476 5919");
        assertThat(number.redacted()).isEqualTo("*******919");
    }

    @Test
    void equality_isByValue_whateverTheInputFormat() {
        assertThat(NhsNumber.parse("943 476 5919")).isEqualTo(NhsNumber.parse("9434765919"))
                .hasSameHashCodeAs(NhsNumber.parse("943-476-5919"));
    }
}
