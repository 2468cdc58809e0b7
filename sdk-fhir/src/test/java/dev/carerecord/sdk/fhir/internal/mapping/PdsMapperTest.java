package dev.carerecord.sdk.fhir.internal.mapping;

import dev.carerecord.sdk.fhir.pds.PdsPatient;
import dev.carerecord.sdk.fhir.pds.GpRegistration;
import dev.carerecord.sdk.fhir.pds.PdsSearchResult;
import static org.assertj.core.api.Assertions.assertThat;

import dev.carerecord.sdk.model.Gender;
import dev.carerecord.sdk.model.provenance.Confidentiality;
import dev.carerecord.sdk.model.value.Coding;
import dev.carerecord.sdk.model.value.PartialDateTime;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;

/** PDS patients and searches, from the PDS sandbox payloads and hand-built cases. */
class PdsMapperTest {

    private static PdsPatientMapper mapperOn(String isoInstant) {
        return new PdsPatientMapper(Clock.fixed(Instant.parse(isoInstant), ZoneId.of("UTC")));
    }

    private static Patient janeSmith() {
        return R4Fixtures.parse("pds/patient/patient_9000000009.json", Patient.class);
    }

    @Test
    void patient9000000009_demographicsVerificationAndVersion() {
        PdsPatient jane = mapperOn("2021-06-01T12:00:00Z").map(janeSmith(), "9000000009", R4Fixtures.pds());

        assertThat(jane.id()).isEqualTo("9000000009");
        assertThat(jane.demographics().nhsNumber().orElseThrow().value()).isEqualTo("9000000009");
        assertThat(jane.demographics().nhsNumberVerification().flatMap(Coding::code)).contains("01");
        assertThat(jane.demographics().sourceVersionId()).contains("2");
        assertThat(jane.demographics().confidentiality()).isEqualTo(Confidentiality.NORMAL);
        assertThat(jane.restricted()).isFalse();
        assertThat(jane.superseded()).isFalse();
        assertThat(jane.newNhsNumber()).isEmpty();
        assertThat(jane.demographics().names().get(0).display()).isEqualTo("Mrs Jane Smith");
        assertThat(jane.demographics().gender()).contains(Gender.FEMALE);
        assertThat(jane.demographics().birthDate()).contains(new PartialDateTime("2010-10-22"));
        assertThat(jane.demographics().deceasedAt()).contains(new PartialDateTime("2010-10-22T00:00:00+00:00"));
        assertThat(jane.demographics().addresses()).hasSize(2);
        assertThat(jane.demographics().telecoms()).hasSize(3);
        assertThat(jane.demographics().languages().get(0).hasCode("fr")).isTrue();
        assertThat(jane.demographics().interpreterRequired()).contains(true);
        assertThat(jane.deathNotificationStatus().orElseThrow().hasCode("2")).isTrue();
        assertThat(jane.deathNotificationDate()).contains(new PartialDateTime("2010-10-22T00:00:00+00:00"));
        assertThat(jane.demographics().provenance().orElseThrow().source().kind().name()).isEqualTo("PDS");
    }

    @Test
    void patient9000000009_gpY12345IsCurrentOnlyWithinItsRegistrationPeriod() {
        // The sandbox record's only GP, Y12345, has identifier.period 2020-01-01 to 2021-12-31.
        PdsPatient during = mapperOn("2021-06-01T12:00:00Z").map(janeSmith(), "9000000009", R4Fixtures.pds());
        PdsPatient lastDay = mapperOn("2021-12-31T23:30:00Z").map(janeSmith(), "9000000009", R4Fixtures.pds());
        PdsPatient after = mapperOn("2022-01-01T00:30:00Z").map(janeSmith(), "9000000009", R4Fixtures.pds());

        assertThat(during.currentGpOdsCode()).contains("Y12345");
        assertThat(during.currentGpPractice().flatMap(p -> p.odsCode())).contains("Y12345");
        assertThat(lastDay.currentGpOdsCode()).as("ends today (London time)").contains("Y12345");
        assertThat(after.currentGpOdsCode()).as("historic registrations are ignored").isEmpty();
        assertThat(after.currentGpPractice()).isEmpty();
        assertThat(after.gpRegistrations()).singleElement().satisfies(r -> {
            assertThat(r.odsCode()).isEqualTo("Y12345");
            assertThat(r.current()).isFalse();
            assertThat(r.period().orElseThrow().end()).contains(new PartialDateTime("2021-12-31"));
        });
    }

    @Test
    void patient9000000009_onTodaysDateTheSandboxGpHasEnded() {
        PdsPatient jane = new PdsPatientMapper().map(janeSmith(), "9000000009", R4Fixtures.pds());

        assertThat(jane.currentGpOdsCode()).isEmpty();
        assertThat(jane.gpRegistrations()).hasSize(1);
    }

    @Test
    void currentGp_isTheOneWithoutAnEndAmongHistoricOnes() {
        Patient patient = new Patient();
        patient.setId("9000000009");
        patient.addGeneralPractitioner().getIdentifier().setSystem("https://fhir.nhs.uk/Id/ods-organization-code")
                .setValue("A11111").getPeriod().setStartElement(new org.hl7.fhir.r4.model.DateTimeType("2001-01-01"))
                .setEndElement(new org.hl7.fhir.r4.model.DateTimeType("2005-02-03"));
        patient.addGeneralPractitioner().getIdentifier().setSystem("https://fhir.nhs.uk/Id/ods-organization-code")
                .setValue("B22222").getPeriod().setStartElement(new org.hl7.fhir.r4.model.DateTimeType("2005-02-04"));

        PdsPatient mapped = mapperOn("2025-01-01T00:00:00Z").map(patient, "9000000009", R4Fixtures.pds());

        assertThat(mapped.currentGpOdsCode()).contains("B22222");
        assertThat(mapped.gpRegistrations()).extracting(GpRegistration::current).containsExactly(false, true);
    }

    @Test
    void patient9000000025_isRestrictedAndDeceasedWithNoLocationData() {
        PdsPatient janet = new PdsPatientMapper().map(
                R4Fixtures.parse("pds/patient/patient_9000000025.json", Patient.class), "9000000025", R4Fixtures.pds());

        assertThat(janet.restricted()).isTrue();
        assertThat(janet.demographics().confidentiality()).isEqualTo(Confidentiality.RESTRICTED);
        assertThat(janet.demographics().isRestricted()).isTrue();
        assertThat(janet.demographics().addresses()).isEmpty();
        assertThat(janet.demographics().telecoms()).isEmpty();
        assertThat(janet.gpRegistrations()).isEmpty();
        assertThat(janet.currentGpOdsCode()).isEmpty();
        assertThat(janet.demographics().deceased()).isTrue();
        assertThat(janet.demographics().names().get(0).suffix()).containsExactly("MBE");
        assertThat(janet.deathNotificationStatus()).isPresent();
    }

    @Test
    void readOfAnOldNumber_answeredWithAnotherRecord_isSuperseded() {
        Patient patient = new Patient();
        patient.setId("9000000009");
        patient.addIdentifier().setSystem("https://fhir.nhs.uk/Id/nhs-number").setValue("9000000009");
        patient.setGender(Enumerations.AdministrativeGender.FEMALE);

        PdsPatient mapped = new PdsPatientMapper().map(patient, "9000000017", R4Fixtures.pds());

        assertThat(mapped.superseded()).isTrue();
        assertThat(mapped.newNhsNumber().orElseThrow().value()).isEqualTo("9000000009");
        assertThat(mapped.id()).isEqualTo("9000000009");
    }

    @Test
    void readWithSpacedNumber_isNotSuperseded() {
        PdsPatient mapped = new PdsPatientMapper().map(janeSmith(), "900 000 0009", R4Fixtures.pds());

        assertThat(mapped.superseded()).isFalse();
    }

    @Test
    void tooManyMatches_isATypedResult() {
        PdsSearchResult result = new PdsSearchMapper().map(
                R4Fixtures.parse("pds/search/TOO_MANY_MATCHES.json"), R4Fixtures.pds());

        assertThat(result).isInstanceOf(PdsSearchResult.TooManyMatches.class);
        var issue = ((PdsSearchResult.TooManyMatches) result).issues().get(0);
        assertThat(issue.code()).contains("TOO_MANY_MATCHES");
        assertThat(issue.type()).isEqualTo("multiple-matches");
        assertThat(issue.severity()).isEqualTo("information");
        assertThat(issue.text()).contains("Too Many Matches");
    }

    @Test
    void otherOperationOutcome_isAnOutcomeNotTooManyMatches() {
        PdsSearchResult result = new PdsSearchMapper().map(
                R4Fixtures.parse("pds/errors/INVALID_SEARCH_DATA.json", OperationOutcome.class), R4Fixtures.pds());

        assertThat(result).isInstanceOf(PdsSearchResult.Outcome.class);
        assertThat(((PdsSearchResult.Outcome) result).issues()).isNotEmpty();
    }

    @Test
    void searchset_givesEachMatchWithItsScore() {
        PdsSearchResult result = new PdsSearchMapper().map(
                R4Fixtures.parse("pds/search/pauline_attison_searchset.json", Bundle.class), R4Fixtures.pds());

        var matches = (PdsSearchResult.Matches) result;
        assertThat(matches.total()).contains(2);
        assertThat(matches.matches()).extracting(m -> m.patient().id()).containsExactly("9693633148", "9693633121");
        assertThat(matches.matches()).extracting(m -> m.score().orElseThrow())
                .containsExactly(new BigDecimal("0.9317"), new BigDecimal("0.9077"));
        assertThat(matches.matches()).allSatisfy(m -> assertThat(m.patient().superseded()).isFalse());
    }

    @Test
    void restrictedSearchResult_isFlagged() {
        var matches = (PdsSearchResult.Matches) new PdsSearchMapper().map(
                R4Fixtures.parse("pds/search/Sensitive_PatientSearch.json", Bundle.class), R4Fixtures.pds());

        assertThat(matches.matches()).singleElement().satisfies(m -> assertThat(m.patient().restricted()).isTrue());
    }

    @Test
    void somethingElse_isUnexpectedNotAnException() {
        assertThat(new PdsSearchMapper().map(janeSmith(), R4Fixtures.pds()))
                .isEqualTo(new PdsSearchResult.Unexpected("Patient"));
        assertThat(new PdsSearchMapper().map(null, R4Fixtures.pds())).isInstanceOf(PdsSearchResult.Unexpected.class);
    }
}
