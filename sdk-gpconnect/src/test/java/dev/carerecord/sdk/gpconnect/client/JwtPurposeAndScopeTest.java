package dev.carerecord.sdk.gpconnect.client;

import static dev.carerecord.sdk.gpconnect.client.GpConnectSandboxSupport.consumer;
import static dev.carerecord.sdk.gpconnect.client.GpConnectSandboxSupport.requester;
import static dev.carerecord.sdk.gpconnect.client.GpConnectSandboxSupport.staticRouting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.carerecord.sdk.core.PurposeOfUse;
import dev.carerecord.sdk.core.RequesterContext;
import dev.carerecord.sdk.core.exception.InvalidInputException;
import dev.carerecord.sdk.core.ids.NhsNumber;
import dev.carerecord.sdk.core.ids.OdsCode;
import dev.carerecord.sdk.gpconnect.GpConnectClient;
import dev.carerecord.sdk.gpconnect.StructuredRecordRequest;
import dev.carerecord.sdk.sandbox.Sandbox;
import dev.carerecord.sdk.sandbox.SandboxExtension;
import dev.carerecord.sdk.sandbox.SandboxPatients;
import dev.carerecord.sdk.sandbox.SandboxRoutes;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The JWT's reason_for_request and confidentiality scope are those the spec allows for get structured record. */
@ExtendWith(SandboxExtension.class)
class JwtPurposeAndScopeTest {
    private final Sandbox sandbox;

    JwtPurposeAndScopeTest(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    @BeforeEach
    void setUp() {
        sandbox.faults().clear();
        sandbox.requests().clear();
    }

    @Test
    void purposeOtherThanDirectCare_isRefusedBeforeAnythingIsSent() {
        try (GpConnectClient client = GpConnectClient.builder().consumer(consumer()).routing(staticRouting(sandbox))
                .build()) {
            for (String purpose : List.of("migration", "secondaryuses")) {
                RequesterContext requester = requester("session-1").toBuilder()
                        .purposeOfUse(PurposeOfUse.of(purpose)).build();
                assertThatThrownBy(() -> client.getStructuredRecord(requester,
                        NhsNumber.parse(SandboxPatients.RICH.nhsNumber()),
                        OdsCode.of(SandboxPatients.RICH.practiceOds()),
                        StructuredRecordRequest.builder().allergies(true).build()))
                        .as(purpose)
                        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                            assertThat(e.field()).isEqualTo("requester.purposeOfUse");
                            assertThat(e.attempts()).isZero();
                        });
            }
        }
        assertThat(sandbox.requests().count(SandboxRoutes.GPC_STRUCTURED)).isZero();
    }

    @Test
    void restrictedConfidentialityScope_isRefusedWhenBuilding() {
        assertThatThrownBy(() -> GpConnectClient.builder().requestedScopeConfidentiality("conf/R"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("GP2GP");
        for (String other : new String[] {"conf/X", "", "conf/n"}) {
            assertThatThrownBy(() -> GpConnectClient.builder().requestedScopeConfidentiality(other))
                    .as(other).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> GpConnectClient.builder().requestedScopeConfidentiality(null))
                .isInstanceOf(IllegalArgumentException.class);
        GpConnectClient.builder().requestedScopeConfidentiality("conf/N");
    }
}
