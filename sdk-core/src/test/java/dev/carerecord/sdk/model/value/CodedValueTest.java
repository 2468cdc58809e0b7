package dev.carerecord.sdk.model.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CodedValueTest {

    private final CodedValue penicillin = new CodedValue(List.of(
            Coding.of("http://read.info/readv2", "TJ00.", null),
            Coding.of("https://snomed.info/sct", "91936005", "Allergy to penicillin")),
            Optional.of("Penicillin allergy (patient report)"));

    @Test
    void keepsEveryCodingAndTheOriginalText() {
        assertThat(penicillin.codings()).hasSize(2);
        assertThat(penicillin.bestDisplay()).isEqualTo("Penicillin allergy (patient report)");
        assertThat(penicillin.snomed().flatMap(Coding::code)).contains("91936005");
        assertThat(penicillin.hasCode("http://snomed.info/sct", "91936005")).isTrue();
        assertThat(penicillin.hasCode("TJ00.")).isTrue();
    }

    @Test
    void bestDisplay_fallsBackFromTextToSnomedToAnyDisplayToCode() {
        assertThat(new CodedValue(penicillin.codings(), Optional.empty()).bestDisplay()).isEqualTo("Allergy to penicillin");
        assertThat(CodedValue.of(Coding.of("local", "X1", null)).bestDisplay()).isEqualTo("X1");
        assertThat(CodedValue.EMPTY.bestDisplay()).isEmpty();
        assertThat(CodedValue.EMPTY.isEmpty()).isTrue();
    }

    @Test
    void systemsCompareWithSchemeNormalisedForNhsAndHl7UkHosts() {
        assertThat(CodeSystems.normalise("http://fhir.hl7.org.uk/STU3/CodeSystem/X-1/"))
                .isEqualTo("https://fhir.hl7.org.uk/STU3/CodeSystem/X-1");
        assertThat(CodeSystems.normalise("HTTPS://Provider.Example/Data-Identifier"))
                .isEqualTo("https://provider.example/Data-Identifier");
        Coding coding = Coding.of("http://fhir.nhs.uk/Id/ods-organization-code", "A1", null);
        assertThat(coding.is(CodeSystems.ODS_ORGANISATION, "A1")).isTrue();
    }
}
