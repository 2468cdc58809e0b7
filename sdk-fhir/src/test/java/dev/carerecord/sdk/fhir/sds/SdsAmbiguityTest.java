package dev.carerecord.sdk.fhir.sds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.carerecord.sdk.core.ids.OdsCode;
import dev.carerecord.sdk.core.routing.EndpointNotFoundException;
import dev.carerecord.sdk.core.routing.ResolvedEndpoint;
import dev.carerecord.sdk.fhir.internal.fhir.R4Fhir;
import dev.carerecord.sdk.fhir.testing.Requesters;
import dev.carerecord.sdk.testing.Reply;
import dev.carerecord.sdk.testing.ScriptedHttpServer;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Device;
import org.hl7.fhir.r4.model.Endpoint;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Directory answers the sandbox does not produce (an organisation with two MHS records for one interaction, an
 * endpoint with no address, party keys that do not join), served over real HTTP as SDS shapes them.
 */
class SdsAmbiguityTest {
    private static final String INTERACTION = SdsClientTest.STRUCTURED;
    private ScriptedHttpServer server;
    private SdsClient sds;

    @BeforeEach
    void start() {
        server = ScriptedHttpServer.start();
        sds = SdsClient.builder().baseUrl(server.baseUrl() + "/spine-directory/FHIR/R4").apiKey("k").build();
    }

    @AfterEach
    void stop() {
        sds.close();
        server.close();
    }

    private static Device device(String asid, String partyKey) {
        Device d = new Device();
        d.setId(asid);
        d.addIdentifier().setSystem("https://fhir.nhs.uk/Id/nhsSpineASID").setValue(asid);
        if (partyKey != null) {
            d.addIdentifier().setSystem("https://fhir.nhs.uk/Id/nhsMhsPartyKey").setValue(partyKey);
        }
        return d;
    }

    private static Endpoint endpoint(String address, String partyKey) {
        Endpoint e = new Endpoint();
        e.setId(partyKey == null ? "none" : partyKey);
        e.setStatus(Endpoint.EndpointStatus.ACTIVE);
        e.setAddress(address);
        if (partyKey != null) {
            e.addIdentifier().setSystem("http://fhir.nhs.uk/Id/nhsMhsPartyKey").setValue(partyKey);
        }
        return e;
    }

    private void serve(List<? extends Resource> devices, List<? extends Resource> endpoints) {
        server.on("/spine-directory/FHIR/R4/Device", Reply.json(200, bundle(devices)));
        server.on("/spine-directory/FHIR/R4/Endpoint", Reply.json(200, bundle(endpoints)));
    }

    private static String bundle(List<? extends Resource> resources) {
        Bundle b = new Bundle().setType(Bundle.BundleType.SEARCHSET).setTotal(resources.size());
        resources.forEach(r -> b.addEntry().setResource(r));
        return R4Fhir.context().newJsonParser().encodeResourceToString(b);
    }

    @Test
    void twoPairs_failLoudlyNamingThePartyKeys_andThePartyKeyChooses() {
        serve(List.of(device("200000000001", "A20047-1"), device("200000000002", "A20047-2")),
                List.of(endpoint("https://a.example/A20047/STU3/1/gpconnect/structured/", "A20047-1"),
                        endpoint("https://b.example/A20047/STU3/1/gpconnect/structured", "A20047-2")));

        AmbiguousEndpointException e = catchThrowableOfType(AmbiguousEndpointException.class,
                () -> sds.resolve(OdsCode.of("A20047"), INTERACTION, Requesters.westshire()));
        assertThat(e.candidatePartyKeys()).containsExactly("A20047-1", "A20047-2");
        assertThat(e.odsCode()).isEqualTo("A20047");

        // the scripted directory ignores the party key parameter: the client also filters by the key it asked for
        ResolvedEndpoint chosen = sds.resolve(OdsCode.of("A20047"), INTERACTION, "A20047-1", Requesters.westshire());
        assertThat(chosen.address()).as("verbatim, trailing slash kept")
                .isEqualTo("https://a.example/A20047/STU3/1/gpconnect/structured/");
        assertThat(chosen.asid().value()).isEqualTo("200000000001");
    }

    @Test
    void partyKeysThatDoNotJoin_areNotFound() {
        serve(List.of(device("200000000001", "A20047-1"), device("200000000003", "A20047-3")),
                List.of(endpoint("https://a.example/x", "A20047-2")));

        assertThat(catchThrowableOfType(EndpointNotFoundException.class,
                () -> sds.resolve(OdsCode.of("A20047"), INTERACTION, Requesters.westshire())))
                .hasMessageContaining("party key");
    }

    @Test
    void oneDeviceAndOneEndpoint_withoutPartyKeys_arePaired() {
        serve(List.of(device("200000000001", null)), List.of(endpoint("https://a.example/x", null)));

        ResolvedEndpoint only = sds.resolve(OdsCode.of("A20047"), INTERACTION, Requesters.westshire());

        assertThat(only.asid().value()).isEqualTo("200000000001");
        assertThat(only.partyKey()).isEmpty();
    }

    @Test
    void anEndpointWithoutAddress_isNotUsable() {
        serve(List.of(device("200000000001", "A20047-1")), List.of(endpoint("", "A20047-1")));

        assertThat(catchThrowableOfType(EndpointNotFoundException.class,
                () -> sds.resolve(OdsCode.of("A20047"), INTERACTION, Requesters.westshire())))
                .hasMessageContaining("address");
    }
}
