package dev.carerecord.sdk.gpconnect.internal.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carerecord.sdk.model.CareRecord;
import dev.carerecord.sdk.model.SectionStatus;
import dev.carerecord.sdk.model.WarningKind;
import dev.carerecord.sdk.model.entry.DocumentEntry;
import org.hl7.fhir.dstu3.model.Bundle;
import org.hl7.fhir.dstu3.model.Resource;
import org.junit.jupiter.api.Test;

/**
 * The two large full-record examples. Expected counts come from the Bundles' own resource counts: every clinical
 * resource is one entry (ended allergies are contained in their List), except the test request summaries, which
 * are folded into their DiagnosticReports.
 */
class LargeBundleTest {

    @Test
    void consumerMock_everyClinicalResourceMappedOnce() {
        Bundle bundle = StructuredFixtures.bundle("gpc-consumer-mock-accessRecordStructured.json");
        StructuredRecordMapping mapping = StructuredFixtures.map(bundle,
                dev.carerecord.sdk.gpconnect.ClinicalArea.values());
        CareRecord record = mapping.record();

        assertThat(count(bundle, "MedicationStatement")).isEqualTo(10);
        assertThat(count(bundle, "MedicationRequest")).isEqualTo(69);
        assertThat(record.medications().entries()).hasSize(10 + 69);
        assertThat(record.problems().entries().size() + record.pastProblems().entries().size())
                .isEqualTo(count(bundle, "Condition")).isEqualTo(10);
        assertThat(record.encounters().entries()).hasSize(3);
        assertThat(record.allergies().entries()).hasSize(2);
        assertThat(record.immunisations().entries()).hasSize(1);
        assertThat(record.referrals().entries()).hasSize(2);
        assertThat(record.documents().entries()).hasSize(1);
        // 70 Observations: 22 results entries are 2 reports, 1 filing comment, 1 test group and 18 results
        assertThat(count(bundle, "Observation")).isEqualTo(70);
        assertThat(record.results().entries()).hasSize(22);
        assertThat(record.vitalSigns().entries().size() + record.observations().entries().size()
                + record.results().entries().size() - count(bundle, "DiagnosticReport")).isEqualTo(70);
        assertThat(record.plannedActions().entries()).as("both ProcedureRequests are test request summaries")
                .isEmpty();
        int clinical = 10 + 69 + 10 + 3 + 2 + 1 + 2 + 1 + 70 + count(bundle, "DiagnosticReport");
        assertThat(mapping.entriesMapped()).isEqualTo(clinical).isEqualTo(170);
        assertThat(count(bundle, "ProcedureRequest")).isEqualTo(2);

        assertThat(record.medications().hasWarning(WarningKind.CONFIDENTIAL_ITEMS_EXCLUDED)).isTrue();
        assertThat(record.medications().warnings()).anySatisfy(w -> {
            assertThat(w.sourceCode()).contains("confidential-items");
            assertThat(w.text()).contains("Items excluded due to confidentiality and/or patient preferences.");
        });
        DocumentEntry document = (DocumentEntry) record.documents().entries().get(0);
        assertThat(document.url()).contains(
                "https://provider.nhs.uk/B82617/STU3/1/gpconnect/documents/fhir/Binary/07a6483f-732b-461e-86b6-edb665c45510");
        assertThat(document.sizeBytes()).contains(13L);
        assertThat(record.documents().status()).isEqualTo(SectionStatus.POPULATED);
        assertThat(record.documents().hasWarning(WarningKind.TRUNCATED)).isTrue();
        assertThat(record.documents().mappingIssues()).singleElement().satisfies(issue -> assertThat(issue.reason())
                .isEqualTo("unresolved reference Organization/5E496953-065B-41F2-9577-BE8F2FBD0757"));
        assertThat(mapping.issueCount()).isEqualTo(14);
    }

    @Test
    void demonstrator_everyClinicalResourceMappedOnce() {
        Bundle bundle = StructuredFixtures.bundle("demonstrator-9690937286.json");
        StructuredRecordMapping mapping = StructuredFixtures.map(bundle,
                dev.carerecord.sdk.gpconnect.ClinicalArea.values());
        CareRecord record = mapping.record();

        assertThat(record.medications().entries()).hasSize(count(bundle, "MedicationStatement")
                + count(bundle, "MedicationRequest")).hasSize(79);
        assertThat(record.problems().entries()).hasSize(10);
        assertThat(record.results().entries()).hasSize(22);
        assertThat(record.vitalSigns().entries()).hasSize(10);
        assertThat(record.observations().entries()).hasSize(40);
        assertThat(record.documents().status()).isEqualTo(SectionStatus.NOT_REQUESTED);
        assertThat(mapping.entriesMapped()).isEqualTo(169);
        assertThat(record.sources().get(0).message()).contains("169 entries mapped; 11 mapping issues; "
                + "0 issues reported by the source");
    }

    private static int count(Bundle bundle, String type) {
        int n = 0;
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            Resource resource = entry.getResource();
            if (resource != null && resource.fhirType().equals(type)) {
                n++;
            }
        }
        return n;
    }
}
