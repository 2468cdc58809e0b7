package dev.carerecord.sdk.gpconnect.internal.mapping;

import dev.carerecord.sdk.gpconnect.ClinicalArea;
import dev.carerecord.sdk.gpconnect.internal.fhir.Stu3Fhir;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.hl7.fhir.dstu3.model.Bundle;

/**
 * Builds small Access Record Structured Bundles as JSON text for tolerance tests, then parses them with the
 * lenient parser exactly as a response would be. The patient and practice are synthetic.
 */
final class TestBundles {
    static final String PATIENT = """
            {"resource": {"resourceType": "Patient", "id": "p1",
              "identifier": [{"system": "https://fhir.nhs.uk/Id/nhs-number", "value": "9434765919"}],
              "name": [{"use": "official", "family": "Example", "given": ["Alex"]}],
              "generalPractitioner": [{"reference": "Organization/o1"}]}}""";
    static final String PRACTICE = """
            {"resource": {"resourceType": "Organization", "id": "o1",
              "identifier": [{"system": "https://fhir.nhs.uk/Id/ods-organization-code", "value": "A20047"}],
              "name": "Example Surgery"}}""";
    static final String GP = """
            {"resource": {"resourceType": "Practitioner", "id": "pr1",
              "identifier": [{"system": "https://fhir.nhs.uk/Id/sds-user-id", "value": "G1234567"}],
              "name": [{"family": "Doctor", "given": ["Dana"], "prefix": ["Dr"]}]}}""";

    private TestBundles() {
    }

    /** A Bundle JSON with these entries (each a {@code {"resource": ...}} object). */
    static String json(String... entries) {
        return "{\"resourceType\": \"Bundle\", \"type\": \"collection\", \"entry\": ["
                + Arrays.stream(entries).collect(Collectors.joining(",\n")) + "]}";
    }

    /** Patient, practice and GP, plus these entries, parsed leniently. */
    static Bundle withPatient(String... entries) {
        String[] all = new String[entries.length + 3];
        all[0] = PATIENT;
        all[1] = PRACTICE;
        all[2] = GP;
        System.arraycopy(entries, 0, all, 3, entries.length);
        return Stu3Fhir.parseBundle(json(all));
    }

    /** An entry wrapping one resource's JSON. */
    static String entry(String resourceJson) {
        return "{\"resource\": " + resourceJson + "}";
    }

    /** A primary List entry with this SNOMED code referencing these items. */
    static String list(String code, String... references) {
        String items = Arrays.stream(references).map(r -> "{\"item\": {\"reference\": \"" + r + "\"}}")
                .collect(Collectors.joining(","));
        return entry("{\"resourceType\": \"List\", \"status\": \"current\", \"mode\": \"snapshot\","
                + " \"code\": {\"coding\": [{\"system\": \"http://snomed.info/sct\", \"code\": \"" + code + "\"}]},"
                + " \"subject\": {\"reference\": \"Patient/p1\"}, \"entry\": [" + items + "]}");
    }

    /** Maps a Bundle as if these areas were requested. */
    static StructuredRecordMapping map(Bundle bundle, ClinicalArea... requested) {
        return StructuredFixtures.map(bundle, requested);
    }
}
