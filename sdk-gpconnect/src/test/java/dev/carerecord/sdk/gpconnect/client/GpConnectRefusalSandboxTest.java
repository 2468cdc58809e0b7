package dev.carerecord.sdk.gpconnect.client;

import static dev.carerecord.sdk.gpconnect.client.GpConnectSandboxSupport.requester;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.carerecord.sdk.core.exception.AccessDeniedException;
import dev.carerecord.sdk.core.exception.ErrorCode;
import dev.carerecord.sdk.core.http.HttpPipeline;
import dev.carerecord.sdk.core.ids.NhsNumber;
import dev.carerecord.sdk.core.ids.OdsCode;
import dev.carerecord.sdk.gpconnect.GpConnectClient;
import dev.carerecord.sdk.gpconnect.StructuredRecordRequest;
import dev.carerecord.sdk.sandbox.GpConnectError;
import dev.carerecord.sdk.sandbox.Sandbox;
import dev.carerecord.sdk.sandbox.SandboxExtension;
import dev.carerecord.sdk.sandbox.SandboxPatients;
import dev.carerecord.sdk.sandbox.SandboxRoutes;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Spine refusals a provider answers a structured request with (403 {@code ACCESS DENIED} when GP Connect is
 * disabled at the practice, 403 {@code NO_RELATIONSHIP}), served by the sandbox over real HTTP: each is an
 * {@link AccessDeniedException}, is not retried, and its message names no patient.
 */
@ExtendWith(SandboxExtension.class)
class GpConnectRefusalSandboxTest {
    private static final String NHS_NUMBER = SandboxPatients.RICH.nhsNumber();

    private List<Duration> sleeps;
    private final Sandbox sandbox;
    private HttpPipeline pipeline;
    private GpConnectClient client;

    GpConnectRefusalSandboxTest(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    @BeforeEach
    void setUp() {
        sandbox.faults().clear();
        sandbox.requests().clear();
        GpConnectSandboxSupport.SleeplessClient fixture = new GpConnectSandboxSupport.SleeplessClient(sandbox,
                "gpconnect-refusal-test");
        sleeps = fixture.sleeps;
        pipeline = fixture.pipeline;
        client = fixture.client;
    }

    @AfterEach
    void tearDown() {
        client.close();
        pipeline.close();
        sandbox.faults().clear();
    }

    private AccessDeniedException refusedWith(GpConnectError error) {
        sandbox.faults().on(SandboxRoutes.GPC_STRUCTURED).gpConnectError(error);
        return catchThrowableOfType(() -> client.getStructuredRecord(requester("session-1"),
                NhsNumber.parse(NHS_NUMBER), OdsCode.of(SandboxPatients.RICH.practiceOds()),
                StructuredRecordRequest.builder().allergies(true).medication().build()), AccessDeniedException.class);
    }

    @Test
    void gpConnectDisabledAtThePractice_isAccessDenied_withTheSpacedCodeAsSent() {
        AccessDeniedException e = refusedWith(GpConnectError.ACCESS_DENIED);

        assertThat(e).as("AccessDeniedException").isNotNull();
        assertThat(e.errorCode()).contains(ErrorCode.ACCESS_DENIED);
        assertThat(e.errorCode().orElseThrow().value()).isEqualTo("ACCESS DENIED");
        assertThat(e.statusCode()).isEqualTo(403);
        assertThat(e.getMessage()).startsWith("Access refused by");
        assertNotRetried(e);
        assertNamesNoPatient(e);
    }

    @Test
    void noLegitimateRelationship_isAccessDenied() {
        AccessDeniedException e = refusedWith(GpConnectError.NO_RELATIONSHIP);

        assertThat(e).as("AccessDeniedException").isNotNull();
        assertThat(e.errorCode()).contains(ErrorCode.NO_RELATIONSHIP);
        assertThat(e.statusCode()).isEqualTo(403);
        assertThat(e.getMessage()).startsWith("Access refused by");
        assertNotRetried(e);
        assertNamesNoPatient(e);
    }

    private void assertNotRetried(AccessDeniedException e) {
        assertThat(sandbox.requests().count(SandboxRoutes.GPC_STRUCTURED)).isEqualTo(1);
        assertThat(e.attempts()).isEqualTo(1);
        assertThat(sleeps).isEmpty();
    }

    private static void assertNamesNoPatient(AccessDeniedException e) {
        String spaced = NHS_NUMBER.substring(0, 3) + " " + NHS_NUMBER.substring(3, 6) + " " + NHS_NUMBER.substring(6);
        assertThat(e.getMessage()).doesNotContain(NHS_NUMBER).doesNotContain(spaced);
        assertThat(e.toString()).doesNotContain(NHS_NUMBER).doesNotContain(spaced);
    }
}
