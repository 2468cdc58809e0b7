package dev.carerecord.sdk.gpconnect.client;

import static dev.carerecord.sdk.gpconnect.client.GpConnectSandboxSupport.consumer;
import static dev.carerecord.sdk.gpconnect.client.GpConnectSandboxSupport.requester;
import static dev.carerecord.sdk.gpconnect.client.GpConnectSandboxSupport.staticRouting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.carerecord.sdk.core.RequesterContext;
import dev.carerecord.sdk.core.exception.AccessDeniedException;
import dev.carerecord.sdk.core.exception.CircuitOpenException;
import dev.carerecord.sdk.core.exception.ErrorCode;
import dev.carerecord.sdk.core.exception.InvalidInputException;
import dev.carerecord.sdk.core.exception.PatientNotFoundException;
import dev.carerecord.sdk.core.exception.ResponseTruncatedException;
import dev.carerecord.sdk.core.exception.SourceUnavailableException;
import dev.carerecord.sdk.core.http.HttpPipeline;
import dev.carerecord.sdk.core.ids.NhsNumber;
import dev.carerecord.sdk.core.ids.OdsCode;
import dev.carerecord.sdk.core.routing.EndpointNotFoundException;
import dev.carerecord.sdk.gpconnect.DemographicCrossCheck;
import dev.carerecord.sdk.gpconnect.DemographicMismatch;
import dev.carerecord.sdk.gpconnect.GpConnectClient;
import dev.carerecord.sdk.gpconnect.Interaction;
import dev.carerecord.sdk.gpconnect.StructuredRecordRequest;
import dev.carerecord.sdk.gpconnect.StructuredRecordResult;
import dev.carerecord.sdk.model.CareRecord;
import dev.carerecord.sdk.model.Gender;
import dev.carerecord.sdk.model.PatientDemographics;
import dev.carerecord.sdk.model.Section;
import dev.carerecord.sdk.model.SectionKind;
import dev.carerecord.sdk.model.SectionStatus;
import dev.carerecord.sdk.model.WarningKind;
import dev.carerecord.sdk.model.entry.AllergyEntry;
import dev.carerecord.sdk.model.entry.EncounterEntry;
import dev.carerecord.sdk.model.entry.Entry;
import dev.carerecord.sdk.model.entry.MedicationEntry;
import dev.carerecord.sdk.model.entry.MedicationKind;
import dev.carerecord.sdk.model.entry.ObservationEntry;
import dev.carerecord.sdk.model.entry.ObservationKind;
import dev.carerecord.sdk.model.value.HumanName;
import dev.carerecord.sdk.model.value.PartialDateTime;
import dev.carerecord.sdk.sandbox.RecordedRequest;
import dev.carerecord.sdk.sandbox.Sandbox;
import dev.carerecord.sdk.sandbox.SandboxExtension;
import dev.carerecord.sdk.sandbox.SandboxOrganisations;
import dev.carerecord.sdk.sandbox.SandboxPatients;
import dev.carerecord.sdk.sandbox.SandboxRoutes;
import dev.carerecord.sdk.sandbox.TestPatient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** GpConnectClient over real HTTP against the sandbox's GP Connect provider, which validates like the spec. */
@ExtendWith(SandboxExtension.class)
class GpConnectClientSandboxTest {
    private static final OdsCode PRACTICE_A = OdsCode.of(SandboxOrganisations.PRACTICE_A.ods());
    private static final OdsCode PRACTICE_B = OdsCode.of(SandboxOrganisations.PRACTICE_B.ods());
    private static final RequesterContext REQUESTER = requester("session-1");

    private List<Duration> sleeps;
    private final Sandbox sandbox;
    private HttpPipeline pipeline;
    private GpConnectClient client;

    GpConnectClientSandboxTest(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    @BeforeEach
    void setUp() {
        sandbox.faults().clear();
        sandbox.requests().clear();
        GpConnectSandboxSupport.SleeplessClient fixture = new GpConnectSandboxSupport.SleeplessClient(sandbox,
                "gpconnect-test");
        sleeps = fixture.sleeps;
        pipeline = fixture.pipeline;
        client = fixture.client;
    }

    @AfterEach
    void tearDown() {
        client.close();
        pipeline.close();
    }

    private StructuredRecordResult get(TestPatient patient, StructuredRecordRequest request) {
        return client.getStructuredRecord(REQUESTER, NhsNumber.parse(patient.nhsNumber()),
                OdsCode.of(patient.practiceOds()), request);
    }

    @Test
    void richPatient_everyRequestedSectionMaps_withTheGpStructure() {
        CareRecord record = get(SandboxPatients.RICH, StructuredRecordRequest.everything()).record();

        assertThat(record.patient().nhsNumber()).contains(NhsNumber.parse(SandboxPatients.RICH.nhsNumber()));
        assertThat(record.gpPractice().flatMap(p -> p.odsCode())).contains(PRACTICE_A.value());
        for (SectionKind kind : List.of(SectionKind.ALLERGIES, SectionKind.PROBLEMS, SectionKind.MEDICATIONS,
                SectionKind.IMMUNISATIONS, SectionKind.RESULTS, SectionKind.VITAL_SIGNS, SectionKind.ENCOUNTERS,
                SectionKind.REFERRALS, SectionKind.PLANNED_ACTIONS)) {
            assertThat(record.section(kind).status()).as(kind.name()).isEqualTo(SectionStatus.POPULATED);
            assertThat(record.section(kind).mappingIssues()).as(kind.name()).isEmpty();
        }
        assertThat(record.allergies().entries()).anyMatch(AllergyEntry::isEnded)
                .anyMatch(a -> !a.isEnded());
        List<MedicationEntry> medications = record.medications().entries();
        assertThat(medications).anyMatch(m -> m.kind() == MedicationKind.STATEMENT);
        MedicationEntry issue = medications.stream().filter(m -> m.kind() == MedicationKind.ISSUE).findFirst()
                .orElseThrow();
        assertThat(record.findEntry(issue.authorisationEntryId().orElseThrow())).get()
                .isInstanceOfSatisfying(MedicationEntry.class, plan -> assertThat(plan.kind())
                        .isEqualTo(MedicationKind.AUTHORISATION));
        EncounterEntry consultation = record.encounters().entries().stream()
                .filter(e -> e.consultation().map(c -> !c.topics().isEmpty()).orElse(false)).findFirst().orElseThrow();
        assertThat(consultation.consultation().orElseThrow().allItemEntryIds())
                .isNotEmpty().allSatisfy(id -> assertThat(record.findEntry(id)).as(id).isPresent());
        ObservationEntry group = record.results().entries().stream()
                .filter(o -> o.kind() == ObservationKind.TEST_GROUP).findFirst().orElseThrow();
        assertThat(group.memberEntryIds()).isNotEmpty().allSatisfy(id -> assertThat(record.findEntry(id)).get()
                .isInstanceOfSatisfying(ObservationEntry.class, r -> assertThat(r.referenceRanges()).isNotEmpty()));
        assertThat(record.vitalSigns().entries()).anyMatch(v -> v.components().size() == 2);
        assertThat(record.referrals().entries().get(0).provenance().businessIdentifiers())
                .anyMatch(i -> i.system().orElse("").endsWith("UBRN"));
        assertThat(allEntries(record)).allSatisfy(e -> assertThat(e.provenance().businessIdentifiers())
                .as(e.id()).isNotEmpty());
    }

    @Test
    void everyPatientWithARecord_mapsWithoutIssues_andNotRequestedSectionsSaySo() {
        for (TestPatient patient : List.of(SandboxPatients.RICH, SandboxPatients.MINIMAL, SandboxPatients.WARNINGS)) {
            StructuredRecordResult result = get(patient, StructuredRecordRequest.builder().allergies(true)
                    .medication().problems().build());
            CareRecord record = result.record();
            assertThat(result.unplacedIssues()).as(patient.nhsNumber()).isEmpty();
            assertThat(record.sections()).allSatisfy(s -> assertThat(s.mappingIssues()).isEmpty());
            // sections not asked for are NOT_REQUESTED, or hold only items that arrived linked from problems
            assertThat(List.of(record.encounters(), record.referrals(), record.plannedActions()))
                    .allSatisfy(s -> assertThat(s.status() == SectionStatus.NOT_REQUESTED
                            || s.hasWarning(WarningKind.TRUNCATED)).as(s.kind().name()).isTrue());
            assertThat(record.allergies().status()).isIn(SectionStatus.POPULATED, SectionStatus.NONE_KNOWN,
                    SectionStatus.WITHHELD);
            assertThat(result.bundle().getId()).contains(result.traceId());
        }
    }

    @Test
    void warningsPatient_surfacesListWarnings_andAConfidentialOnlyListAsWithheld() {
        CareRecord record = get(SandboxPatients.WARNINGS, StructuredRecordRequest.builder().allergies(true)
                .medication().immunisations().investigations().build()).record();
        assertThat(record.medications().hasWarning(WarningKind.DATA_IN_TRANSIT)).isTrue();
        assertThat(record.allergies().hasWarning(WarningKind.CONFIDENTIAL_ITEMS_EXCLUDED)).isTrue();
        assertThat(record.results().hasWarning(WarningKind.DATA_AWAITING_FILING)).isTrue();
        Section<?> immunisations = record.immunisations();
        assertThat(immunisations.status()).isEqualTo(SectionStatus.WITHHELD);
        assertThat(immunisations.warnings()).anyMatch(w -> w.kind() == WarningKind.CONFIDENTIAL_ITEMS_EXCLUDED
                && w.text().isPresent());
    }

    @Test
    void disabledArea_isUnsupportedBySource_withTheProvidersWarning() {
        StructuredRecordResult result = get(SandboxPatients.MINIMAL, StructuredRecordRequest.builder().medication()
                .referrals().build());
        assertThat(result.record().referrals().status()).isEqualTo(SectionStatus.UNSUPPORTED_BY_SOURCE);
        assertThat(result.record().referrals().hasWarning(WarningKind.CLINICAL_AREA_DISABLED)).isTrue();
        assertThat(result.warnings()).anyMatch(w -> w.code().filter("NOT_IMPLEMENTED"::equals).isPresent());
        assertThat(result.record().medications().status()).isEqualTo(SectionStatus.POPULATED);
    }

    @Test
    void patientsThePracticeWillNotShare_areNotAvailableFromThisPractice() {
        for (TestPatient patient : List.of(SandboxPatients.RESTRICTED, SandboxPatients.DECEASED,
                SandboxPatients.UNKNOWN, SandboxPatients.SUPERSEDED)) {
            assertThatThrownBy(() -> client.getStructuredRecord(REQUESTER, NhsNumber.parse(patient.nhsNumber()),
                    PRACTICE_A, StructuredRecordRequest.builder().allergies(false).build()))
                    .as(patient.nhsNumber())
                    .isInstanceOfSatisfying(PatientNotFoundException.class, e -> {
                        assertThat(e.getMessage()).contains("not available from this practice");
                        assertThat(e.errorCode()).contains(ErrorCode.PATIENT_NOT_FOUND);
                        assertThat(e.statusCode()).isEqualTo(404);
                        assertThat(e.attempts()).isEqualTo(1);
                    });
        }
    }

    @Test
    void dissentingPatient_isAccessDenied_withTheSpineCode() {
        assertThatThrownBy(() -> get(SandboxPatients.DISSENT, StructuredRecordRequest.builder().allergies(true).build()))
                .isInstanceOfSatisfying(AccessDeniedException.class,
                        e -> assertThat(e.errorCode()).contains(ErrorCode.NO_PATIENT_CONSENT));
    }

    @Test
    void retry_after503_sendsAFreshTraceIdAndAFreshJwt() {
        AtomicLong second = new AtomicLong(Instant.now().getEpochSecond());
        Clock ticking = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return Instant.ofEpochSecond(second.getAndIncrement());
            }
        };
        GpConnectClient ticked = GpConnectClient.builder().consumer(consumer()).routing(staticRouting(sandbox))
                .pipeline(pipeline).clock(ticking).build();
        sandbox.faults().on(SandboxRoutes.GPC_STRUCTURED).next(1).status(503);

        CareRecord record = ticked.getStructuredRecord(REQUESTER, NhsNumber.parse(SandboxPatients.RICH.nhsNumber()),
                PRACTICE_A, StructuredRecordRequest.builder().allergies(false).build()).record();

        assertThat(record.allergies().status()).isEqualTo(SectionStatus.POPULATED);
        List<RecordedRequest> attempts = sandbox.requests().forRoute(SandboxRoutes.GPC_STRUCTURED);
        assertThat(attempts).hasSize(2);
        Set<String> traceIds = new HashSet<>();
        Set<String> tokens = new HashSet<>();
        for (RecordedRequest attempt : attempts) {
            traceIds.add(attempt.header("Ssp-TraceID").orElseThrow());
            tokens.add(attempt.header("Authorization").orElseThrow());
        }
        assertThat(traceIds).hasSize(2);
        assertThat(tokens).hasSize(2);
        assertThat(sleeps).hasSize(1);
    }

    @Test
    void requestHeadersAndJwt_areThoseTheSpecDemands() {
        get(SandboxPatients.RICH, StructuredRecordRequest.builder().allergies(true).build());
        RecordedRequest sent = sandbox.requests().last(SandboxRoutes.GPC_STRUCTURED).orElseThrow();
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.path()).endsWith("/" + PRACTICE_A.value() + "/STU3/1/gpconnect/structured/Patient/$gpc.getstructuredrecord");
        assertThat(sent.header("Ssp-From")).contains(SandboxOrganisations.CONSUMER_A.asid());
        assertThat(sent.header("Ssp-To")).contains(SandboxOrganisations.PRACTICE_A.asid());
        assertThat(sent.header("Ssp-InteractionID")).contains(Interaction.GET_STRUCTURED_RECORD.id());
        assertThat(sent.header("Accept")).contains("application/fhir+json;charset=utf-8");
        String token = sent.header("Authorization").orElseThrow().substring("Bearer ".length());
        JsonObject claims = Json.createReader(new StringReader(new String(Base64.getUrlDecoder()
                .decode(token.split("\\.")[1]), StandardCharsets.UTF_8))).readObject();
        assertThat(claims.getString("aud")).isEqualTo(sandbox.urls().gpConnectStructured(PRACTICE_A.value()));
        assertThat(claims.getString("requested_scope")).isEqualTo("patient/*.read");
        assertThat(claims.getString("sub")).isEqualTo("prac-42");
        assertThat(claims.getJsonNumber("exp").longValue() - claims.getJsonNumber("iat").longValue()).isEqualTo(300);
    }

    @Test
    void confScope_andThePredefinedSearch_areAccepted() {
        GpConnectClient confClient = GpConnectClient.builder().consumer(consumer()).routing(staticRouting(sandbox))
                .pipeline(pipeline).requestedScopeConfidentiality("conf/N").build();
        CareRecord record = confClient.getStructuredRecord(REQUESTER, NhsNumber.parse(SandboxPatients.RICH.nhsNumber()),
                PRACTICE_A, StructuredRecordRequest.predefinedSearch1(LocalDate.now(sandbox.clock()
                        .withZone(ZoneId.of("Europe/London"))))).record();
        assertThat(record.encounters().entries().stream().filter(e -> e.consultation().isPresent()))
                .hasSizeLessThanOrEqualTo(3).isNotEmpty();
        assertThat(record.problems().status()).isEqualTo(SectionStatus.POPULATED);
    }

    @Test
    void invalidInput_isRefusedBeforeAnythingIsSent() {
        assertThatThrownBy(() -> get(SandboxPatients.RICH, StructuredRecordRequest.builder()
                .medicationFrom(LocalDate.now().plusDays(2), null).build()))
                .isInstanceOf(InvalidInputException.class);
        RequesterContext nameless = REQUESTER.toBuilder().familyName(null).build();
        assertThatThrownBy(() -> client.getStructuredRecord(nameless, NhsNumber.parse(SandboxPatients.RICH.nhsNumber()),
                PRACTICE_A, StructuredRecordRequest.builder().allergies(true).build()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("familyName");
        assertThatThrownBy(() -> client.getStructuredRecord(REQUESTER, NhsNumber.parse(SandboxPatients.RICH.nhsNumber()),
                OdsCode.of("Y99999"), StructuredRecordRequest.builder().allergies(true).build()))
                .isInstanceOf(EndpointNotFoundException.class);
        assertThat(sandbox.requests().count(SandboxRoutes.GPC_STRUCTURED)).isZero();
    }

    @Test
    void truncatedBodies_andOutages_giveTypedErrorsAfterRetrying() {
        sandbox.faults().on(SandboxRoutes.GPC_STRUCTURED).next(3).truncate();
        assertThatThrownBy(() -> get(SandboxPatients.RICH, StructuredRecordRequest.builder().allergies(true).build()))
                .isInstanceOfSatisfying(ResponseTruncatedException.class, e -> assertThat(e.attempts()).isEqualTo(3));
    }

    @Test
    void proxyOutages_areSourceUnavailable_afterRetrying_thenTheCircuitOpens() {
        sandbox.faults().on(SandboxRoutes.GPC_STRUCTURED).next(6).status(502);
        assertThatThrownBy(() -> get(SandboxPatients.RICH, StructuredRecordRequest.builder().allergies(true).build()))
                .isInstanceOfSatisfying(SourceUnavailableException.class, e -> {
                    assertThat(e.attempts()).isEqualTo(3);
                    assertThat(e.source()).contains("Spine Secure Proxy");
                });
        // the breaker opens once five of the last attempts failed: the next call fails fast, sending nothing
        assertThatThrownBy(() -> get(SandboxPatients.RICH, StructuredRecordRequest.builder().allergies(true).build()))
                .isInstanceOfAny(SourceUnavailableException.class, CircuitOpenException.class);
        int sent = sandbox.requests().count(SandboxRoutes.GPC_STRUCTURED);
        assertThatThrownBy(() -> get(SandboxPatients.RICH, StructuredRecordRequest.builder().allergies(true).build()))
                .isInstanceOf(CircuitOpenException.class);
        assertThat(sandbox.requests().count(SandboxRoutes.GPC_STRUCTURED)).isEqualTo(sent);
    }

    @Test
    void providersNoStore_isHonoured_unlessTheIntegratorOptsIn_andThenNeverAcrossRequesters() {
        StructuredRecordRequest allergies = StructuredRecordRequest.builder().allergies(true).build();
        HttpPipeline caching = HttpPipeline.builder().clientName("gpconnect-cache").cacheOptions(
                dev.carerecord.sdk.core.cache.CacheOptions.builder().clinicalCaching(true).build()).build();
        try (GpConnectClient cached = GpConnectClient.builder().consumer(consumer()).routing(staticRouting(sandbox))
                .pipeline(caching).build()) {
            NhsNumber rich = NhsNumber.parse(SandboxPatients.RICH.nhsNumber());
            cached.getStructuredRecord(REQUESTER, rich, PRACTICE_A, allergies);
            cached.getStructuredRecord(REQUESTER, rich, PRACTICE_A, allergies);
            assertThat(sandbox.requests().count(SandboxRoutes.GPC_STRUCTURED)).as("no-store honoured").isEqualTo(2);
        } finally {
            caching.close();
        }
        sandbox.requests().clear();
        HttpPipeline optedIn = HttpPipeline.builder().clientName("gpconnect-cache").cacheOptions(
                dev.carerecord.sdk.core.cache.CacheOptions.builder().clinicalCaching(true)
                        .overrideNoStoreFor("GP Connect*").build()).build();
        try (GpConnectClient cached = GpConnectClient.builder().consumer(consumer()).routing(staticRouting(sandbox))
                .pipeline(optedIn).build()) {
            NhsNumber rich = NhsNumber.parse(SandboxPatients.RICH.nhsNumber());
            StructuredRecordResult first = cached.getStructuredRecord(REQUESTER, rich, PRACTICE_A, allergies);
            StructuredRecordResult again = cached.getStructuredRecord(REQUESTER, rich, PRACTICE_A, allergies);
            assertThat(again.record()).isEqualTo(first.record());
            assertThat(sandbox.requests().count(SandboxRoutes.GPC_STRUCTURED)).isEqualTo(1);
            cached.getStructuredRecord(requester("another-session"), rich, PRACTICE_A, allergies);
            assertThat(sandbox.requests().count(SandboxRoutes.GPC_STRUCTURED)).as("other session").isEqualTo(2);
            optedIn.responseCache().purgePatient(rich);
            cached.getStructuredRecord(REQUESTER, rich, PRACTICE_A, allergies);
            assertThat(sandbox.requests().count(SandboxRoutes.GPC_STRUCTURED)).as("after purge").isEqualTo(3);
        } finally {
            optedIn.close();
        }
    }

    @Test
    void demographicCrossCheck_flagsWhatDiffers() {
        StructuredRecordResult result = get(SandboxPatients.RICH, StructuredRecordRequest.builder().allergies(true).build());
        PatientDemographics returned = result.record().patient();
        assertThat(result.crossCheck(returned, PRACTICE_A.value()).matches()).isTrue();

        HumanName official = returned.officialName().orElseThrow();
        PatientDemographics local = new PatientDemographics(returned.nhsNumber(), Optional.empty(), List.of(),
                List.of(new HumanName(Optional.of("official"), Optional.of("Someone-Else"), official.given(),
                        List.of(), List.of(), Optional.empty(), Optional.empty())),
                Optional.of(returned.gender().orElseThrow() == Gender.FEMALE ? Gender.MALE : Gender.FEMALE),
                Optional.of(new PartialDateTime("1901-01-01")), false, null, null, null, null, null, null, null,
                null, null);
        DemographicCrossCheck check = result.crossCheck(local, PRACTICE_B.value());
        assertThat(check.mismatches()).extracting(DemographicMismatch::field).containsExactlyInAnyOrder(
                DemographicMismatch.Field.FAMILY_NAME, DemographicMismatch.Field.GENDER,
                DemographicMismatch.Field.BIRTH_DATE, DemographicMismatch.Field.GP_PRACTICE);
        assertThat(check.mismatches().get(0).toString()).doesNotContain("Someone-Else");
    }

    private static List<Entry> allEntries(CareRecord record) {
        List<Entry> all = new ArrayList<>();
        record.sections().forEach(s -> all.addAll(s.entries()));
        return all;
    }
}
