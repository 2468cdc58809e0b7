package dev.carerecord.sdk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Device;
import org.hl7.fhir.r4.model.Endpoint;
import org.hl7.fhir.r4.model.Identifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** SDS FHIR R4: Endpoint and Device searches for practices and consumers, apikey, parameter validation. */
@ExtendWith(SandboxExtension.class)
@SandboxConfig(sdsApiKey = "test-key")
class SdsTest {
    private static final String ORG = "organization=https://fhir.nhs.uk/Id/ods-organization-code%7C";
    private static final String INTERACTION = "identifier=https://fhir.nhs.uk/Id/nhsServiceInteractionId%7C";
    private static final String STRUCTURED = "urn:nhs:names:services:gpconnect:fhir:operation:gpc.getstructuredrecord-1";

    private static HttpResponse<String> sds(Sandbox sandbox, String pathAndQuery) {
        return Http.get(sandbox.urls().sds() + pathAndQuery, "apikey", "test-key", "Accept", "application/fhir+json");
    }

    private static Bundle bundle(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Fhir.r4Bundle(response.body());
    }

    private static String value(java.util.List<Identifier> identifiers, String system) {
        return identifiers.stream().filter(i -> i.getSystem().equals(system)).findFirst().orElseThrow().getValue();
    }

    @Test
    void endpoint_forStructured_isThePracticeStructuredRoot(Sandbox sandbox) {
        SandboxPractice practice = SandboxOrganisations.PRACTICE_B;
        Bundle found = bundle(sds(sandbox, "/Endpoint?" + ORG + practice.ods() + "&" + INTERACTION + STRUCTURED));
        assertThat(found.getTotal()).isEqualTo(1);
        Endpoint endpoint = (Endpoint) found.getEntryFirstRep().getResource();
        assertThat(endpoint.getAddress()).isEqualTo(sandbox.urls().gpConnectStructured(practice.ods()));
        assertThat(value(endpoint.getIdentifier(), "https://fhir.nhs.uk/Id/nhsMhsPartyKey")).isEqualTo(practice.partyKey());
        Bundle foundations = bundle(sds(sandbox, "/Endpoint?" + ORG + practice.ods() + "&" + INTERACTION
                + "urn:nhs:names:services:gpconnect:fhir:rest:search:patient-1"));
        assertThat(((Endpoint) foundations.getEntryFirstRep().getResource()).getAddress())
                .isEqualTo(sandbox.urls().gpConnect(practice.ods()));
        Bundle documents = bundle(sds(sandbox, "/Endpoint?" + ORG + practice.ods() + "&" + INTERACTION
                + "urn:nhs:names:services:gpconnect:documents:fhir:rest:read:binary-1"));
        assertThat(((Endpoint) documents.getEntryFirstRep().getResource()).getAddress())
                .isEqualTo(sandbox.urls().gpConnectDocuments(practice.ods()));
    }

    @Test
    void device_givesAsidAndPartyKey_forPracticesAndConsumers(Sandbox sandbox) {
        Device practice = (Device) bundle(sds(sandbox, "/Device?" + ORG + SandboxOrganisations.PRACTICE_A.ods()
                + "&" + INTERACTION + STRUCTURED)).getEntryFirstRep().getResource();
        assertThat(value(practice.getIdentifier(), "https://fhir.nhs.uk/Id/nhsSpineASID")).isEqualTo(SandboxOrganisations.PRACTICE_A.asid());
        assertThat(value(practice.getIdentifier(), "https://fhir.nhs.uk/Id/nhsMhsPartyKey")).isEqualTo(SandboxOrganisations.PRACTICE_A.partyKey());
        SandboxConsumer me = SandboxOrganisations.CONSUMER_A;
        Bundle own = bundle(sds(sandbox, "/Device?" + ORG + me.ods() + "&" + INTERACTION + STRUCTURED
                + "&manufacturing-organization=https://fhir.nhs.uk/Id/ods-organization-code%7C" + me.manufacturerOds()));
        assertThat(value(((Device) own.getEntryFirstRep().getResource()).getIdentifier(), "https://fhir.nhs.uk/Id/nhsSpineASID"))
                .isEqualTo(me.asid());
        Bundle byPartyKey = bundle(sds(sandbox, "/Device?" + ORG + SandboxOrganisations.PRACTICE_A.ods() + "&" + INTERACTION
                + STRUCTURED + "&identifier=https://fhir.nhs.uk/Id/nhsMhsPartyKey%7Cwrong"));
        assertThat(byPartyKey.getTotal()).isZero();
    }

    @Test
    void unknownOds_isEmptyBundle(Sandbox sandbox) {
        Bundle empty = bundle(sds(sandbox, "/Endpoint?" + ORG + "Y12345&" + INTERACTION + STRUCTURED));
        assertThat(empty.getTotal()).isZero();
        assertThat(empty.getType()).isEqualTo(Bundle.BundleType.SEARCHSET);
    }

    @Test
    void apikey_missingIs401_wrongIs403(Sandbox sandbox) {
        String url = sandbox.urls().sds() + "/Endpoint?" + ORG + "Y90001&" + INTERACTION + STRUCTURED;
        HttpResponse<String> missing = Http.get(url);
        assertThat(missing.statusCode()).isEqualTo(401);
        assertThat(Fhir.r4Code(missing.body())).isEqualTo("ACCESS_DENIED");
        assertThat(Http.get(url, "apikey", "other").statusCode()).isEqualTo(403);
    }

    @Test
    void badParameters_are400(Sandbox sandbox) {
        assertThat(sds(sandbox, "/Endpoint?" + ORG + "Y90001&" + INTERACTION + STRUCTURED + "&colour=blue").statusCode()).isEqualTo(400);
        assertThat(sds(sandbox, "/Endpoint?" + ORG + "Y90001").statusCode()).isEqualTo(400);
        assertThat(sds(sandbox, "/Device?" + INTERACTION + STRUCTURED).statusCode()).isEqualTo(400);
        assertThat(sds(sandbox, "/Device?organization=Y90001&" + INTERACTION + STRUCTURED).statusCode()).isEqualTo(400);
    }
}
