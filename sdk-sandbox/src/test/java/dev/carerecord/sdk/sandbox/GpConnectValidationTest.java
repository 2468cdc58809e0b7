package dev.carerecord.sdk.sandbox;

import static dev.carerecord.sdk.sandbox.SandboxOrganisations.PRACTICE_A;
import static dev.carerecord.sdk.sandbox.SandboxOrganisations.PRACTICE_B;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The sandbox rejects what GP Connect rejects, with the spec's status and Spine code, and accepts a correct call. */
@ExtendWith(SandboxExtension.class)
class GpConnectValidationTest {
    private static final String RICH = SandboxPatients.RICH.nhsNumber();

    private static Gpc allergies(Sandbox sandbox, String nhsNumber) {
        return Gpc.structured(sandbox, PRACTICE_A, Params.patient(nhsNumber).allergies(true).json());
    }

    private static void assertError(HttpResponse<String> response, int status, String spineCode) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(Fhir.spineCode(response.body())).isEqualTo(spineCode);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                v -> assertThat(v).startsWith("application/fhir+json"));
    }

    @Test
    void correctRequest_isAccepted(Sandbox sandbox) {
        HttpResponse<String> response = allergies(sandbox, RICH).send();
        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void confNScope_isAccepted(Sandbox sandbox) {
        assertThat(allergies(sandbox, RICH).jwt(TestJwt.valid("patient/*.read conf/N")).send().statusCode()).isEqualTo(200);
    }

    @Test
    void jwtExpiringAfter600Seconds_isBadRequest(Sandbox sandbox) {
        long iat = Instant.now().getEpochSecond();
        TestJwt jwt = TestJwt.patientRead().claim("iat", iat).claim("exp", iat + 600);
        assertError(allergies(sandbox, RICH).jwt(jwt).send(), 400, "BAD_REQUEST");
    }

    @Test
    void jwtProblems_areBadRequest(Sandbox sandbox) {
        long future = Instant.now().getEpochSecond() + 3600;
        long past = Instant.now().getEpochSecond() - 3600;
        List<TestJwt> broken = List.of(
                TestJwt.patientRead().header("alg", "HS256"),
                TestJwt.patientRead().withoutTrailingDot(),
                TestJwt.patientRead().claim("iat", future).claim("exp", future + 300),
                TestJwt.patientRead().claim("iat", past).claim("exp", past + 300),
                TestJwt.patientRead().claim("sub", "someone-else"),
                TestJwt.patientRead().claim("aud", null),
                TestJwt.patientRead().claim("reason_for_request", "secondaryuses"),
                TestJwt.valid("organization/*.read"),
                TestJwt.valid("patient/*.read conf/R"),
                TestJwt.patientRead().claim("requesting_device", null),
                TestJwt.patientRead().claim("requesting_organization", Map.of("resourceType", "Organization", "name", "X",
                        "identifier", List.of(Map.of("system", "https://example.org/org", "value", "1")))),
                TestJwt.patientRead().claim("requesting_practitioner", TestJwt.practitioner("1", null, true)),
                TestJwt.patientRead().claim("requesting_practitioner", TestJwt.practitioner("1", "Tester", false)));
        for (TestJwt jwt : broken) {
            assertError(allergies(sandbox, RICH).jwt(jwt).send(), 400, "BAD_REQUEST");
        }
        assertError(allergies(sandbox, RICH).header("Authorization", null).send(), 400, "BAD_REQUEST");
    }

    @Test
    void jwtAudienceOtherThanTheServiceRootFromSds_isBadRequest(Sandbox sandbox) {
        String root = sandbox.urls().gpConnectStructured(PRACTICE_A.ods());
        List<String> wrong = List.of("https://proxy.spine.example/" + root, root + "/",
                sandbox.urls().gpConnect(PRACTICE_A.ods()), sandbox.urls().gpConnectStructured(PRACTICE_B.ods()),
                root.replace("127.0.0.1", "localhost"));
        for (String aud : wrong) {
            HttpResponse<String> response = allergies(sandbox, RICH).jwt(TestJwt.patientRead().claim("aud", aud)).send();
            assertError(response, 400, "BAD_REQUEST");
            assertThat(response.body()).as(aud).contains("JWT aud must be");
        }
        assertThat(allergies(sandbox, RICH).jwt(TestJwt.patientRead().claim("aud", root)).send().statusCode())
                .isEqualTo(200);
    }

    @Test
    void missingSspTraceId_isBadRequest(Sandbox sandbox) {
        assertError(allergies(sandbox, RICH).header("Ssp-TraceID", null).send(), 400, "BAD_REQUEST");
        assertError(allergies(sandbox, RICH).header("Ssp-TraceID", "not-a-guid").send(), 400, "BAD_REQUEST");
        assertError(allergies(sandbox, RICH).header("Ssp-From", null).send(), 400, "BAD_REQUEST");
    }

    @Test
    void wrongSspTo_isBadRequest(Sandbox sandbox) {
        assertError(allergies(sandbox, RICH).header("Ssp-To", PRACTICE_B.asid()).send(), 400, "BAD_REQUEST");
    }

    @Test
    void interactionIdNotMatchingThePath_isBadRequest(Sandbox sandbox) {
        assertError(allergies(sandbox, RICH).header("Ssp-InteractionID", Gpc.SEARCH_PATIENT).send(), 400, "BAD_REQUEST");
    }

    @Test
    void wrongMediaTypes_areBadRequest(Sandbox sandbox) {
        assertError(allergies(sandbox, RICH).header("Accept", "application/xml").send(), 400, "BAD_REQUEST");
        assertError(allergies(sandbox, RICH).header("Content-Type", "text/plain").send(), 400, "BAD_REQUEST");
    }

    @Test
    void forbiddenCombination_isInvalidParameter(Sandbox sandbox) {
        String body = Params.patient(RICH).area("includeConsultations")
                .area("includeMedication", "medicationSearchFromDate", Params.date(LocalDate.now().minusDays(30))).json();
        assertError(Gpc.structured(sandbox, PRACTICE_A, body).send(), 422, "INVALID_PARAMETER");
        String problems = Params.patient(RICH).area("includeProblems")
                .area("includeImmunisations", "includeNotGiven", Params.bool(true)).json();
        assertError(Gpc.structured(sandbox, PRACTICE_A, problems).send(), 422, "INVALID_PARAMETER");
    }

    @Test
    void problemsWithFilterStatus_isPermitted(Sandbox sandbox) {
        String body = Params.patient(RICH).area("includeProblems", "filterStatus", Params.code("active")).json();
        assertThat(Gpc.structured(sandbox, PRACTICE_A, body).send().statusCode()).isEqualTo(200);
    }

    /** The sandbox's "today": the UK date on its clock, as providers judge dates. */
    private static LocalDate ukToday(Sandbox sandbox) {
        return LocalDate.now(sandbox.clock().withZone(ZoneId.of("Europe/London")));
    }

    @Test
    void predefinedSearch_isPermittedDespiteTheCombination(Sandbox sandbox) {
        String body = Params.patient(RICH).area("includeConsultations", "includeNumberOfMostRecent", Params.positive(3))
                .area("includeProblems").allergies(true)
                .area("includeMedication", "medicationSearchFromDate", Params.date(ukToday(sandbox).minusDays(365)))
                .area("includeImmunisations").area("includeUncategorisedData").json();
        assertThat(Gpc.structured(sandbox, PRACTICE_A, body).send().statusCode()).isEqualTo(200);
    }

    @Test
    void bothConsultationParts_isInvalidResource(Sandbox sandbox) {
        String body = Params.patient(RICH).area("includeConsultations",
                "consultationSearchPeriod", Params.period(LocalDate.now().minusYears(1), LocalDate.now()),
                "includeNumberOfMostRecent", Params.positive(2)).json();
        assertError(Gpc.structured(sandbox, PRACTICE_A, body).send(), 422, "INVALID_RESOURCE");
    }

    @Test
    void futureMedicationSearchFromDate_isInvalidParameter(Sandbox sandbox) {
        String body = Params.patient(RICH)
                .area("includeMedication", "medicationSearchFromDate", Params.date(LocalDate.now().plusDays(2))).json();
        assertError(Gpc.structured(sandbox, PRACTICE_A, body).send(), 422, "INVALID_PARAMETER");
    }

    @Test
    void badDatesAndPeriods_areInvalidParameter(Sandbox sandbox) {
        LocalDate today = LocalDate.now();
        List<String> bodies = List.of(
                Params.patient(RICH).area("includeMedication", "medicationSearchFromDate",
                        new org.hl7.fhir.dstu3.model.DateType("2020-05")).json(),
                Params.patient(RICH).area("includeUncategorisedData", "uncategorisedDataSearchPeriod",
                        Params.period(today.minusDays(1), today.minusDays(10))).json(),
                Params.patient(RICH).area("includeReferrals", "referralSearchPeriod",
                        Params.period(today.minusDays(10), today.plusDays(3))).json(),
                Params.patient(RICH).area("includeDiaryEntries", "diaryEntriesSearchDate",
                        Params.date(today.minusDays(3))).json(),
                Params.patient(RICH).area("includeProblems", "filterStatus", Params.code("resolved")).json(),
                Params.patient(RICH).area("includeConsultations", "includeNumberOfMostRecent",
                        new org.hl7.fhir.dstu3.model.IntegerType(0)).json(),
                Params.patient(RICH).area("includeMedication", "includePrescriptionIssues", null).json(),
                Params.patient(RICH).json(),
                Params.patient(RICH).allergies(true).allergies(false).json());
        for (String body : bodies) {
            assertError(Gpc.structured(sandbox, PRACTICE_A, body).send(), 422, "INVALID_PARAMETER");
        }
    }

    @Test
    void includeAllergiesWithoutResolvedPart_isInvalidParameter(Sandbox sandbox) {
        String body = Params.patient(RICH).area("includeAllergies").json();
        assertError(Gpc.structured(sandbox, PRACTICE_A, body).send(), 422, "INVALID_PARAMETER");
    }

    @Test
    void unparseableBody_isInvalidResource(Sandbox sandbox) {
        assertError(Gpc.structured(sandbox, PRACTICE_A, "{not json").send(), 422, "INVALID_RESOURCE");
        assertError(Gpc.structured(sandbox, PRACTICE_A, "{\"resourceType\":\"Patient\"}").send(), 422, "INVALID_RESOURCE");
    }

    @Test
    void invalidNhsNumber_isInvalidNhsNumber(Sandbox sandbox) {
        assertError(allergies(sandbox, "9990000019").send(), 400, "INVALID_NHS_NUMBER");
        assertError(allergies(sandbox, "99900000").send(), 400, "INVALID_NHS_NUMBER");
    }

    @Test
    void patientsNotServed_arePatientNotFound(Sandbox sandbox) {
        for (TestPatient p : List.of(SandboxPatients.RESTRICTED, SandboxPatients.DECEASED, SandboxPatients.UNKNOWN,
                SandboxPatients.SUPERSEDED, SandboxPatients.MINIMAL)) {
            assertError(allergies(sandbox, p.nhsNumber()).send(), 404, "PATIENT_NOT_FOUND");
        }
    }

    @Test
    void dissentingPatient_isNoPatientConsent(Sandbox sandbox) {
        assertError(allergies(sandbox, SandboxPatients.DISSENT.nhsNumber()).send(), 403, "NO_PATIENT_CONSENT");
    }

    @Test
    void unknownOdsCode_isNotFound(Sandbox sandbox) {
        SandboxPractice nowhere = new SandboxPractice("Y99999", "Nowhere", "1", "k", java.util.Set.of());
        HttpResponse<String> response = Gpc.structured(sandbox, nowhere, Params.patient(RICH).allergies(true).json()).send();
        assertError(response, 404, "ORGANISATION_NOT_FOUND");
    }

    @Test
    void unimplementedInteraction_isNotImplementedAfterValidation(Sandbox sandbox) {
        HttpResponse<String> response = Gpc.get(sandbox, PRACTICE_A, sandbox.urls().gpConnect(PRACTICE_A.ods()),
                "/Slot?status=free", "urn:nhs:names:services:gpconnect:fhir:rest:search:slot-1", "organization/*.read").send();
        assertError(response, 501, "NOT_IMPLEMENTED");
    }
}
