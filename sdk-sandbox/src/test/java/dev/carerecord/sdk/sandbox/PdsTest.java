package dev.carerecord.sdk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** PDS FHIR R4: read, restricted, superseded, errors, and search with scores and TOO_MANY_MATCHES. */
@ExtendWith(SandboxExtension.class)
class PdsTest {
    private static HttpResponse<String> pds(Sandbox sandbox, String pathAndQuery) {
        return Http.get(sandbox.urls().pds() + pathAndQuery, "X-Request-ID", UUID.randomUUID().toString());
    }

    private static Patient patient(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Fhir.strictR4().parseResource(Patient.class, response.body());
    }

    private static Bundle bundle(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Fhir.r4Bundle(response.body());
    }

    @Test
    void read_fullPatient_withVersionSecurityAndGp(Sandbox sandbox) {
        String requestId = UUID.randomUUID().toString();
        HttpResponse<String> response = Http.get(sandbox.urls().pds() + "/Patient/" + SandboxPatients.RICH.nhsNumber(),
                "X-Request-ID", requestId, "X-Correlation-ID", "corr-1");
        Patient p = patient(response);
        assertThat(p.getIdElement().getIdPart()).isEqualTo(SandboxPatients.RICH.nhsNumber());
        assertThat(p.getMeta().getVersionId()).isEqualTo("3");
        assertThat(response.headers().firstValue("ETag")).hasValue("W/\"3\"");
        assertThat(response.headers().firstValue("X-Request-ID")).hasValue(requestId);
        assertThat(response.headers().firstValue("X-Correlation-ID")).hasValue("corr-1");
        assertThat(p.getMeta().getSecurityFirstRep().getCode()).isEqualTo("U");
        assertThat(p.getIdentifierFirstRep().getExtensionFirstRep().getUrl()).endsWith("Extension-UKCore-NHSNumberVerificationStatus");
        assertThat(p.getGeneralPractitionerFirstRep().getIdentifier().getValue()).isEqualTo(SandboxOrganisations.PRACTICE_A.ods());
        assertThat(p.getGeneralPractitionerFirstRep().getIdentifier().getPeriod().hasStart()).isTrue();
        assertThat(p.getAddress()).isNotEmpty();
        assertThat(p.getTelecom()).isNotEmpty();
    }

    @Test
    void read_restrictedPatient_hasNoLocationData(Sandbox sandbox) {
        Patient p = patient(pds(sandbox, "/Patient/" + SandboxPatients.RESTRICTED.nhsNumber()));
        assertThat(p.getMeta().getSecurityFirstRep().getCode()).isEqualTo("R");
        assertThat(p.getAddress()).isEmpty();
        assertThat(p.getTelecom()).isEmpty();
        assertThat(p.getGeneralPractitioner()).isEmpty();
    }

    @Test
    void read_deceasedAndSuperseded(Sandbox sandbox) {
        assertThat(patient(pds(sandbox, "/Patient/" + SandboxPatients.DECEASED.nhsNumber())).hasDeceasedDateTimeType()).isTrue();
        Patient replaced = patient(pds(sandbox, "/Patient/" + SandboxPatients.SUPERSEDED.nhsNumber()));
        assertThat(replaced.getIdElement().getIdPart()).isEqualTo(SandboxPatients.MINIMAL.nhsNumber());
    }

    @Test
    void read_errors(Sandbox sandbox) {
        HttpResponse<String> unknown = pds(sandbox, "/Patient/" + SandboxPatients.UNKNOWN.nhsNumber());
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(Fhir.r4Code(unknown.body())).isEqualTo("RESOURCE_NOT_FOUND");
        HttpResponse<String> invalid = pds(sandbox, "/Patient/9990000019");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(Fhir.r4Code(invalid.body())).isEqualTo("INVALID_RESOURCE_ID");
        HttpResponse<String> noRequestId = Http.get(sandbox.urls().pds() + "/Patient/" + SandboxPatients.RICH.nhsNumber());
        assertThat(noRequestId.statusCode()).isEqualTo(400);
        assertThat(Fhir.r4Code(noRequestId.body())).isEqualTo("MISSING_VALUE");
        HttpResponse<String> badRequestId = Http.get(sandbox.urls().pds() + "/Patient/" + SandboxPatients.RICH.nhsNumber(),
                "X-Request-ID", "not-a-uuid");
        assertThat(badRequestId.statusCode()).isEqualTo(400);
        assertThat(Fhir.r4Code(badRequestId.body())).isEqualTo("INVALID_VALUE");
        HttpResponse<String> badAuth = Http.get(sandbox.urls().pds() + "/Patient/" + SandboxPatients.RICH.nhsNumber(),
                "X-Request-ID", UUID.randomUUID().toString(), "Authorization", "Basic abc");
        assertThat(badAuth.statusCode()).isEqualTo(401);
    }

    @Test
    void search_familyAndBirthdate_scoresAndSubset(Sandbox sandbox) {
        Bundle exact = bundle(pds(sandbox, "/Patient?family=Fernsby&given=Amelia&birthdate=eq1958-03-14"));
        assertThat(exact.getTotal()).isEqualTo(1);
        assertThat(exact.getEntryFirstRep().getSearch().getScore().doubleValue()).isEqualTo(1.0);
        assertThat(exact.getEntryFirstRep().getFullUrl()).endsWith("/Patient/" + SandboxPatients.RICH.nhsNumber());
        Bundle wildcard = bundle(pds(sandbox, "/Patient?family=Fer*&birthdate=ge1950-01-01&birthdate=le1960-01-01"));
        assertThat(wildcard.getTotal()).isEqualTo(2);
        assertThat(wildcard.getEntryFirstRep().getSearch().getScore().doubleValue()).isLessThan(1.0);
        Bundle exactOnly = bundle(pds(sandbox, "/Patient?family=Fer*&birthdate=ge1950-01-01&_exact-match=true"));
        assertThat(exactOnly.getTotal()).isZero();
    }

    @Test
    void search_tooManyMatches_isHttp200OperationOutcome(Sandbox sandbox) {
        HttpResponse<String> response = pds(sandbox, "/Patient?family=Fernsby&birthdate=ge1950-01-01&_max-results=1");
        assertThat(response.statusCode()).isEqualTo(200);
        OperationOutcome outcome = Fhir.strictR4().parseResource(OperationOutcome.class, response.body());
        assertThat(outcome.getIssueFirstRep().getDetails().getCodingFirstRep().getCode()).isEqualTo("TOO_MANY_MATCHES");
        assertThat(outcome.getIssueFirstRep().getCode().toCode()).isEqualTo("multiple-matches");
    }

    @Test
    void search_restrictedExcludedByPostcodeOrGp_historyAndFuzzy(Sandbox sandbox) {
        assertThat(bundle(pds(sandbox, "/Patient?family=Delacombe&birthdate=1985-11-30")).getTotal()).isEqualTo(1);
        assertThat(bundle(pds(sandbox, "/Patient?family=Delacombe&birthdate=1985-11-30&general-practitioner="
                + SandboxOrganisations.PRACTICE_A.ods())).getTotal()).isZero();
        assertThat(bundle(pds(sandbox, "/Patient?family=Delacombe&birthdate=1985-11-30&address-postalcode=XY1%209ZZ")).getTotal()).isZero();
        Bundle restricted = bundle(pds(sandbox, "/Patient?family=Delacombe&birthdate=1985-11-30"));
        assertThat(((Patient) restricted.getEntryFirstRep().getResource()).getAddress()).isEmpty();
        assertThat(bundle(pds(sandbox, "/Patient?family=Holloway&birthdate=1958-03-14")).getTotal()).isZero();
        assertThat(bundle(pds(sandbox, "/Patient?family=Holloway&birthdate=1958-03-14&_history=true")).getTotal()).isEqualTo(1);
        Bundle fuzzy = bundle(pds(sandbox, "/Patient?family=Fernsbey&given=Amelia&birthdate=1958-03-14&_fuzzy-match=true"));
        assertThat(fuzzy.getTotal()).isEqualTo(1);
        assertThat(bundle(pds(sandbox, "/Patient?family=Fernsby&birthdate=1958-03-14&address-postalcode=xy14qb")).getTotal()).isEqualTo(1);
    }

    @Test
    void search_errors(Sandbox sandbox) {
        assertThat(Fhir.r4Code(pds(sandbox, "/Patient?family=Fernsby&birthdate=1958-03-14&colour=blue").body()))
                .isEqualTo("ADDITIONAL_PROPERTIES");
        assertThat(Fhir.r4Code(pds(sandbox, "/Patient?family=Fernsby").body())).isEqualTo("INVALID_SEARCH_DATA");
        assertThat(Fhir.r4Code(pds(sandbox, "/Patient?family=Fernsby&birthdate=1958-03-14&gender=mal").body()))
                .isEqualTo("INVALID_VALUE");
        assertThat(Fhir.r4Code(pds(sandbox, "/Patient?family=F*&birthdate=1958-03-14").body())).isEqualTo("INVALID_SEARCH_DATA");
        assertThat(Fhir.r4Code(pds(sandbox, "/Patient").body())).isEqualTo("UNSUPPORTED_SERVICE");
        assertThat(Fhir.r4Code(pds(sandbox, "/Patient?family=Fernsby&birthdate=1958-03-14&_max-results=51").body()))
                .isEqualTo("INVALID_VALUE");
    }
}
