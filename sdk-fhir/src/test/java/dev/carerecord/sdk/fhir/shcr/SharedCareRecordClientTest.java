package dev.carerecord.sdk.fhir.shcr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.carerecord.sdk.core.RequesterContext;
import dev.carerecord.sdk.core.exception.DeadlineExceededException;
import dev.carerecord.sdk.core.exception.PatientNotFoundException;
import dev.carerecord.sdk.core.http.RetryOptions;
import dev.carerecord.sdk.core.ids.NhsNumber;
import dev.carerecord.sdk.core.ids.OdsCode;
import dev.carerecord.sdk.core.paging.PagedIterable;
import dev.carerecord.sdk.fhir.auth.ClientCredentialsTokenProvider;
import dev.carerecord.sdk.fhir.testing.PlainFhir;
import dev.carerecord.sdk.fhir.testing.Requesters;
import dev.carerecord.sdk.model.CareRecord;
import dev.carerecord.sdk.model.OutcomeStatus;
import dev.carerecord.sdk.model.Section;
import dev.carerecord.sdk.model.SectionKind;
import dev.carerecord.sdk.model.SectionStatus;
import dev.carerecord.sdk.model.SourceOutcome;
import dev.carerecord.sdk.model.WarningKind;
import dev.carerecord.sdk.model.entry.Entry;
import dev.carerecord.sdk.model.entry.MedicationEntry;
import dev.carerecord.sdk.model.provenance.Confidentiality;
import dev.carerecord.sdk.model.provenance.SourceKind;
import dev.carerecord.sdk.model.value.Coding;
import dev.carerecord.sdk.sandbox.RecordedRequest;
import dev.carerecord.sdk.sandbox.Sandbox;
import dev.carerecord.sdk.sandbox.SandboxExtension;
import dev.carerecord.sdk.sandbox.SandboxOAuth;
import dev.carerecord.sdk.sandbox.SandboxPatients;
import dev.carerecord.sdk.sandbox.SandboxRoutes;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link SharedCareRecordClient} over real HTTP against the sandbox's Westshire shared care record. */
@ExtendWith(SandboxExtension.class)
class SharedCareRecordClientTest {
    private static final RequesterContext REQUESTER = Requesters.westshire("s1");
    private static final NhsNumber RICH = NhsNumber.parse(SandboxPatients.RICH.nhsNumber());

    private static ClientCredentialsTokenProvider tokens;
    private static PlainFhir plain;
    private static String richId;

    private final Sandbox sandbox;
    private SharedCareRecordClient shcr;

    SharedCareRecordClientTest(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    @BeforeAll
    static void tokens(Sandbox sandbox) {
        tokens = ClientCredentialsTokenProvider.builder().tokenUrl(sandbox.urls().oauthToken())
                .clientId(SandboxOAuth.DEMO_CLIENT_ID).clientSecret(SandboxOAuth.DEMO_CLIENT_SECRET).build();
        plain = new PlainFhir(sandbox.oauth().issueToken(SandboxOAuth.DEMO_CLIENT_ID));
        richId = plain.matches(sandbox.urls().shcr() + "/Patient?identifier=https://fhir.nhs.uk/Id/nhs-number%7C"
                + RICH.value()).get(0).getIdElement().getIdPart();
    }

    @AfterAll
    static void closeTokens() {
        tokens.close();
    }

    @BeforeEach
    void start() {
        sandbox.faults().clear();
        sandbox.requests().clear();
        shcr = client().build();
    }

    private SharedCareRecordClient.Builder client() {
        return SharedCareRecordClient.builder().baseUrl(sandbox.urls().shcr())
                .systemName("Westshire Shared Care Record").organisationOdsCode(OdsCode.of("Y60009"))
                .accessTokenProvider(tokens)
                .retryOptions(RetryOptions.builder().initialBackoff(Duration.ofMillis(10)).build());
    }

    @AfterEach
    void stop() {
        sandbox.faults().clear();
        shcr.close();
    }

    /** How many resources the server holds for the rich patient, counted by following its paging by hand. */
    private static int held(String query) {
        return plain.matches(query).size();
    }

    private int heldFor(Sandbox sandbox, String type, String extra) {
        return held(sandbox.urls().shcr() + "/" + type + "?patient=" + richId + extra);
    }

    private static long categorised(List<Resource> observations, String category) {
        return observations.stream().map(r -> (Observation) r).filter(o -> o.getCategory().stream()
                .anyMatch(c -> c.getCoding().stream().anyMatch(x -> category.equals(x.getCode())))).count();
    }

    @Test
    void richRecord_everySectionHoldsWhatTheServerHolds_acrossSeveralPages() {
        CareRecord record = shcr.getRecord(REQUESTER, RICH);

        List<Resource> observations = plain.matches(sandbox.urls().shcr() + "/Observation?patient=" + richId);
        assertThat(record.allergies().entries()).hasSize(heldFor(sandbox, "AllergyIntolerance", ""));
        assertThat(record.problems().entries().size() + record.pastProblems().entries().size())
                .isEqualTo(heldFor(sandbox, "Condition", ""));
        assertThat(record.medications().entries()).hasSize(heldFor(sandbox, "MedicationStatement", "")
                + heldFor(sandbox, "MedicationRequest", ""));
        assertThat(record.immunisations().entries()).hasSize(heldFor(sandbox, "Immunization", ""));
        assertThat(record.vitalSigns().entries()).hasSize((int) categorised(observations, "vital-signs"));
        assertThat(record.socialContext().entries()).hasSize((int) categorised(observations, "social-history"));
        assertThat(record.results().entries()).hasSize((int) categorised(observations, "laboratory")
                + heldFor(sandbox, "DiagnosticReport", ""));
        assertThat(record.procedures().entries()).hasSize(heldFor(sandbox, "Procedure", ""));
        assertThat(record.encounters().entries()).hasSize(heldFor(sandbox, "Encounter", ""));
        assertThat(record.documents().entries()).hasSize(heldFor(sandbox, "DocumentReference", ""));
        assertThat(record.carePlans().entries()).hasSize(heldFor(sandbox, "CarePlan", ""));
        assertThat(record.alerts().entries()).hasSize(heldFor(sandbox, "Flag", ""));
        assertThat(record.contacts().entries()).hasSize(heldFor(sandbox, "RelatedPerson", ""));
        assertThat(record.advanceDirectives().entries()).hasSize(heldFor(sandbox, "Consent", ""));
        assertThat(record.devices().entries()).hasSize(heldFor(sandbox, "DeviceUseStatement", ""));
        // the sandbox holds these counts at scale 1 (README): a guard that the counting above saw real data
        assertThat(observations).hasSize(37);
        assertThat(record.medications().entries()).hasSize(14);

        for (Section<? extends Entry> section : record.sections()) {
            assertThat(section.mappingIssues()).as(section.kind() + " mapping issues").isEmpty();
        }
        assertThat(record.observations().status()).isEqualTo(SectionStatus.NONE_RETURNED);
        assertThat(record.allergies().status()).isEqualTo(SectionStatus.POPULATED);
        SourceOutcome source = record.sources().get(0);
        assertThat(source.status()).isEqualTo(OutcomeStatus.SUCCESS);
        assertThat(source.source().kind()).isEqualTo(SourceKind.SHARED_CARE_RECORD_R4);
        assertThat(source.source().system()).isEqualTo("Westshire Shared Care Record");
        assertThat(source.source().organisationOdsCode()).contains("Y60009");
        assertThat(record.patient().nhsNumber()).contains(RICH);
        assertThat(record.gpPractice().flatMap(p -> p.odsCode())).contains("Y90001");
        assertThat(sandbox.requests().count(SandboxRoutes.SHCR_PAGE)).as("next links were followed").isGreaterThan(8);
    }

    @Test
    void provenance_keepsBusinessIdentifiersLastUpdatedAndTheSource() {
        CareRecord record = shcr.getRecord(REQUESTER, RICH,
                ShcrRecordRequest.builder().sections(SectionKind.ALLERGIES).build());

        assertThat(record.allergies().entries()).allSatisfy(e -> {
            assertThat(e.provenance().businessIdentifiers()).isNotEmpty();
            assertThat(e.provenance().lastUpdated()).isPresent();
            assertThat(e.provenance().resourceType()).isEqualTo("AllergyIntolerance");
            assertThat(e.provenance().source().system()).isEqualTo("Westshire Shared Care Record");
        });
        assertThat(record.allergies().entries()).anySatisfy(e -> assertThat(e.provenance().businessIdentifiers())
                .anySatisfy(id -> assertThat(id.system().orElse("")).contains("Y90001/data-identifier")));
    }

    @Test
    void includedMedication_resolvesIntoTheMedicationEntry() {
        CareRecord record = shcr.getRecord(REQUESTER, RICH,
                ShcrRecordRequest.builder().sections(SectionKind.MEDICATIONS).build());

        Bundle page = plain.bundle(sandbox.urls().shcr() + "/MedicationRequest?patient=" + richId
                + "&_include=MedicationRequest:medication");
        MedicationRequest request = page.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(r -> r instanceof MedicationRequest).map(r -> (MedicationRequest) r).findFirst().orElseThrow();
        String medicationId = request.getMedicationReference().getReferenceElement().getIdPart();
        Medication medication = page.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(r -> r instanceof Medication && r.getIdElement().getIdPart().equals(medicationId))
                .map(r -> (Medication) r).findFirst().orElseThrow();
        String code = medication.getCode().getCodingFirstRep().getCode();

        MedicationEntry entry = record.medications().entries().stream()
                .filter(e -> e.provenance().resourceId().filter(request.getIdElement().getIdPart()::equals).isPresent())
                .findFirst().orElseThrow();
        assertThat(entry.medication().codings()).extracting(c -> c.code().orElse("")).contains(code);
        assertThat(record.medications().entries()).allSatisfy(e -> assertThat(e.medication().isEmpty()).isFalse());
        assertThat(record.medications().mappingIssues()).isEmpty();
        RecordedRequest sent = sandbox.requests().forRoute(SandboxRoutes.SHCR_SEARCH).stream()
                .filter(r -> r.path().endsWith("/MedicationRequest")).findFirst().orElseThrow();
        assertThat(sent.rawQuery()).contains("_include=MedicationRequest%3Amedication")
                .contains("_include=MedicationRequest%3Arequester");
    }

    @Test
    void withoutIncludes_theMedicationCannotBeResolved_andSaysSo() {
        CareRecord record = shcr.getRecord(REQUESTER, RICH, ShcrRecordRequest.builder()
                .sections(SectionKind.MEDICATIONS).includeReferenced(false).build());

        assertThat(record.medications().mappingIssues()).isNotEmpty();
        assertThat(sandbox.requests().forRoute("shcr.*")).noneSatisfy(r ->
                assertThat(String.valueOf(r.rawQuery())).contains("_include"));
    }

    @Test
    void sectionTheServerDoesNotOffer_isUnsupportedBySource_andNotAsked() {
        CareRecord record = shcr.getRecord(REQUESTER, RICH, ShcrRecordRequest.builder()
                .sections(SectionKind.REFERRALS, SectionKind.ALLERGIES).build());

        assertThat(record.referrals().status()).isEqualTo(SectionStatus.UNSUPPORTED_BY_SOURCE);
        assertThat(record.referrals().warnings()).anySatisfy(w -> assertThat(w.text().orElse(""))
                .contains("ServiceRequest"));
        assertThat(record.plannedActions().status()).isEqualTo(SectionStatus.NOT_REQUESTED);
        assertThat(record.allergies().status()).isEqualTo(SectionStatus.POPULATED);
        assertThat(record.medications().status()).isEqualTo(SectionStatus.NOT_REQUESTED);
        assertThat(sandbox.requests().forRoute("shcr.*")).noneSatisfy(r ->
                assertThat(r.path()).contains("ServiceRequest"));
        assertThat(shcr.capabilities(REQUESTER).supportsSearch("ServiceRequest")).isFalse();
    }

    @Test
    void pageCap_addsAnHonestTruncatedWarning() {
        CareRecord record = shcr.getRecord(REQUESTER, RICH, ShcrRecordRequest.builder()
                .sections(SectionKind.VITAL_SIGNS, SectionKind.ALLERGIES).maxPagesPerSearch(2).build());

        assertThat(record.vitalSigns().hasWarning(WarningKind.TRUNCATED)).isTrue();
        assertThat(record.vitalSigns().warnings()).filteredOn(w -> w.kind() == WarningKind.TRUNCATED)
                .singleElement().satisfies(w -> assertThat(w.text().orElse("")).contains("2 page(s)")
                        .contains("Observation"));
        assertThat(record.vitalSigns().entries()).hasSizeLessThan(18).isNotEmpty();
        assertThat(record.allergies().hasWarning(WarningKind.TRUNCATED)).as("4 allergies fit one page").isFalse();
        assertThat(record.sources().get(0).status()).isEqualTo(OutcomeStatus.PARTIAL);
        long observationPages = sandbox.requests().forRoute("shcr.*").stream()
                .filter(r -> r.path().endsWith("/Observation") || String.valueOf(r.rawQuery()).contains("_getpages"))
                .count();
        assertThat(observationPages).isEqualTo(2);
    }

    @Test
    void categorySearch_whenOnlyCategorisedObservationSectionsAreAsked() {
        CareRecord record = shcr.getRecord(REQUESTER, RICH, ShcrRecordRequest.builder()
                .sections(SectionKind.VITAL_SIGNS, SectionKind.SOCIAL_CONTEXT).pageSize(50).build());

        RecordedRequest sent = sandbox.requests().forRoute(SandboxRoutes.SHCR_SEARCH).stream()
                .filter(r -> r.path().endsWith("/Observation")).findFirst().orElseThrow();
        assertThat(sent.rawQuery()).contains("category=vital-signs%2Csocial-history").contains("_count=50");
        assertThat(record.vitalSigns().entries()).hasSize(18);
        assertThat(record.socialContext().entries()).hasSize(3);
        assertThat(record.results().status()).isEqualTo(SectionStatus.NOT_REQUESTED);
    }

    @Test
    void faultOnOneSectionsRoute_thatSectionIsSourceError_andTheRecordPartial() {
        sandbox.faults().onPath(".*/AllergyIntolerance").status(500);

        CareRecord record = shcr.getRecord(REQUESTER, RICH, ShcrRecordRequest.builder()
                .sections(SectionKind.ALLERGIES, SectionKind.IMMUNISATIONS, SectionKind.ALERTS).build());

        assertThat(record.allergies().status()).isEqualTo(SectionStatus.SOURCE_ERROR);
        assertThat(record.allergies().warnings()).anySatisfy(w -> assertThat(w.text().orElse(""))
                .contains("AllergyIntolerance").contains("500"));
        assertThat(record.immunisations().status()).isEqualTo(SectionStatus.POPULATED);
        assertThat(record.alerts().status()).isEqualTo(SectionStatus.POPULATED);
        SourceOutcome source = record.sources().get(0);
        assertThat(source.status()).isEqualTo(OutcomeStatus.PARTIAL);
        assertThat(source.message()).contains("1 of 3 searches failed");
        assertThat(source.issues()).anySatisfy(i -> assertThat(i.text().orElse("")).contains("AllergyIntolerance"));
    }

    @Test
    void transientFaultOnASection_isRetriedWithTheSameRequestId() {
        sandbox.faults().onPath(".*/Flag").next(1).status(503);

        CareRecord record = shcr.getRecord(REQUESTER, RICH,
                ShcrRecordRequest.builder().sections(SectionKind.ALERTS).build());

        assertThat(record.alerts().status()).isEqualTo(SectionStatus.POPULATED);
        List<RecordedRequest> flags = sandbox.requests().forRoute(SandboxRoutes.SHCR_SEARCH).stream()
                .filter(r -> r.path().endsWith("/Flag")).toList();
        assertThat(flags).hasSize(2);
        assertThat(flags.get(1).header("X-Request-ID")).isEqualTo(flags.get(0).header("X-Request-ID"));
        assertThat(flags.get(0).header("Authorization").orElse("")).startsWith("Bearer ");
    }

    @Test
    void deadline_serverHangsOnThePatientLookup_typedExceptionAndTheTestEnds() {
        sandbox.faults().onPath(".*/Patient").hang();

        DeadlineExceededException e = catchThrowableOfType(DeadlineExceededException.class,
                () -> shcr.getRecord(REQUESTER, RICH, ShcrRecordRequest.builder().deadline(Duration.ofSeconds(1))
                        .build()));

        assertThat(e).isNotNull();
    }

    @Test
    void deadline_serverHangsOnOneSection_thatSectionIsSourceError_theRestArrive() {
        sandbox.faults().onPath(".*/Immunization").hang();

        CareRecord record = shcr.getRecord(REQUESTER, RICH, ShcrRecordRequest.builder()
                .sections(SectionKind.ALLERGIES, SectionKind.IMMUNISATIONS).deadline(Duration.ofSeconds(2)).build());

        assertThat(record.immunisations().status()).isEqualTo(SectionStatus.SOURCE_ERROR);
        assertThat(record.immunisations().warnings()).anySatisfy(w -> assertThat(w.text().orElse(""))
                .contains("Immunization").contains("DeadlineExceeded"));
        assertThat(record.allergies().status()).isEqualTo(SectionStatus.POPULATED);
        assertThat(record.sources().get(0).status()).isEqualTo(OutcomeStatus.PARTIAL);
    }

    @Test
    void unknownAndSupersededNumbers_arePatientNotFound() {
        for (String nhs : List.of(SandboxPatients.UNKNOWN.nhsNumber(), SandboxPatients.SUPERSEDED.nhsNumber())) {
            PatientNotFoundException e = catchThrowableOfType(PatientNotFoundException.class,
                    () -> shcr.getRecord(REQUESTER, NhsNumber.parse(nhs)));
            assertThat(e.source()).isEqualTo("Westshire Shared Care Record");
            assertThat(e.getMessage()).doesNotContain(nhs);
        }
        RecordedRequest lookup = sandbox.requests().last(SandboxRoutes.SHCR_SEARCH).orElseThrow();
        assertThat(lookup.rawQuery()).startsWith("identifier=https%3A%2F%2Ffhir.nhs.uk%2FId%2Fnhs-number%7C");
    }

    @Test
    void restrictedPatient_isMarkedRestricted() {
        CareRecord record = shcr.getRecord(REQUESTER, NhsNumber.parse(SandboxPatients.RESTRICTED.nhsNumber()));

        assertThat(record.patient().confidentiality()).isEqualTo(Confidentiality.RESTRICTED);
        assertThat(record.patient().addresses()).isEmpty();
        assertThat(record.allergies().entries()).isNotEmpty();
    }

    @Test
    void capabilities_readFromMetadata_andCachedAsReferenceData() {
        ServerCapabilities first = shcr.capabilities(REQUESTER);
        ServerCapabilities second = shcr.capabilities(REQUESTER);

        assertThat(first.isKnown()).isTrue();
        assertThat(first.supportsSummary()).isTrue();
        assertThat(first.supportsEverything()).isFalse();
        assertThat(first.supportsSearch("AllergyIntolerance")).isTrue();
        assertThat(first.supportsInclude("MedicationRequest", "MedicationRequest:medication")).isTrue();
        assertThat(first.supportsSearchParam("Observation", "category")).isTrue();
        assertThat(first.fhirVersion()).contains("4.0.1");
        assertThat(second.resourceTypes()).isEqualTo(first.resourceTypes());
        assertThat(sandbox.requests().count(SandboxRoutes.SHCR_METADATA)).isEqualTo(1);
    }

    @Test
    void lowLevelSearch_isLazy_andFollowsEveryPage() {
        PagedIterable<Resource> observations = shcr.search(REQUESTER,
                FhirSearch.of("Observation").param("patient", richId).forPatient(RICH));

        assertThat(sandbox.requests().count("shcr.*")).as("nothing sent before iteration").isZero();
        List<Resource> all = observations.stream().toList();
        assertThat(all).hasSize(37).allSatisfy(r -> assertThat(r).isInstanceOf(Observation.class));
        assertThat(sandbox.requests().count(SandboxRoutes.SHCR_PAGE)).isEqualTo(7);
        assertThat(observations.streamByPage().count()).isEqualTo(8);
        Map<String, Long> byMode = shcr.searchEntries(REQUESTER, FhirSearch.of("MedicationRequest")
                        .param("patient", richId).param("_include", "MedicationRequest:medication"))
                .stream().collect(Collectors.groupingBy(e -> e.getSearch().getMode().toCode(), Collectors.counting()));
        assertThat(byMode.get("match")).isEqualTo(8);
        assertThat(byMode.get("include")).isPositive();
    }

    @Test
    void summary_instanceLevel_mapsSectionsAndKeepsEmptyReasons() {
        CareRecord rich = shcr.getSummary(REQUESTER, RICH);

        assertThat(rich.allergies().status()).isEqualTo(SectionStatus.POPULATED);
        assertThat(rich.problems().entries()).isNotEmpty();
        assertThat(rich.medications().entries()).isNotEmpty();
        assertThat(rich.allergies().narrativeHtml()).isPresent();
        assertThat(rich.encounters().status()).isEqualTo(SectionStatus.UNSUPPORTED_BY_SOURCE);
        assertThat(rich.sources().get(0).source().kind()).isEqualTo(SourceKind.IPS_DOCUMENT);
        assertThat(rich.patient().nhsNumber()).contains(RICH);
        RecordedRequest summary = sandbox.requests().last(SandboxRoutes.SHCR_SUMMARY).orElseThrow();
        assertThat(summary.path()).isEqualTo("/shcr/FHIR/R4/Patient/" + richId + "/$summary");
        assertThat(summary.header("Accept")).contains("application/fhir+json");

        CareRecord minimal = shcr.getSummary(REQUESTER, NhsNumber.parse(SandboxPatients.MINIMAL.nhsNumber()));
        assertThat(minimal.allergies().entries()).isEmpty();
        assertThat(minimal.allergies().emptyReason()).isPresent();
        assertThat(minimal.allergies().emptyReason().orElseThrow().codings()).extracting(c -> c.code().orElse(""))
                .contains("unavailable");
        assertThat(minimal.allergies().status()).isEqualTo(SectionStatus.NO_INFORMATION);
        assertThat(minimal.problems().emptyReason()).isPresent();
        assertThat(minimal.medications().entries()).isNotEmpty();
    }

    @Test
    void summary_typeLevel_sendsTheIdentifier() {
        try (SharedCareRecordClient typeLevel = client().summaryInvocation(SummaryInvocation.TYPE).build()) {
            CareRecord record = typeLevel.getSummary(REQUESTER, RICH);

            assertThat(record.allergies().entries()).isNotEmpty();
            RecordedRequest summary = sandbox.requests().last(SandboxRoutes.SHCR_SUMMARY).orElseThrow();
            assertThat(summary.path()).isEqualTo("/shcr/FHIR/R4/Patient/$summary");
            assertThat(summary.rawQuery()).isEqualTo("identifier=https%3A%2F%2Ffhir.nhs.uk%2FId%2Fnhs-number%7C"
                    + RICH.value());
            assertThat(sandbox.requests().forRoute(SandboxRoutes.SHCR_SEARCH)).isEmpty();
        }
    }

    @Test
    void summary_restrictedPatient_carriesTheHighWaterMark() {
        CareRecord record = shcr.getSummary(REQUESTER, NhsNumber.parse(SandboxPatients.RESTRICTED.nhsNumber()));

        assertThat(record.allergies().entries()).isNotEmpty().allSatisfy(e ->
                assertThat(e.sensitivity().level()).isEqualTo(Confidentiality.RESTRICTED));
        assertThat(catchThrowableOfType(PatientNotFoundException.class,
                () -> shcr.getSummary(REQUESTER, NhsNumber.parse(SandboxPatients.UNKNOWN.nhsNumber())))).isNotNull();
        assertThat(Optional.of(Coding.of("s", "c", "d"))).isPresent();
    }

    @Test
    void summary_aboutAnotherPatient_isRefused_andNeverCached() {
        String other = SandboxPatients.MINIMAL.nhsNumber();
        sandbox.faults().on(SandboxRoutes.SHCR_SUMMARY).rewriteBody(json -> json.replace(RICH.value(), other));
        try (SharedCareRecordClient caching = client()
                .cacheOptions(dev.carerecord.sdk.core.cache.CacheOptions.builder().clinicalCaching(true).build())
                .build()) {
            for (int i = 0; i < 2; i++) {
                dev.carerecord.sdk.core.exception.MalformedResponseException e = catchThrowableOfType(
                        dev.carerecord.sdk.core.exception.MalformedResponseException.class,
                        () -> caching.getSummary(REQUESTER, RICH));
                assertThat(e).isNotNull().hasMessageContaining("another patient");
                assertThat(e.getMessage()).doesNotContain(RICH.value(), other);
            }
        }

        assertThat(sandbox.requests().forRoute(SandboxRoutes.SHCR_SUMMARY)).as("the refused answer was not cached")
                .hasSize(2);
    }
}
