package dev.carerecord.sdk.gpconnect.internal.mapping;

import static dev.carerecord.sdk.gpconnect.internal.mapping.TestBundles.entry;
import static dev.carerecord.sdk.gpconnect.internal.mapping.TestBundles.json;
import static dev.carerecord.sdk.gpconnect.internal.mapping.TestBundles.map;
import static org.assertj.core.api.Assertions.assertThat;

import dev.carerecord.sdk.gpconnect.ClinicalArea;
import dev.carerecord.sdk.gpconnect.internal.fhir.Stu3Fhir;
import dev.carerecord.sdk.model.GpPractice;
import dev.carerecord.sdk.model.MappingIssue;
import org.junit.jupiter.api.Test;

/**
 * When {@code Patient.generalPractitioner} names no practice, the practice the request was routed to wins over
 * {@code managingOrganization}, which is the organisation serving the request and may be a hub (spec section 7).
 */
class ServingOrganisationTest {
    private static final String PATIENT_SERVED_BY = """
            {"resourceType": "Patient", "id": "p1",
             "identifier": [{"system": "https://fhir.nhs.uk/Id/nhs-number", "value": "9434765919"}],
             "managingOrganization": {"reference": "Organization/%s"}}""";

    private static String organisation(String id, String ods, String name) {
        return entry("""
                {"resourceType": "Organization", "id": "%s",
                 "identifier": [{"system": "https://fhir.nhs.uk/Id/ods-organization-code", "value": "%s"}],
                 "name": "%s"}""".formatted(id, ods, name));
    }

    private static StructuredRecordMapping mapWith(String managing, String... organisations) {
        String[] entries = new String[organisations.length + 1];
        entries[0] = entry(PATIENT_SERVED_BY.formatted(managing));
        System.arraycopy(organisations, 0, entries, 1, organisations.length);
        return map(Stu3Fhir.parseBundle(json(entries)), ClinicalArea.ALLERGIES);
    }

    private static boolean guessed(StructuredRecordMapping mapping) {
        return mapping.recordIssues().stream().map(MappingIssue::reason)
                .anyMatch(r -> r.contains("managingOrganization was taken"));
    }

    @Test
    void hubServingTheRequest_isNotTakenForThePractice_whenTheRoutedPracticeIsInTheBundle() {
        StructuredRecordMapping mapping = mapWith("hub", organisation("hub", "Y12345", "Federation Hub"),
                organisation("o1", "A20047", "Example Surgery"));

        GpPractice practice = mapping.record().gpPractice().orElseThrow();
        assertThat(practice.odsCode()).contains("A20047");
        assertThat(practice.name()).contains("Example Surgery");
        assertThat(guessed(mapping)).isFalse();
    }

    @Test
    void managingOrganisationThatIsTheRoutedPractice_isTaken_withoutAnIssue() {
        StructuredRecordMapping mapping = mapWith("o1", organisation("o1", "A20047", "Example Surgery"));

        assertThat(mapping.record().gpPractice().flatMap(GpPractice::odsCode)).contains("A20047");
        assertThat(guessed(mapping)).isFalse();
    }

    @Test
    void onlyTheServingOrganisation_isTakenAsAGuess_andSaysSo() {
        StructuredRecordMapping mapping = mapWith("hub", organisation("hub", "Y12345", "Federation Hub"));

        assertThat(mapping.record().gpPractice().flatMap(GpPractice::odsCode)).contains("Y12345");
        assertThat(guessed(mapping)).isTrue();
    }
}
