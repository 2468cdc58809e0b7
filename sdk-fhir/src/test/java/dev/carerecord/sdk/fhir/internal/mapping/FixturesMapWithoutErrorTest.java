package dev.carerecord.sdk.fhir.internal.mapping;

import dev.carerecord.sdk.fhir.pds.PdsPatient;
import dev.carerecord.sdk.fhir.pds.PdsSearchResult;
import static org.assertj.core.api.Assertions.assertThat;

import dev.carerecord.sdk.model.CareRecord;
import dev.carerecord.sdk.model.SectionKind;
import dev.carerecord.sdk.testing.SharedFixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every UK Core, IPS and PDS fixture maps without an exception, and maps to something. */
class FixturesMapWithoutErrorTest {

    static Stream<Path> ukCoreFiles() {
        return SharedFixtures.jsonFiles("ukcore").stream();
    }

    static Stream<Path> ipsFiles() {
        return SharedFixtures.jsonFiles("ips").stream();
    }

    static Stream<Path> pdsPatientFiles() {
        return SharedFixtures.jsonFiles("pds/patient").stream();
    }

    static Stream<Path> pdsSearchFiles() {
        return SharedFixtures.jsonFiles("pds/search").stream();
    }

    @ParameterizedTest
    @MethodSource("ukCoreFiles")
    void ukCoreFixture_mapsWithoutException(Path file) {
        IBaseResource parsed = R4Fixtures.parse(file);
        MappedResources mapped = new UkCoreResourceMapper().map(R4Fixtures.resources(parsed), R4Fixtures.shcr());

        int entries = mapped.kindsWithEntries().stream().mapToInt(k -> mapped.entries(k).size()).sum();
        boolean supportingOnly = R4Fixtures.resources(parsed).stream().allMatch(r -> List.of("Patient",
                "Organization", "Medication", "Practitioner", "PractitionerRole", "List").contains(r.fhirType()));
        assertThat(entries > 0 || supportingOnly).as("%s maps to at least one entry", file.getFileName()).isTrue();
        assertThat(mapped.unplacedIssues()).isEmpty();
        for (SectionKind kind : mapped.kindsWithEntries()) {
            assertThat(mapped.section(kind, SectionRetrieval.answered()).entries()).isNotEmpty();
        }
        if (parsed instanceof Patient patient) {
            assertThat(new UkCoreResourceMapper().patientContacts(patient, List.of(), R4Fixtures.shcr()))
                    .hasSize(patient.getContact().size());
        }
    }

    @ParameterizedTest
    @MethodSource("ipsFiles")
    void ipsFixture_mapsToACareRecord(Path file) {
        Bundle bundle = (Bundle) R4Fixtures.parse(file);

        CareRecord record = new IpsDocumentMapper().map(bundle, R4Fixtures.ips());

        assertThat(record.sections()).hasSize(SectionKind.values().length);
        assertThat(record.patient().names()).isNotEmpty();
        assertThat(record.sources()).hasSize(1);
    }

    @ParameterizedTest
    @MethodSource("pdsPatientFiles")
    void pdsPatientFixture_maps(Path file) {
        Patient patient = (Patient) R4Fixtures.parse(file);
        String requested = file.getFileName().toString().replaceAll("\\D", "");

        PdsPatient mapped = new PdsPatientMapper().map(patient, requested, R4Fixtures.pds());

        assertThat(mapped.id()).isEqualTo(requested);
        assertThat(mapped.superseded()).isFalse();
        assertThat(mapped.demographics().identifiers()).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("pdsSearchFiles")
    void pdsSearchFixture_maps(Path file) {
        IBaseResource parsed = R4Fixtures.parse(file);

        if (parsed instanceof Patient patient) {
            assertThat(new PdsPatientMapper().map(patient, null, R4Fixtures.pds()).id()).isNotEmpty();
            return;
        }
        PdsSearchResult result = new PdsSearchMapper().map(parsed, R4Fixtures.pds());

        assertThat(result).isNotInstanceOf(PdsSearchResult.Unexpected.class);
        if (parsed instanceof Bundle bundle) {
            assertThat(result).isInstanceOf(PdsSearchResult.Matches.class);
            assertThat(((PdsSearchResult.Matches) result).matches()).hasSize(bundle.getEntry().size());
        }
    }
}
