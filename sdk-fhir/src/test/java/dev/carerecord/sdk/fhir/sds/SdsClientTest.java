package dev.carerecord.sdk.fhir.sds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.carerecord.sdk.core.RequesterContext;
import dev.carerecord.sdk.core.exception.AccessDeniedException;
import dev.carerecord.sdk.core.ids.Asid;
import dev.carerecord.sdk.core.ids.OdsCode;
import dev.carerecord.sdk.core.routing.EndpointNotFoundException;
import dev.carerecord.sdk.core.routing.EndpointResolver;
import dev.carerecord.sdk.core.routing.ResolvedEndpoint;
import dev.carerecord.sdk.fhir.testing.Requesters;
import dev.carerecord.sdk.sandbox.RecordedRequest;
import dev.carerecord.sdk.sandbox.Sandbox;
import dev.carerecord.sdk.sandbox.SandboxConsumer;
import dev.carerecord.sdk.sandbox.SandboxExtension;
import dev.carerecord.sdk.sandbox.SandboxOrganisations;
import dev.carerecord.sdk.sandbox.SandboxPractice;
import dev.carerecord.sdk.sandbox.SandboxRoutes;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link SdsClient} over real HTTP against the sandbox's SDS. */
@ExtendWith(SandboxExtension.class)
class SdsClientTest {
    static final String STRUCTURED = "urn:nhs:names:services:gpconnect:fhir:operation:gpc.getstructuredrecord-1";
    static final String METADATA = "urn:nhs:names:services:gpconnect:fhir:rest:read:metadata-1";
    static final String PATIENT_SEARCH = "urn:nhs:names:services:gpconnect:fhir:rest:search:patient-1";
    static final String DOCUMENT_SEARCH =
            "urn:nhs:names:services:gpconnect:documents:fhir:rest:search:documentreference-1";

    private final Sandbox sandbox;
    private SdsClient sds;

    SdsClientTest(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    @BeforeEach
    void start() {
        sandbox.requests().clear();
        sds = SdsClient.builder().baseUrl(sandbox.urls().sds()).apiKey("sandbox-key-1").build();
    }

    @AfterEach
    void stop() {
        sds.close();
    }

    static List<SandboxPractice> practices() {
        return SandboxOrganisations.practices();
    }

    @ParameterizedTest
    @MethodSource("practices")
    void structuredInteraction_resolvesToTheStructuredRootAndThePracticeAsid(SandboxPractice practice) {
        EndpointResolver resolver = sds;

        ResolvedEndpoint endpoint = resolver.resolve(OdsCode.of(practice.ods()), STRUCTURED, Requesters.westshire());

        assertThat(endpoint.address()).isEqualTo(sandbox.urls().gpConnectStructured(practice.ods()));
        assertThat(endpoint.asid()).isEqualTo(Asid.of(practice.asid()));
        assertThat(endpoint.partyKey()).contains(practice.partyKey());
    }

    @ParameterizedTest
    @MethodSource("practices")
    void foundationsInteractions_resolveToTheFoundationsRoot(SandboxPractice practice) {
        for (String interaction : List.of(METADATA, PATIENT_SEARCH)) {
            ResolvedEndpoint endpoint = sds.resolve(OdsCode.of(practice.ods()), interaction, Requesters.westshire());

            assertThat(endpoint.address()).isEqualTo(sandbox.urls().gpConnect(practice.ods()));
            assertThat(endpoint.asid()).isEqualTo(Asid.of(practice.asid()));
        }
    }

    @Test
    void documentsInteraction_resolvesToTheDocumentsRoot() {
        ResolvedEndpoint endpoint = sds.resolve(OdsCode.of("Y90002"), DOCUMENT_SEARCH, Requesters.westshire());

        assertThat(endpoint.address()).isEqualTo(sandbox.urls().gpConnectDocuments("Y90002"));
    }

    @Test
    void headersAndQuery_asSdsWantsThem() {
        sds.resolve(OdsCode.of("Y90001"), STRUCTURED, Requesters.westshire());

        RecordedRequest endpointLookup = sandbox.requests().last(SandboxRoutes.SDS_ENDPOINT).orElseThrow();
        assertThat(endpointLookup.header("apikey")).contains("sandbox-key-1");
        assertThat(endpointLookup.header("Accept")).contains("application/fhir+json");
        String correlation = endpointLookup.header("X-Correlation-Id").orElseThrow();
        assertThat(UUID.fromString(correlation)).isNotNull();
        assertThat(endpointLookup.rawQuery()).isEqualTo(
                "organization=https%3A%2F%2Ffhir.nhs.uk%2FId%2Fods-organization-code%7CY90001"
                        + "&identifier=https%3A%2F%2Ffhir.nhs.uk%2FId%2FnhsServiceInteractionId%7C"
                        + "urn%3Anhs%3Anames%3Aservices%3Agpconnect%3Afhir%3Aoperation%3Agpc.getstructuredrecord-1");
        assertThat(sandbox.requests().count(SandboxRoutes.SDS_DEVICE)).isEqualTo(1);
    }

    @Test
    void partyKey_narrowsTheLookup() {
        ResolvedEndpoint endpoint = sds.resolve(OdsCode.of("Y90001"), STRUCTURED, "Y90001-900101",
                Requesters.westshire());

        assertThat(endpoint.asid().value()).isEqualTo("900000000101");
        assertThat(sandbox.requests().last(SandboxRoutes.SDS_DEVICE).orElseThrow().rawQuery())
                .contains("nhsMhsPartyKey%7CY90001-900101");
        EndpointNotFoundException wrongKey = catchThrowableOfType(EndpointNotFoundException.class,
                () -> sds.resolve(OdsCode.of("Y90001"), STRUCTURED, "Y90002-900102", Requesters.westshire()));
        assertThat(wrongKey).isNotNull();
    }

    @Test
    void unknownOrganisation_isEndpointNotFound() {
        EndpointNotFoundException e = catchThrowableOfType(EndpointNotFoundException.class,
                () -> sds.resolve(OdsCode.of("Y99999"), STRUCTURED, Requesters.westshire()));

        assertThat(e.odsCode()).isEqualTo("Y99999");
        assertThat(e.interactionId()).isEqualTo(STRUCTURED);
        assertThat(e.getMessage()).contains("Endpoint");
    }

    @Test
    void unknownInteraction_isEndpointNotFound() {
        assertThat(catchThrowableOfType(EndpointNotFoundException.class,
                () -> sds.resolve(OdsCode.of("Y90001"), "urn:nhs:names:services:unknown-1", Requesters.westshire())))
                .isNotNull();
    }

    @Test
    void sessionScopedCaching_reusedWithinASession_neverAcrossSessions() {
        RequesterContext session1 = Requesters.westshire("session-1");
        RequesterContext session2 = Requesters.westshire("session-2");

        sds.resolve(OdsCode.of("Y90001"), STRUCTURED, session1);
        int afterFirst = sandbox.requests().count("sds.*");
        ResolvedEndpoint again = sds.resolve(OdsCode.of("Y90001"), STRUCTURED, session1);
        int afterSecond = sandbox.requests().count("sds.*");
        sds.resolve(OdsCode.of("Y90001"), STRUCTURED, session2);
        int afterOtherSession = sandbox.requests().count("sds.*");

        assertThat(afterFirst).isEqualTo(2);
        assertThat(afterSecond).as("same session: served from the cache").isEqualTo(2);
        assertThat(again.asid().value()).isEqualTo("900000000101");
        assertThat(afterOtherSession).as("new session: asked again").isEqualTo(4);
    }

    @Test
    void noSessionId_neverCached() {
        sds.resolve(OdsCode.of("Y90001"), STRUCTURED, Requesters.westshire());
        sds.resolve(OdsCode.of("Y90001"), STRUCTURED, Requesters.westshire());

        assertThat(sandbox.requests().count("sds.*")).isEqualTo(4);
    }

    @Test
    void consumerAsid_ofTheRequestersOrganisation() {
        SandboxConsumer westshire = SandboxOrganisations.CONSUMER_A;

        Asid asid = sds.consumerAsid(Requesters.westshire(), OdsCode.of(SandboxOrganisations.SUPPLIER_ODS), STRUCTURED);

        assertThat(asid.value()).isEqualTo(westshire.asid());
        assertThat(sandbox.requests().last(SandboxRoutes.SDS_DEVICE).orElseThrow().rawQuery())
                .contains("organization=https%3A%2F%2Ffhir.nhs.uk%2FId%2Fods-organization-code%7CY80001")
                .contains("manufacturing-organization=https%3A%2F%2Ffhir.nhs.uk%2FId%2Fods-organization-code%7C"
                        + SandboxOrganisations.SUPPLIER_ODS);
        assertThat(sds.consumerAsid(Requesters.millbridge(), OdsCode.of(SandboxOrganisations.SUPPLIER_ODS),
                STRUCTURED).value()).isEqualTo(SandboxOrganisations.CONSUMER_B.asid());
        assertThat(catchThrowableOfType(EndpointNotFoundException.class,
                () -> sds.consumerAsid(Requesters.westshire(), OdsCode.of("Y70002"), STRUCTURED))).isNotNull();
    }

    @Test
    void findDevicesAndEndpoints_readTheDirectoryRecords() {
        List<SdsDevice> devices = sds.findDevices(Requesters.westshire(), OdsCode.of("Y90002"), STRUCTURED, null, null);
        List<SdsEndpoint> endpoints = sds.findEndpoints(Requesters.westshire(), OdsCode.of("Y90002"), STRUCTURED,
                null);

        assertThat(devices).singleElement().satisfies(d -> {
            assertThat(d.asid()).contains(Asid.of("900000000102"));
            assertThat(d.partyKey()).contains("Y90002-900102");
            assertThat(d.ownerOdsCode()).contains("Y90002");
            assertThat(d.interactionIds()).containsExactly(STRUCTURED);
        });
        assertThat(endpoints).singleElement().satisfies(e -> {
            assertThat(e.status()).contains("active");
            assertThat(e.managingOdsCode()).contains("Y90002");
            assertThat(e.fqdn()).isPresent();
            assertThat(e.isUsable()).isTrue();
        });
    }

    @Test
    void missingApiKey_isTypedAccessDenied() {
        try (SdsClient blank = SdsClient.builder().baseUrl(sandbox.urls().sds()).apiKey(() -> "").build()) {
            assertThat(catchThrowableOfType(dev.carerecord.sdk.core.exception.InvalidInputException.class,
                    () -> blank.resolve(OdsCode.of("Y90001"), STRUCTURED, Requesters.westshire()))).isNotNull();
        }
        try (Sandbox strict = Sandbox.builder().sdsApiKey("the-right-key").start();
                SdsClient wrong = SdsClient.builder().baseUrl(strict.urls().sds()).apiKey("a-wrong-key").build()) {
            AccessDeniedException e = catchThrowableOfType(AccessDeniedException.class,
                    () -> wrong.resolve(OdsCode.of("Y90001"), STRUCTURED, Requesters.westshire()));
            assertThat(e.statusCode()).isEqualTo(403);
            assertThat(e.getMessage()).doesNotContain("a-wrong-key");
        }
    }

    @Test
    void inputsAreCheckedBeforeSending() {
        assertThat(catchThrowableOfType(dev.carerecord.sdk.core.exception.InvalidInputException.class,
                () -> sds.resolve(OdsCode.of("Y90001"), " ", Requesters.westshire()))).isNotNull();
        assertThat(catchThrowableOfType(dev.carerecord.sdk.core.exception.InvalidInputException.class,
                () -> sds.resolve(null, STRUCTURED, Requesters.westshire()))).isNotNull();
        assertThat(sandbox.requests().count("sds.*")).isZero();
        assertThat(Optional.of(sds.toString())).isPresent();
    }
}
