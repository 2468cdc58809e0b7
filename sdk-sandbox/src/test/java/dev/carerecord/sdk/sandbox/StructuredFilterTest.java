package dev.carerecord.sdk.sandbox;

import static dev.carerecord.sdk.sandbox.SandboxOrganisations.PRACTICE_A;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.hl7.fhir.dstu3.model.Bundle;
import org.hl7.fhir.dstu3.model.Condition;
import org.hl7.fhir.dstu3.model.Encounter;
import org.hl7.fhir.dstu3.model.Immunization;
import org.hl7.fhir.dstu3.model.ListResource;
import org.hl7.fhir.dstu3.model.MedicationRequest;
import org.hl7.fhir.dstu3.model.Observation;
import org.hl7.fhir.dstu3.model.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The structured request's filters are applied to the data (sandbox "today" fixed for determinism). */
@ExtendWith(SandboxExtension.class)
@SandboxConfig(today = StructuredFilterTest.TODAY)
class StructuredFilterTest {
    static final String TODAY = "2025-06-15";
    private static final LocalDate T = LocalDate.parse(TODAY);
    private static final String RICH = SandboxPatients.RICH.nhsNumber();

    private static Bundle fetch(Sandbox sandbox, Params params) {
        HttpResponse<String> response = Gpc.structured(sandbox, PRACTICE_A, params.json()).send();
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Fhir.stu3Bundle(response.body());
    }

    private static List<Resource> entries(Bundle bundle, String listCode) {
        ListResource list = Fhir.requireList(bundle, listCode);
        return list.getEntry().stream().map(e -> Fhir.resolve(bundle, e.getItem().getReference())).toList();
    }

    @Test
    void consultations_mostRecentN_returnsTheNewestN(Sandbox sandbox) {
        Bundle bundle = fetch(sandbox, Params.patient(RICH).area("includeConsultations", "includeNumberOfMostRecent", Params.positive(2)));
        List<Resource> encounters = entries(bundle, "1149501000000101");
        assertThat(encounters).hasSize(2);
        assertThat(encounters).extracting(r -> ((Encounter) r).getPeriod().getStartElement().getValueAsString().substring(0, 10))
                .containsExactlyInAnyOrder(T.minusDays(14).toString(), T.minusDays(30).toString());
        assertThat(Fhir.all(bundle, Encounter.class)).hasSizeLessThanOrEqualTo(2);
    }

    @Test
    void consultations_searchPeriod(Sandbox sandbox) {
        Bundle bundle = fetch(sandbox, Params.patient(RICH).area("includeConsultations",
                "consultationSearchPeriod", Params.period(T.minusDays(100), T.minusDays(20))));
        assertThat(entries(bundle, "1149501000000101")).hasSize(2);
    }

    @Test
    void medicationSearchFromDate_excludesCoursesEndedBefore_keepsElsewhereAndOngoing(Sandbox sandbox) {
        Bundle all = fetch(sandbox, Params.patient(RICH).area("includeMedication"));
        assertThat(entries(all, "933361000000108")).hasSize(6);
        Bundle lastYear = fetch(sandbox, Params.patient(RICH).area("includeMedication",
                "medicationSearchFromDate", Params.date(T.minusDays(365))));
        assertThat(entries(lastYear, "933361000000108")).hasSize(4);
        Bundle twoMonths = fetch(sandbox, Params.patient(RICH).area("includeMedication",
                "medicationSearchFromDate", Params.date(T.minusDays(60))));
        assertThat(entries(twoMonths, "933361000000108")).hasSize(3);
    }

    @Test
    void includeResolvedAllergiesFalse_omitsTheEndedList(Sandbox sandbox) {
        assertThat(Fhir.list(fetch(sandbox, Params.patient(RICH).allergies(false)), "1103671000000101")).isEmpty();
        assertThat(Fhir.list(fetch(sandbox, Params.patient(RICH).allergies(true)), "1103671000000101")).isPresent();
    }

    @Test
    void includePrescriptionIssuesFalse_omitsIssueRequests(Sandbox sandbox) {
        Bundle without = fetch(sandbox, Params.patient(RICH).area("includeMedication", "includePrescriptionIssues", Params.bool(false)));
        assertThat(Fhir.all(without, MedicationRequest.class)).isNotEmpty()
                .allSatisfy(r -> assertThat(r.getIntent()).isEqualTo(MedicationRequest.MedicationRequestIntent.PLAN));
        Bundle with = fetch(sandbox, Params.patient(RICH).area("includeMedication", "includePrescriptionIssues", Params.bool(true)));
        assertThat(Fhir.all(with, MedicationRequest.class))
                .anySatisfy(r -> assertThat(r.getIntent()).isEqualTo(MedicationRequest.MedicationRequestIntent.ORDER));
    }

    @Test
    void problemsFilterStatus(Sandbox sandbox) {
        List<Resource> inactive = entries(fetch(sandbox, Params.patient(RICH).area("includeProblems", "filterStatus", Params.code("inactive"))), "717711000000103");
        assertThat(inactive).hasSize(1).allSatisfy(r -> assertThat(((Condition) r).getClinicalStatus().toCode()).isEqualTo("inactive"));
        List<Resource> active = entries(fetch(sandbox, Params.patient(RICH).area("includeProblems", "filterStatus", Params.code("active"))), "717711000000103");
        assertThat(active).hasSize(3).allSatisfy(r -> assertThat(((Condition) r).getClinicalStatus().toCode()).isEqualTo("active"));
    }

    @Test
    void immunisations_notGivenAndStatusParts(Sandbox sandbox) {
        List<Resource> defaults = entries(fetch(sandbox, Params.patient(RICH).area("includeImmunisations")), "1102181000000102");
        assertThat(defaults).filteredOn(Immunization.class::isInstance).hasSize(2)
                .allSatisfy(r -> assertThat(((Immunization) r).getNotGiven()).isFalse());
        assertThat(defaults).filteredOn(Observation.class::isInstance).hasSize(1);
        List<Resource> widest = entries(fetch(sandbox, Params.patient(RICH).area("includeImmunisations",
                "includeNotGiven", Params.bool(true), "includeStatus", Params.bool(false))), "1102181000000102");
        assertThat(widest).hasSize(3).allSatisfy(r -> assertThat(r).isInstanceOf(Immunization.class));
    }

    @Test
    void uncategorisedPeriod_keepsUndatedItems(Sandbox sandbox) {
        List<Resource> recent = entries(fetch(sandbox, Params.patient(RICH).area("includeUncategorisedData",
                "uncategorisedDataSearchPeriod", Params.period(T.minusDays(20), T))), "826501000000100");
        assertThat(recent).hasSize(5);
        assertThat(recent).anySatisfy(r -> assertThat(((Observation) r).hasEffective()).isFalse());
        List<Resource> yearOnly = entries(fetch(sandbox, Params.patient(RICH).area("includeUncategorisedData",
                "uncategorisedDataSearchPeriod", Params.period(LocalDate.of(T.getYear() - 20, 6, 1), LocalDate.of(T.getYear() - 20, 6, 30)))),
                "826501000000100");
        assertThat(yearOnly).hasSize(2);
    }

    @Test
    void investigationReferralAndDiaryFilters(Sandbox sandbox) {
        assertThat(entries(fetch(sandbox, Params.patient(RICH).area("includeInvestigations",
                "investigationSearchPeriod", Params.period(T.minusDays(40), T))), "887191000000108")).hasSize(1);
        assertThat(entries(fetch(sandbox, Params.patient(RICH).area("includeReferrals",
                "referralSearchPeriod", Params.period(T.minusDays(60), null))), "792931000000107")).hasSize(1);
        assertThat(entries(fetch(sandbox, Params.patient(RICH).area("includeDiaryEntries",
                "diaryEntriesSearchDate", Params.date(T.plusDays(90)))), "714311000000108")).hasSize(2);
        assertThat(entries(fetch(sandbox, Params.patient(RICH).area("includeDiaryEntries")), "714311000000108")).hasSize(3);
    }
}
