package dev.carerecord.sdk.core.ids;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.carerecord.sdk.core.exception.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifiersTest {

    @ParameterizedTest
    @ValueSource(strings = {"A81001", "a81001", " RXA ", "RH802", "X26", "B82617", "8J008", "Y05868"})
    void odsCodes_areNormalisedToUpperCase(String text) {
        OdsCode code = OdsCode.of(text);
        assertThat(code.value()).isEqualTo(text.strip().toUpperCase());
        assertThat(code.toString()).isEqualTo(code.value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "A1", "A8100-1", "ODS.EXT", "ABCDEFGHIJK"})
    void invalidOdsCodes_areRefused(String text) {
        assertThatThrownBy(() -> OdsCode.of(text)).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("odsCode");
    }

    @Test
    void missingOdsCode_isRefusedBeforeAnythingElse() {
        assertThatThrownBy(() -> OdsCode.of(null)).hasMessage("odsCode: is missing");
    }

    @Test
    void asids_areDigits() {
        assertThat(Asid.of(" 918999198738 ").value()).isEqualTo("918999198738");
        assertThatThrownBy(() -> Asid.of("91899919873X")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Asid.of("123")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new Asid(null)).hasMessage("asid: is missing");
    }

    @Test
    void sdsIds_acceptUnk_andRefuseJunk() {
        assertThat(SdsUserId.of("UNK")).isEqualTo(SdsUserId.UNKNOWN);
        assertThat(SdsUserId.of("123456789012").value()).isEqualTo("123456789012");
        assertThat(SdsRoleProfileId.of("555254240100").value()).isEqualTo("555254240100");
        assertThatThrownBy(() -> SdsUserId.of("12 34")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> SdsRoleProfileId.of("")).isInstanceOf(InvalidInputException.class);
    }
}
