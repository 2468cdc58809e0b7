package dev.carerecord.sdk.gpconnect.client;

import static dev.carerecord.sdk.gpconnect.client.GpConnectSandboxSupport.consumer;
import static dev.carerecord.sdk.gpconnect.client.GpConnectSandboxSupport.requester;
import static dev.carerecord.sdk.gpconnect.client.GpConnectSandboxSupport.staticRouting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.carerecord.sdk.core.exception.MalformedResponseException;
import dev.carerecord.sdk.core.ids.NhsNumber;
import dev.carerecord.sdk.core.ids.OdsCode;
import dev.carerecord.sdk.gpconnect.DemographicMismatch;
import dev.carerecord.sdk.gpconnect.GpConnectClient;
import dev.carerecord.sdk.gpconnect.PatientMismatchException;
import dev.carerecord.sdk.gpconnect.StructuredRecordRequest;
import dev.carerecord.sdk.gpconnect.StructuredRecordResult;
import dev.carerecord.sdk.model.PatientDemographics;
import dev.carerecord.sdk.sandbox.Sandbox;
import dev.carerecord.sdk.sandbox.SandboxExtension;
import dev.carerecord.sdk.sandbox.SandboxPatients;
import dev.carerecord.sdk.sandbox.SandboxRoutes;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The client checks that the Bundle is about the patient asked for (spec section 12): a practice answering with
 * another patient's record, or one it cannot be tied to, fails the call; the record is never returned.
 */
@ExtendWith(SandboxExtension.class)
class PatientIdentityTest {
    private static final NhsNumber RICH = NhsNumber.parse(SandboxPatients.RICH.nhsNumber());
    private static final NhsNumber OTHER = NhsNumber.parse(SandboxPatients.MINIMAL.nhsNumber());
    private static final OdsCode PRACTICE = OdsCode.of(SandboxPatients.RICH.practiceOds());

    private final Sandbox sandbox;
    private GpConnectClient client;

    PatientIdentityTest(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    @BeforeEach
    void setUp() {
        sandbox.faults().clear();
        sandbox.requests().clear();
        client = GpConnectClient.builder().consumer(consumer()).routing(staticRouting(sandbox)).build();
    }

    @AfterEach
    void tearDown() {
        client.close();
        sandbox.faults().clear();
    }

    private StructuredRecordResult getRich() {
        return client.getStructuredRecord(requester("s"), RICH, PRACTICE,
                StructuredRecordRequest.builder().allergies(true).medication().build());
    }

    private void practiceAnswers(UnaryOperator<String> rewrite) {
        sandbox.faults().on(SandboxRoutes.GPC_STRUCTURED).rewriteBody(rewrite);
    }

    private void assertRefused(PatientMismatchException.Reason reason) {
        assertThatThrownBy(this::getRich)
                .isInstanceOf(MalformedResponseException.class)
                .isInstanceOfSatisfying(PatientMismatchException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.attempts()).isEqualTo(1);
                    assertThat(e.correlationId()).isPresent();
                    assertThat(e.getMessage()).contains("GP Connect " + PRACTICE.value())
                            .doesNotContain(RICH.value(), RICH.formatted(), OTHER.value(), OTHER.formatted());
                });
        assertThat(sandbox.requests().count(SandboxRoutes.GPC_STRUCTURED)).as("not retried").isEqualTo(1);
    }

    @Test
    void anotherPatientsRecord_isRefused() {
        practiceAnswers(json -> json.replace(RICH.value(), OTHER.value()));
        assertRefused(PatientMismatchException.Reason.OTHER_NHS_NUMBER);
    }

    @Test
    void aPatientWhoseNhsNumberFailsModulus11_isRefused_sayingSo() {
        String broken = RICH.value().substring(0, 9) + ((RICH.value().charAt(9) - '0' + 1) % 10);
        assertThat(dev.carerecord.sdk.core.ids.NhsNumber.isValid(broken)).isFalse();
        practiceAnswers(json -> json.replace(RICH.value(), broken));
        assertRefused(PatientMismatchException.Reason.INVALID_NHS_NUMBER);
    }

    @Test
    void aPatientWithoutAnNhsNumber_isRefused() {
        practiceAnswers(json -> json.replace("https://fhir.nhs.uk/Id/nhs-number", "https://example.org/local-id"));
        assertRefused(PatientMismatchException.Reason.NO_NHS_NUMBER);
    }

    @Test
    void aBundleWithoutAPatient_isRefused() {
        practiceAnswers(json -> json.replace("\"resourceType\": \"Patient\"", "\"resourceType\": \"Basic\"")
                .replace("\"resourceType\":\"Patient\"", "\"resourceType\":\"Basic\""));
        assertRefused(PatientMismatchException.Reason.NO_PATIENT);
    }

    @Test
    void theRequestedPatientsRecord_isReturned_andTheCrossCheckComparesTheNhsNumber() {
        StructuredRecordResult result = getRich();
        PatientDemographics returned = result.record().patient();
        assertThat(returned.nhsNumber()).contains(RICH);
        assertThat(result.crossCheck(returned, PRACTICE.value()).matches()).isTrue();

        PatientDemographics local = new PatientDemographics(Optional.of(OTHER), Optional.empty(), returned.identifiers(),
                returned.names(), returned.gender(), returned.birthDate(), false, null, null, null, null, null, null,
                null, null, null);
        assertThat(result.crossCheck(local, PRACTICE.value()).mismatches())
                .extracting(DemographicMismatch::field).containsExactly(DemographicMismatch.Field.NHS_NUMBER);
    }
}
