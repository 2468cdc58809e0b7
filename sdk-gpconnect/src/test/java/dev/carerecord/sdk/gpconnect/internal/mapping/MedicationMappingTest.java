package dev.carerecord.sdk.gpconnect.internal.mapping;

import static dev.carerecord.sdk.gpconnect.internal.mapping.StructuredFixtures.byResourceId;
import static dev.carerecord.sdk.gpconnect.internal.mapping.StructuredFixtures.entries;
import static org.assertj.core.api.Assertions.assertThat;

import dev.carerecord.sdk.gpconnect.ClinicalArea;
import dev.carerecord.sdk.model.CareRecord;
import dev.carerecord.sdk.model.SectionKind;
import dev.carerecord.sdk.model.SectionStatus;
import dev.carerecord.sdk.model.entry.CourseOfTherapy;
import dev.carerecord.sdk.model.entry.MedicationEntry;
import dev.carerecord.sdk.model.entry.MedicationKind;
import dev.carerecord.sdk.model.value.Coding;
import dev.carerecord.sdk.model.value.PartialDateTime;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class MedicationMappingTest {
    private static final String REPEAT_STATEMENT = "791ceb40-db0a-491d-ab0f-22f5a08509fd";
    private static final String REPEAT_PLAN = "8e078d04-8312-433a-b6b4-46bf52542b0c";

    @Test
    void medsResponse_threeLevels_statementsAuthorisationsAndIssues() {
        CareRecord record = StructuredFixtures.map("meds_response.json", ClinicalArea.MEDICATIONS).record();
        List<MedicationEntry> meds = entries(record, SectionKind.MEDICATIONS, MedicationEntry.class);

        assertThat(record.medications().status()).isEqualTo(SectionStatus.POPULATED);
        assertThat(meds).filteredOn(m -> m.kind() == MedicationKind.STATEMENT).hasSize(3);
        assertThat(meds).filteredOn(m -> m.kind() == MedicationKind.AUTHORISATION).hasSize(3);
        assertThat(meds).filteredOn(m -> m.kind() == MedicationKind.ISSUE).hasSize(3);
        // the List order comes first: the three statements, in the List's order
        assertThat(meds.subList(0, 3)).extracting(m -> m.provenance().resourceId().orElseThrow())
                .containsExactly("6bff710a-0bdc-4c9b-b98b-40db0a107edc", "985eba1d-e4fd-41ad-90aa-f840dff453d9",
                        REPEAT_STATEMENT);
    }

    @Test
    void medsResponse_repeatMedication_dosageCourseAndItsTwoIssues() {
        CareRecord record = StructuredFixtures.map("meds_response.json", ClinicalArea.MEDICATIONS).record();
        List<MedicationEntry> meds = entries(record, SectionKind.MEDICATIONS, MedicationEntry.class);
        MedicationEntry statement = byResourceId(record, SectionKind.MEDICATIONS, MedicationEntry.class,
                REPEAT_STATEMENT);
        MedicationEntry plan = byResourceId(record, SectionKind.MEDICATIONS, MedicationEntry.class, REPEAT_PLAN);

        assertThat(statement.kind()).isEqualTo(MedicationKind.STATEMENT);
        assertThat(statement.dosageText()).contains("TAKE ONE DAILY");
        assertThat(statement.patientInstructions()).contains("INSTRUCTIONS FOR PATIENT");
        assertThat(statement.status()).contains("active");
        assertThat(statement.course()).isEqualTo(CourseOfTherapy.REPEAT);
        assertThat(statement.authorisationEntryId()).contains(plan.id());
        // last issue date comes through the hl7.org.uk spelling of the extension URL
        assertThat(statement.lastIssueDate()).contains(new PartialDateTime("2016-09-11"));
        assertThat(statement.prescribingAgency().map(a -> a.hasCode("prescribed-at-gp-practice"))).contains(true);
        assertThat(statement.effective().flatMap(p -> p.start())).contains(new PartialDateTime("2016-08-11"));
        assertThat(statement.provenance().recordedAt()).contains(new PartialDateTime("2016-08-11"));
        assertThat(statement.medication().snomed().flatMap(Coding::code)).contains("319773006");
        assertThat(statement.medication().coding(Stu3Values.DESCRIPTION_ID_SYSTEM).flatMap(Coding::display))
                .contains("Aspirin 75mg dispersible tablet");
        assertThat(statement.notes()).containsExactly("SOME NOTES");

        assertThat(plan.kind()).isEqualTo(MedicationKind.AUTHORISATION);
        assertThat(plan.course()).isEqualTo(CourseOfTherapy.REPEAT);
        assertThat(plan.dosageText()).contains("TAKE ONE 3 TIMES/DAY");
        assertThat(plan.repeatsAllowed()).contains(5);
        assertThat(plan.repeatsIssued()).contains(2);
        assertThat(plan.quantityText()).contains("quantity varies dependent on schedule");
        assertThat(plan.statementEntryId()).contains(statement.id());
        assertThat(plan.authoredOn()).contains(new PartialDateTime("2016-08-11"));

        List<MedicationEntry> issues = meds.stream()
                .filter(m -> m.kind() == MedicationKind.ISSUE)
                .filter(m -> m.authorisationEntryId().filter(plan.id()::equals).isPresent()).toList();
        assertThat(issues).hasSize(2);
        assertThat(issues).allSatisfy(issue -> {
            assertThat(issue.statementEntryId()).contains(statement.id());
            assertThat(issue.course()).isEqualTo(CourseOfTherapy.REPEAT);
        });
        assertThat(issues).extracting(i -> i.authoredOn().orElseThrow().value())
                .containsExactlyInAnyOrder("2016-08-11", "2016-09-11");
    }

    @Test
    void medsResponse_acutePlanQuantity_andRecorderFromPractitionerRole() {
        CareRecord record = StructuredFixtures.map("meds_response.json", ClinicalArea.MEDICATIONS).record();
        MedicationEntry acute = byResourceId(record, SectionKind.MEDICATIONS, MedicationEntry.class,
                "686f3293-b166-4ea8-9951-df262c49a43a");

        assertThat(acute.course()).isEqualTo(CourseOfTherapy.ACUTE);
        assertThat(acute.quantity().flatMap(q -> q.value())).contains(new BigDecimal("28"));
        assertThat(acute.quantity().flatMap(q -> q.unit())).contains("capsules");
        assertThat(acute.effective().flatMap(p -> p.start())).contains(new PartialDateTime("2016-05-10"));
        assertThat(acute.provenance().recorder().flatMap(a -> a.name())).contains("Miss Nichole Gilbert");
        // two plans share one business identifier in this example: ids fall back to resource ids, reported
        assertThat(record.medications().mappingIssues()).anySatisfy(issue -> assertThat(issue.reason())
                .contains("business identifier shared"));
    }

    @Test
    void consultationsResponse1_flatConsultationMedication_isInTheMedicationsSectionOnce() {
        CareRecord record = StructuredFixtures.map("consultations_response1.json", ClinicalArea.CONSULTATIONS,
                ClinicalArea.PROBLEMS, ClinicalArea.MEDICATIONS, ClinicalArea.UNCATEGORISED).record();
        List<MedicationEntry> meds = entries(record, SectionKind.MEDICATIONS, MedicationEntry.class);

        // 5 MedicationStatements and 10 MedicationRequests, most reachable only through consultations
        assertThat(meds).hasSize(15);
        MedicationEntry order = byResourceId(record, SectionKind.MEDICATIONS, MedicationEntry.class,
                "Consultation1-Topic3-flat-Medication-Order-1");
        MedicationEntry plan = byResourceId(record, SectionKind.MEDICATIONS, MedicationEntry.class,
                "Consultation1-Topic3-flat-Medication-Plan-1");
        assertThat(order.kind()).isEqualTo(MedicationKind.ISSUE);
        assertThat(order.authorisationEntryId()).contains(plan.id());
        assertThat(plan.quantityText()).contains("tablet(s)");
        assertThat(plan.effective().flatMap(p -> p.end())).contains(new PartialDateTime("2019-04-25"));
    }
}
