package dev.carerecord.sdk.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carerecord.sdk.core.PurposeOfUse;
import dev.carerecord.sdk.core.ids.NhsNumber;
import dev.carerecord.sdk.core.ids.OdsCode;
import dev.carerecord.sdk.core.ids.SdsRoleProfileId;
import dev.carerecord.sdk.core.ids.SdsUserId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class Slf4jAuditSinkTest {
    private static AuditEvent event() {
        return AuditEvent.builder().sequence(7).timestamp(Instant.parse("2025-01-15T10:00:00Z")).clientName("gpc")
                .phase(AuditPhase.OUTCOME).outcome(AuditOutcome.FAILURE)
                .requester(SdsUserId.of("111222333444"), SdsRoleProfileId.UNKNOWN, OdsCode.of("A81001"),
                        PurposeOfUse.DIRECT_CARE)
                .patient(NhsNumber.parse("9434765919")).target("GP Connect A20047", "structured", "gpc-A20047")
                .correlationId("c-1").attempt(2).httpStatus(404).errorCode("PATIENT_NOT_FOUND")
                .errorType("PatientNotFoundException").duration(Duration.ofMillis(12)).detail("line\nbreak")
                .build();
    }

    @Test
    void line_redactsTheNhsNumberByDefault_andCarriesWhoWhatWhy() {
        String line = Slf4jAuditSink.create().format(event());

        assertThat(line).doesNotContain("9434765919").contains("patient=*******919")
                .contains("seq=7").contains("phase=OUTCOME").contains("outcome=FAILURE").contains("user=111222333444")
                .contains("role=UNK").contains("org=A81001").contains("purpose=directcare")
                .contains("source=\"GP Connect A20047\"").contains("status=404").contains("errorCode=PATIENT_NOT_FOUND")
                .contains("attempt=2").contains("durationMs=12").doesNotContain("\n");
    }

    @Test
    void line_canCarryTheFullNumber_whenConfigured() {
        String line = Slf4jAuditSink.builder().fullNhsNumber(true).build().format(event());

        assertThat(line).contains("patient=9434765919");
    }
}
