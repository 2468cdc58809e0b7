package dev.carerecord.sdk.gpconnect.internal.mapping;

import static dev.carerecord.sdk.gpconnect.internal.mapping.StructuredFixtures.byResourceId;
import static dev.carerecord.sdk.gpconnect.internal.mapping.StructuredFixtures.entries;
import static org.assertj.core.api.Assertions.assertThat;

import dev.carerecord.sdk.gpconnect.ClinicalArea;
import dev.carerecord.sdk.model.CareRecord;
import dev.carerecord.sdk.model.SectionKind;
import dev.carerecord.sdk.model.SectionStatus;
import dev.carerecord.sdk.model.WarningKind;
import dev.carerecord.sdk.model.entry.ObservationComponent;
import dev.carerecord.sdk.model.entry.ObservationEntry;
import dev.carerecord.sdk.model.entry.ObservationKind;
import dev.carerecord.sdk.model.entry.ReferralEntry;
import dev.carerecord.sdk.model.value.Coding;
import dev.carerecord.sdk.model.value.Identifier;
import dev.carerecord.sdk.model.value.PartialDateTime;
import dev.carerecord.sdk.model.value.Quantity;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ObservationsReferralsDiaryTest {

    @Test
    void uncategorisedResponse1_vitalSignsByCode_andNoOtherObservations() {
        CareRecord record = StructuredFixtures.map("uncategorised_response1.json", ClinicalArea.UNCATEGORISED)
                .record();
        List<ObservationEntry> vitals = entries(record, SectionKind.VITAL_SIGNS, ObservationEntry.class);

        assertThat(record.vitalSigns().status()).isEqualTo(SectionStatus.POPULATED);
        assertThat(record.observations().status()).isEqualTo(SectionStatus.NONE_KNOWN);
        assertThat(vitals).hasSize(3).allSatisfy(v -> assertThat(v.kind()).isEqualTo(ObservationKind.VITAL_SIGN));
        ObservationEntry temperature = vitals.get(0);
        assertThat(temperature.code().hasCode("703421000")).isTrue();
        assertThat(temperature.value().flatMap(v -> v.quantity()).flatMap(Quantity::value))
                .contains(new BigDecimal("36.7"));
        assertThat(temperature.value().flatMap(v -> v.quantity()).flatMap(Quantity::code)).contains("Cel");
        assertThat(temperature.effective()).contains(new PartialDateTime("2019-03-28T10:30:00+00:00"));
        // description id through the http:// spelling of the extension URL, lower-case "descriptionDisplay"
        assertThat(temperature.code().coding(Stu3Values.DESCRIPTION_ID_SYSTEM).flatMap(Coding::code))
                .contains("3008650016");
        // " 86290005" (leading space in the example) is still recognised as respiratory rate
        assertThat(vitals.get(2).code().hasCode("86290005")).isTrue();
    }

    @Test
    void consultationsResponse1_bloodPressure_twoComponents() {
        // the blood pressure with components is in consultations_response1.json (uncategorised_response1.json
        // has temperature, oxygen saturation and respiratory rate only)
        CareRecord record = StructuredFixtures.map("consultations_response1.json", ClinicalArea.CONSULTATIONS,
                ClinicalArea.UNCATEGORISED).record();
        ObservationEntry bp = byResourceId(record, SectionKind.VITAL_SIGNS, ObservationEntry.class,
                "Consultation1-Topic3-flat-Observation-2");

        assertThat(bp.code().hasCode("163020007")).isTrue();
        assertThat(bp.value()).isEmpty();
        List<ObservationComponent> parts = bp.components();
        assertThat(parts).hasSize(2);
        assertThat(parts.get(0).code().hasCode("163030003")).isTrue();
        assertThat(parts.get(0).code().text()).contains("O/E Systolic BP reading");
        assertThat(parts.get(0).value().orElseThrow().display()).isEqualTo("130 mm[Hg]");
        assertThat(parts.get(1).code().hasCode("163031004")).isTrue();
        assertThat(parts.get(1).value().orElseThrow().display()).isEqualTo("72 mm[Hg]");
        // its code's description-id extension uses the misspelt "sctdecsid" URL, and is still read
        assertThat(bp.code().coding(Stu3Values.DESCRIPTION_ID_SYSTEM).flatMap(Coding::code)).contains("254063019");
        ObservationEntry home = byResourceId(record, SectionKind.OBSERVATIONS, ObservationEntry.class,
                "Consultation1-Topic3-flat-Observation-1");
        assertThat(home.notes()).containsExactly("average 150/90 last six weeks");
    }

    @Test
    void referralsResponse1_ubrnRecipientsReasonsAndTheLegacyListCode() {
        StructuredRecordMapping mapping = StructuredFixtures.map("referrals_response1.json", ClinicalArea.REFERRALS);
        CareRecord record = mapping.record();
        ReferralEntry legs = byResourceId(record, SectionKind.REFERRALS, ReferralEntry.class,
                "Consultation1-Topic5-Category-Plan-ReferralRequest-1");

        assertThat(record.referrals().status()).isEqualTo(SectionStatus.POPULATED);
        assertThat(record.referrals().entries()).hasSize(2);
        assertThat(legs.provenance().businessIdentifiers())
                .contains(Identifier.of("https://fhir.nhs.uk/Id/UBRN", "bb2378b6-dde2-11e9-9d36-2a2ae2dbcce4"));
        assertThat(legs.priority()).contains("routine");
        assertThat(legs.intent()).contains("order");
        assertThat(legs.status()).contains("unknown");
        assertThat(legs.recipients()).containsExactly("Dr Dave");
        assertThat(legs.reasons()).singleElement().satisfies(r -> assertThat(r.hasCode("308447003")).isTrue());
        assertThat(legs.description()).contains("Referral due to swollen legs");
        assertThat(legs.authoredOn()).contains(new PartialDateTime("2019-03-28T10:30:00+00:00"));
        assertThat(record.referrals().mappingIssues()).anySatisfy(issue -> assertThat(issue.reason())
                .isEqualTo("unresolved reference Practitioner/bb2379f6-dde2-11e9-9d36-2a2ae2dbcce4"));
    }

    @Test
    void diaryEntriesResponse1_unwrappedEntries_areReported_andTheSectionIsNotNoneKnown() {
        StructuredRecordMapping mapping = StructuredFixtures.map("diaryentries_response1.json",
                ClinicalArea.DIARY_ENTRIES);
        CareRecord record = mapping.record();

        // both diary ProcedureRequests sit directly in "entry" without "resource": the parser cannot see them
        assertThat(mapping.recordIssues()).filteredOn(i -> i.reason().contains("has no resource")).hasSize(2);
        assertThat(record.plannedActions().status()).isEqualTo(SectionStatus.NONE_RETURNED);
        assertThat(record.plannedActions().hasWarning(WarningKind.UNMAPPED_ITEMS)).isTrue();
        assertThat(record.plannedActions().mappingIssues()).extracting(i -> i.reason()).contains(
                "unresolved reference ProcedureRequest/eba25af1-5b74-4790-aa5a-2134fd27ad45 in a List entry",
                "unresolved reference ProcedureRequest/eba25af1-5b74-4790-aa5a-2134fd57ad45 in a List entry");
        // the problem that arrived with them is kept, flagged as partial (problems were not requested)
        assertThat(record.problems().status()).isEqualTo(SectionStatus.POPULATED);
        assertThat(record.problems().hasWarning(WarningKind.TRUNCATED)).isTrue();
    }
}
