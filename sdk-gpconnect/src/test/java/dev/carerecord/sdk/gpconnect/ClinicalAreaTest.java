package dev.carerecord.sdk.gpconnect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carerecord.sdk.model.SectionKind;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ClinicalAreaTest {

    @Test
    void listCodes_areTheGpConnect16Codes() {
        assertThat(ClinicalArea.ALLERGIES.listCodes()).containsExactly("886921000000105", "1103671000000101");
        assertThat(ClinicalArea.MEDICATIONS.listCode()).isEqualTo("933361000000108");
        assertThat(ClinicalArea.CONSULTATIONS.listCode()).isEqualTo("1149501000000101");
        assertThat(ClinicalArea.PROBLEMS.listCode()).isEqualTo("717711000000103");
        assertThat(ClinicalArea.IMMUNISATIONS.listCode()).isEqualTo("1102181000000102");
        assertThat(ClinicalArea.UNCATEGORISED.listCode()).isEqualTo("826501000000100");
        assertThat(ClinicalArea.INVESTIGATIONS.listCode()).isEqualTo("887191000000108");
        assertThat(ClinicalArea.REFERRALS.listCode()).isEqualTo("792931000000107");
        assertThat(ClinicalArea.DIARY_ENTRIES.listCode()).isEqualTo("714311000000108");
        assertThat(ClinicalArea.fromListCode(" 1103671000000101 ")).contains(ClinicalArea.ALLERGIES);
        assertThat(ClinicalArea.fromListCode("TBD")).isEmpty();
        assertThat(ClinicalArea.fromListCode(null)).isEmpty();
    }

    @Test
    void parameterNames_roundTrip_andTolerateCaseAndPlural() {
        for (ClinicalArea area : ClinicalArea.values()) {
            assertThat(ClinicalArea.fromParameterName(area.parameterName())).contains(area);
        }
        assertThat(ClinicalArea.MEDICATIONS.parameterName()).isEqualTo("includeMedication");
        assertThat(ClinicalArea.UNCATEGORISED.parameterName()).isEqualTo("includeUncategorisedData");
        assertThat(ClinicalArea.fromParameterName("includeMedications")).contains(ClinicalArea.MEDICATIONS);
        assertThat(ClinicalArea.fromParameterName("INCLUDEREFERRALS")).contains(ClinicalArea.REFERRALS);
        assertThat(ClinicalArea.fromParameterName("includeDocuments")).isEmpty();
    }

    @Test
    void sections_everyAreaFillsItsOwn_andNoSectionTwice() {
        assertThat(ClinicalArea.PROBLEMS.sectionKinds()).containsExactly(SectionKind.PROBLEMS,
                SectionKind.PAST_PROBLEMS);
        assertThat(ClinicalArea.UNCATEGORISED.sectionKinds()).contains(SectionKind.VITAL_SIGNS,
                SectionKind.OBSERVATIONS);
        assertThat(ClinicalArea.CONSULTATIONS.sectionKinds()).containsExactly(SectionKind.ENCOUNTERS);
        assertThat(Arrays.stream(ClinicalArea.values()).flatMap(a -> a.sectionKinds().stream()))
                .doesNotHaveDuplicates();
    }
}
