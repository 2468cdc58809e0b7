package dev.carerecord.sdk.sandbox;

import static dev.carerecord.sdk.sandbox.SandboxOrganisations.PRACTICE_A;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The predefined multi-area search is recognised only with medication from exactly today-365 (spec 8.1), on a
 * day when that differs from a calendar year back (2028 is a leap year: 365 days before 1 March 2028 is
 * 2 March 2027).
 */
@ExtendWith(SandboxExtension.class)
@SandboxConfig(today = PredefinedSearchTest.TODAY)
class PredefinedSearchTest {
    static final String TODAY = "2028-03-01";
    private static final LocalDate T = LocalDate.parse(TODAY);

    private static HttpResponse<String> predefined(Sandbox sandbox, LocalDate medicationFrom) {
        String body = Params.patient(SandboxPatients.RICH.nhsNumber())
                .area("includeConsultations", "includeNumberOfMostRecent", Params.positive(3))
                .area("includeProblems").allergies(true)
                .area("includeMedication", "medicationSearchFromDate", Params.date(medicationFrom)).json();
        return Gpc.structured(sandbox, PRACTICE_A, body).send();
    }

    @Test
    void medicationFromToday365_isThePredefinedSearch(Sandbox sandbox) {
        assertThat(T.minusDays(365)).isEqualTo(LocalDate.of(2027, 3, 2));
        assertThat(predefined(sandbox, T.minusDays(365)).statusCode()).isEqualTo(200);
    }

    @Test
    void anyOtherMedicationDate_isAForbiddenCombination(Sandbox sandbox) {
        for (LocalDate other : new LocalDate[] {T.minusYears(1), T.minusDays(364)}) {
            HttpResponse<String> response = predefined(sandbox, other);
            assertThat(response.statusCode()).as(other.toString()).isEqualTo(422);
            assertThat(Fhir.spineCode(response.body())).isEqualTo("INVALID_PARAMETER");
        }
    }
}
