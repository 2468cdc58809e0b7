package dev.carerecord.sdk.gpconnect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.carerecord.sdk.core.exception.InvalidInputException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StructuredRecordRequestTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void nothingRequested_isRefused() {
        assertThatThrownBy(() -> StructuredRecordRequest.builder().build())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no clinical area");
    }

    @Test
    void bothConsultationParts_areRefused() {
        assertThatThrownBy(() -> StructuredRecordRequest.builder().consultationsMostRecent(3)
                .consultationsWithin(DateRange.from(TODAY.minusYears(1))).build())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("cannot both be sent");
    }

    @Test
    void consultationsWithAreaFilters_areRefused_naming_theFilters() {
        assertThatThrownBy(() -> StructuredRecordRequest.builder().consultations()
                .medicationFrom(TODAY.minusMonths(6), null).problems(ProblemStatusFilter.ACTIVE).build())
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("medicationSearchFromDate").hasMessageContaining("filterStatus");
        assertThatThrownBy(() -> StructuredRecordRequest.builder().consultations().immunisations(true, true).build())
                .hasMessageContaining("includeNotGiven").hasMessageContaining("includeStatus");
        assertThatThrownBy(() -> StructuredRecordRequest.builder().consultations()
                .diaryEntriesUntil(TODAY).build()).hasMessageContaining("diaryEntriesSearchDate");
    }

    @Test
    void problemsWithOtherAreaFilters_areRefused_butTheirOwnStatusFilterIsAllowed() {
        assertThat(StructuredRecordRequest.builder().problems(ProblemStatusFilter.INACTIVE).allergies(false).build()
                .areas()).containsExactlyInAnyOrder(ClinicalArea.PROBLEMS, ClinicalArea.ALLERGIES);
        assertThatThrownBy(() -> StructuredRecordRequest.builder().problems()
                .referralsWithin(DateRange.from(TODAY.minusYears(2))).build())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("referralSearchPeriod");
    }

    @Test
    void predefinedSearches_combineWhatCustomSearchesMayNot() {
        StructuredRecordRequest one = StructuredRecordRequest.predefinedSearch1(TODAY);
        assertThat(one.isPredefined()).isTrue();
        assertThat(one.areas()).containsExactlyInAnyOrder(ClinicalArea.CONSULTATIONS, ClinicalArea.PROBLEMS,
                ClinicalArea.ALLERGIES, ClinicalArea.MEDICATIONS);
        assertThat(one.consultationsMostRecent()).hasValue(3);
        assertThat(one.medicationSearchFromDate()).contains(LocalDate.of(2025, 11, 23));
        assertThat(one.includeResolvedAllergies()).contains(true);
        assertThat(StructuredRecordRequest.predefinedSearch2(TODAY).areas())
                .contains(ClinicalArea.IMMUNISATIONS, ClinicalArea.UNCATEGORISED);
    }

    @Test
    void predefinedSearches_reachBack365Days_notACalendarYear() {
        LocalDate afterLeapDay = LocalDate.of(2028, 3, 1);
        assertThat(StructuredRecordRequest.predefinedSearch1(afterLeapDay).medicationSearchFromDate())
                .contains(LocalDate.of(2027, 3, 2));
        assertThat(StructuredRecordRequest.predefinedSearch2(afterLeapDay).medicationSearchFromDate())
                .contains(LocalDate.of(2027, 3, 2));
    }

    @Test
    void dates_areCheckedAgainstToday() {
        StructuredRecordRequest futureMeds = StructuredRecordRequest.builder()
                .medicationFrom(TODAY.plusDays(1), true).build();
        assertThatThrownBy(() -> futureMeds.validate(TODAY)).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("medicationSearchFromDate");
        StructuredRecordRequest pastDiary = StructuredRecordRequest.builder().diaryEntriesUntil(TODAY.minusDays(1)).build();
        assertThatThrownBy(() -> pastDiary.validate(TODAY)).hasMessageContaining("today or later");
        StructuredRecordRequest futureConsultations = StructuredRecordRequest.builder()
                .consultationsWithin(DateRange.of(TODAY.minusDays(5), TODAY.plusDays(1))).build();
        assertThatThrownBy(() -> futureConsultations.validate(TODAY)).hasMessageContaining("consultationSearchPeriod");
        StructuredRecordRequest.everything().validate(TODAY);
        StructuredRecordRequest.builder().diaryEntriesUntil(TODAY).build().validate(TODAY);
    }

    @Test
    void periods_mustRunForwards_andMostRecentMustBePositive() {
        assertThatThrownBy(() -> DateRange.of(TODAY, TODAY.minusDays(1))).hasMessageContaining("start is after end");
        assertThatThrownBy(() -> DateRange.of(null, null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> StructuredRecordRequest.builder().consultationsMostRecent(0))
                .isInstanceOf(InvalidInputException.class);
    }
}
