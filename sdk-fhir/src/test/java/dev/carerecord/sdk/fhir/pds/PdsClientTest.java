package dev.carerecord.sdk.fhir.pds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.carerecord.sdk.core.RequesterContext;
import dev.carerecord.sdk.core.cache.CacheOptions;
import dev.carerecord.sdk.core.exception.ErrorCode;
import dev.carerecord.sdk.core.exception.InvalidInputException;
import dev.carerecord.sdk.core.exception.InvalidRequestException;
import dev.carerecord.sdk.core.exception.PatientNotFoundException;
import dev.carerecord.sdk.core.http.RetryOptions;
import dev.carerecord.sdk.core.ids.NhsNumber;
import dev.carerecord.sdk.core.ids.OdsCode;
import dev.carerecord.sdk.fhir.testing.Requesters;
import dev.carerecord.sdk.model.provenance.Confidentiality;
import dev.carerecord.sdk.model.provenance.SourceKind;
import dev.carerecord.sdk.sandbox.RecordedRequest;
import dev.carerecord.sdk.sandbox.Sandbox;
import dev.carerecord.sdk.sandbox.SandboxExtension;
import dev.carerecord.sdk.sandbox.SandboxPatients;
import dev.carerecord.sdk.sandbox.SandboxRoutes;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link PdsClient} over real HTTP against the sandbox's PDS. */
@ExtendWith(SandboxExtension.class)
class PdsClientTest {
    private static final RequesterContext REQUESTER = Requesters.westshire("session-1");

    private final Sandbox sandbox;
    private PdsClient pds;

    PdsClientTest(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    @BeforeEach
    void start() {
        sandbox.requests().clear();
        sandbox.faults().clear();
        pds = PdsClient.builder().baseUrl(sandbox.urls().pds())
                .retryOptions(RetryOptions.builder().initialBackoff(Duration.ofMillis(10)).build()).build();
    }

    @AfterEach
    void stop() {
        pds.close();
        sandbox.faults().clear();
    }

    private static NhsNumber nhs(String value) {
        return NhsNumber.parse(value);
    }

    @Test
    void read_normalPatient_demographicsGpVersionAndHeaders() {
        Instant before = Instant.now();
        PdsTrace trace = pds.read(REQUESTER, nhs(SandboxPatients.RICH.nhsNumber()));

        assertThat(trace.isRestricted()).isFalse();
        assertThat(trace.isSuperseded()).isFalse();
        assertThat(trace.currentNhsNumber().value()).isEqualTo(SandboxPatients.RICH.nhsNumber());
        assertThat(trace.currentGpOdsCode()).contains(OdsCode.of("Y90001"));
        assertThat(trace.versionId()).contains("3");
        assertThat(trace.etag()).contains("W/\"3\"");
        assertThat(trace.demographics().officialName().orElseThrow().family()).contains("Fernsby");
        assertThat(trace.demographics().addresses()).isNotEmpty();
        assertThat(trace.demographics().telecoms()).isNotEmpty();
        assertThat(trace.demographics().confidentiality()).isEqualTo(Confidentiality.NORMAL);
        assertThat(trace.demographics().provenance().orElseThrow().source().kind()).isEqualTo(SourceKind.PDS);
        assertThat(trace.tracedAt()).isBetween(before, Instant.now());
        assertThat(trace.isTracedWithin(Duration.ofHours(24), trace.tracedAt().plus(Duration.ofHours(24)))).isTrue();
        assertThat(trace.isTracedWithin(Duration.ofHours(24), trace.tracedAt().plus(Duration.ofHours(25)))).isFalse();

        RecordedRequest sent = sandbox.requests().last(SandboxRoutes.PDS_READ).orElseThrow();
        assertThat(sent.path()).endsWith("/Patient/" + SandboxPatients.RICH.nhsNumber());
        String requestId = sent.header("X-Request-ID").orElseThrow();
        assertThat(UUID.fromString(requestId).toString()).isEqualTo(requestId);
        assertThat(sent.header("X-Correlation-ID")).contains(requestId);
        assertThat(trace.requestId()).isEqualTo(requestId);
        assertThat(sent.header("NHSD-End-User-Organisation-ODS")).contains("Y80001");
        assertThat(sent.header("Accept")).contains("application/fhir+json");
        assertThat(sent.header("Authorization")).isEmpty();
    }

    @Test
    void read_restrictedPatient_noAddressTelecomOrGp_andFlagged() {
        PdsTrace trace = pds.read(REQUESTER, nhs(SandboxPatients.RESTRICTED.nhsNumber()));

        assertThat(trace.isRestricted()).isTrue();
        assertThat(trace.demographics().confidentiality()).isEqualTo(Confidentiality.RESTRICTED);
        assertThat(trace.demographics().addresses()).isEmpty();
        assertThat(trace.demographics().telecoms()).isEmpty();
        assertThat(trace.currentGpOdsCode()).isEmpty();
        assertThat(trace.patient().gpRegistrations()).isEmpty();
        assertThat(trace.toString()).doesNotContain("Delacombe");
    }

    @Test
    void read_supersededNumber_surfacesTheNewNumber() {
        PdsTrace trace = pds.read(REQUESTER, nhs(SandboxPatients.SUPERSEDED.nhsNumber()));

        assertThat(trace.isSuperseded()).isTrue();
        assertThat(trace.requestedNhsNumber().value()).isEqualTo(SandboxPatients.SUPERSEDED.nhsNumber());
        assertThat(trace.currentNhsNumber().value()).isEqualTo(SandboxPatients.MINIMAL.nhsNumber());
        assertThat(trace.demographics().nhsNumber().map(NhsNumber::value)).contains(SandboxPatients.MINIMAL.nhsNumber());
        assertThat(trace.currentGpOdsCode()).contains(OdsCode.of("Y90002"));
    }

    @Test
    void read_deceasedPatient_isFlagged() {
        assertThat(pds.read(REQUESTER, nhs(SandboxPatients.DECEASED.nhsNumber())).isDeceased()).isTrue();
    }

    @Test
    void read_unknownNumber_isATypedPatientNotFound() {
        PatientNotFoundException e = catchThrowableOfType(PatientNotFoundException.class,
                () -> pds.read(REQUESTER, nhs(SandboxPatients.UNKNOWN.nhsNumber())));

        assertThat(e.statusCode()).isEqualTo(404);
        assertThat(e.errorCode()).contains(ErrorCode.RESOURCE_NOT_FOUND);
        assertThat(e.source()).isEqualTo("PDS");
        assertThat(e.getMessage()).doesNotContain(SandboxPatients.UNKNOWN.nhsNumber());
        assertThat(e.correlationId()).isPresent();
    }

    @Test
    void read_invalidNhsNumber_isRefusedBeforeSending() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> pds.read(REQUESTER, NhsNumber.parse("9990000019")));

        assertThat(e).isNotNull();
        assertThat(sandbox.requests().count("pds.*")).isZero();
    }

    @Test
    void read_503ThenOk_retriesWithTheSameXRequestId() {
        sandbox.faults().on(SandboxRoutes.PDS_READ).next(1).status(503);

        PdsTrace trace = pds.read(REQUESTER, nhs(SandboxPatients.MINIMAL.nhsNumber()));

        List<RecordedRequest> sent = sandbox.requests().forRoute(SandboxRoutes.PDS_READ);
        assertThat(sent).hasSize(2);
        String first = sent.get(0).header("X-Request-ID").orElseThrow();
        assertThat(sent.get(1).header("X-Request-ID")).contains(first);
        assertThat(trace.requestId()).isEqualTo(first);
        assertThat(trace.demographics().nhsNumber().map(NhsNumber::value)).contains(SandboxPatients.MINIMAL.nhsNumber());
    }

    @Test
    void read_eachCallHasItsOwnRequestId() {
        pds.read(REQUESTER, nhs(SandboxPatients.MINIMAL.nhsNumber()));
        pds.read(REQUESTER, nhs(SandboxPatients.MINIMAL.nhsNumber()));

        List<RecordedRequest> sent = sandbox.requests().forRoute(SandboxRoutes.PDS_READ);
        assertThat(sent.get(0).header("X-Request-ID")).isNotEqualTo(sent.get(1).header("X-Request-ID"));
    }

    @Test
    void read_clinicalCachingOffByDefault_onWhenAskedButNeverForRestrictedPatients() {
        pds.read(REQUESTER, nhs(SandboxPatients.RICH.nhsNumber()));
        pds.read(REQUESTER, nhs(SandboxPatients.RICH.nhsNumber()));
        assertThat(sandbox.requests().count(SandboxRoutes.PDS_READ)).isEqualTo(2);

        try (PdsClient caching = PdsClient.builder().baseUrl(sandbox.urls().pds())
                .cacheOptions(CacheOptions.builder().clinicalCaching(true).build()).build()) {
            sandbox.requests().clear();
            caching.read(REQUESTER, nhs(SandboxPatients.RICH.nhsNumber()));
            caching.read(REQUESTER, nhs(SandboxPatients.RICH.nhsNumber()));
            assertThat(sandbox.requests().count(SandboxRoutes.PDS_READ)).as("normal patient cached").isEqualTo(1);

            caching.read(REQUESTER, nhs(SandboxPatients.RESTRICTED.nhsNumber()));
            caching.read(REQUESTER, nhs(SandboxPatients.RESTRICTED.nhsNumber()));
            assertThat(sandbox.requests().count(SandboxRoutes.PDS_READ)).as("restricted patient never cached")
                    .isEqualTo(3);
        }
    }

    @Test
    void search_uniqueMatch_withScore() {
        PdsSearchResult result = pds.search(REQUESTER, PdsSearch.builder().family("Quillan")
                .birthDate(LocalDate.of(1990, 7, 21)).gender(PdsGender.MALE).build());

        assertThat(result).isInstanceOfSatisfying(PdsSearchResult.Matches.class, m -> {
            assertThat(m.matches()).singleElement().satisfies(match -> {
                assertThat(match.patient().demographics().nhsNumber().map(NhsNumber::value))
                        .contains(SandboxPatients.MINIMAL.nhsNumber());
                assertThat(match.score()).isPresent();
            });
        });
        RecordedRequest sent = sandbox.requests().last(SandboxRoutes.PDS_SEARCH).orElseThrow();
        assertThat(sent.rawQuery()).isEqualTo("family=Quillan&gender=male&birthdate=eq1990-07-21&_max-results=1");
    }

    @Test
    void search_wildcardsAndDateRangeAreEncodedAsPdsWants() {
        PdsSearchResult result = pds.search(REQUESTER, PdsSearch.builder().family("Quil*").given("Thomas")
                .birthDateFrom(LocalDate.of(1990, 1, 1)).birthDateTo(LocalDate.of(1990, 12, 31)).history(true)
                .build());

        assertThat(result).isInstanceOf(PdsSearchResult.Matches.class);
        assertThat(((PdsSearchResult.Matches) result).matches()).hasSize(1);
        assertThat(sandbox.requests().last(SandboxRoutes.PDS_SEARCH).orElseThrow().rawQuery())
                .isEqualTo("family=Quil%2A&given=Thomas&birthdate=ge1990-01-01&birthdate=le1990-12-31&_history=true"
                        + "&_max-results=1");
    }

    @Test
    void search_tooManyMatches_isATypedResultNotAnError() {
        PdsSearchResult result = pds.search(REQUESTER, PdsSearch.builder().family("Fernsby")
                .birthDateFrom(LocalDate.of(1950, 1, 1)).build());

        assertThat(result).isInstanceOfSatisfying(PdsSearchResult.TooManyMatches.class,
                tmm -> assertThat(tmm.issues()).anySatisfy(i -> assertThat(i.code()).contains("TOO_MANY_MATCHES")));
    }

    @Test
    void search_userRestrictedMode_returnsSeveralMatches() {
        try (PdsClient worker = PdsClient.builder().baseUrl(sandbox.urls().pds()).applicationRestricted(false)
                .build()) {
            PdsSearchResult result = worker.search(REQUESTER, PdsSearch.builder().family("Fernsby")
                    .birthDateFrom(LocalDate.of(1950, 1, 1)).maxResults(10).build());

            assertThat(((PdsSearchResult.Matches) result).matches()).hasSize(2);
            assertThat(sandbox.requests().last(SandboxRoutes.PDS_SEARCH).orElseThrow().rawQuery())
                    .endsWith("_max-results=10");
        }
    }

    @Test
    void search_restrictedPatientsNeverMatchPostcodeSearches() {
        PdsSearchResult byName = pds.search(REQUESTER, PdsSearch.builder().family("Delacombe")
                .birthDate(LocalDate.of(1985, 11, 30)).build());
        PdsSearchResult byPostcode = pds.search(REQUESTER, PdsSearch.builder().family("Delacombe")
                .birthDate(LocalDate.of(1985, 11, 30)).postalCode("XY1 9ZZ").build());

        assertThat(((PdsSearchResult.Matches) byName).matches()).singleElement()
                .satisfies(m -> assertThat(m.patient().restricted()).isTrue());
        assertThat(((PdsSearchResult.Matches) byPostcode).matches()).isEmpty();
    }

    @Test
    void search_invalidCombinationsAreRefusedBeforeSending() {
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> PdsSearch.builder().family("Fernsby").build())).hasMessageContaining("birth date");
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> PdsSearch.builder().family("F*").birthDate(LocalDate.of(1958, 3, 14)).build()))
                .hasMessageContaining("two characters");
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> PdsSearch.builder().family("Fern*").given("Amelia").birthDate(LocalDate.of(1958, 3, 14))
                        .fuzzyMatch(true).build())).hasMessageContaining("fuzzy");
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> PdsSearch.builder().family("Fernsby").birthDate(LocalDate.of(1958, 3, 14)).fuzzyMatch(true)
                        .build())).hasMessageContaining("fuzzy search needs");
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> PdsSearch.builder().family("X".repeat(36)).birthDate(LocalDate.of(1958, 3, 14)).build()))
                .hasMessageContaining("35");
        PdsSearch twoResults = PdsSearch.builder().family("Fernsby").birthDate(LocalDate.of(1958, 3, 14))
                .maxResults(2).build();
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> pds.search(REQUESTER, twoResults)))
                .hasMessageContaining("application-restricted");

        assertThat(sandbox.requests().count("pds.*")).isZero();
    }

    @Test
    void search_fuzzyWithTheRequiredParameters_isSent() {
        PdsSearchResult result = pds.search(REQUESTER, PdsSearch.builder().family("Quilan").given("Thomas")
                .birthDate(LocalDate.of(1990, 7, 21)).fuzzyMatch(true).build());

        assertThat(((PdsSearchResult.Matches) result).matches()).hasSize(1);
        assertThat(sandbox.requests().last(SandboxRoutes.PDS_SEARCH).orElseThrow().rawQuery())
                .contains("_fuzzy-match=true");
    }

    @Test
    void search_serverRefusal_isTypedAndNotRetried() {
        sandbox.faults().on(SandboxRoutes.PDS_SEARCH).next(1).status(400);

        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class,
                () -> pds.search(REQUESTER, PdsSearch.builder().family("Fernsby")
                        .birthDate(LocalDate.of(1958, 3, 14)).build()));

        assertThat(e.statusCode()).isEqualTo(400);
        assertThat(e.attempts()).isEqualTo(1);
        assertThat(sandbox.requests().count(SandboxRoutes.PDS_SEARCH)).isEqualTo(1);
    }
}
