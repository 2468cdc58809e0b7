package dev.carerecord.sdk.gpconnect.client;

import static dev.carerecord.sdk.gpconnect.client.GpConnectSandboxSupport.consumer;
import static dev.carerecord.sdk.gpconnect.client.GpConnectSandboxSupport.requester;
import static dev.carerecord.sdk.gpconnect.client.GpConnectSandboxSupport.staticRouting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.carerecord.sdk.core.exception.InvalidInputException;
import dev.carerecord.sdk.core.ids.NhsNumber;
import dev.carerecord.sdk.core.ids.OdsCode;
import dev.carerecord.sdk.gpconnect.GpConnectClient;
import dev.carerecord.sdk.gpconnect.StructuredRecordRequest;
import dev.carerecord.sdk.gpconnect.StructuredRecordResult;
import dev.carerecord.sdk.model.SectionStatus;
import dev.carerecord.sdk.sandbox.Sandbox;
import dev.carerecord.sdk.sandbox.SandboxPatients;
import dev.carerecord.sdk.sandbox.SandboxRoutes;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * The spec's date rules are in UK time: "today" is the London date, whatever the clock's zone, and the
 * predefined searches reach back 365 days. Each test runs a sandbox and a client on one fixed clock.
 */
class UkDateRulesTest {
    private static final NhsNumber RICH = NhsNumber.parse(SandboxPatients.RICH.nhsNumber());
    private static final OdsCode PRACTICE = OdsCode.of(SandboxPatients.RICH.practiceOds());

    private static Sandbox sandbox(Clock clock) {
        return Sandbox.builder().clock(clock).jwtClock(clock).start();
    }

    private static GpConnectClient client(Sandbox sandbox, Clock clock) {
        return GpConnectClient.builder().consumer(consumer()).routing(staticRouting(sandbox)).clock(clock).build();
    }

    @Test
    void lateEveningUtcInSummer_isAlreadyTomorrowInLondon() {
        // 23:30 UTC on 30 June is 00:30 BST on 1 July
        Clock clock = Clock.fixed(Instant.parse("2026-06-30T23:30:00Z"), ZoneOffset.UTC);
        LocalDate londonToday = LocalDate.of(2026, 7, 1);
        try (Sandbox sandbox = sandbox(clock); GpConnectClient client = client(sandbox, clock)) {
            StructuredRecordResult result = client.getStructuredRecord(requester("s"), RICH, PRACTICE,
                    StructuredRecordRequest.builder().medicationFrom(londonToday, null).build());
            assertThat(result.record().medications().status()).isEqualTo(SectionStatus.POPULATED);

            assertThatThrownBy(() -> client.getStructuredRecord(requester("s"), RICH, PRACTICE,
                    StructuredRecordRequest.builder().diaryEntriesUntil(londonToday.minusDays(1)).build()))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.field()).isEqualTo("diaryEntriesSearchDate"));
            assertThat(sandbox.requests().count(SandboxRoutes.GPC_STRUCTURED)).isEqualTo(1);
        }
    }

    @Test
    void predefinedSearch_afterALeapDay_isRecognisedByTheProvider() {
        Clock clock = Clock.fixed(Instant.parse("2028-03-01T12:00:00Z"), ZoneOffset.UTC);
        try (Sandbox sandbox = sandbox(clock); GpConnectClient client = client(sandbox, clock)) {
            StructuredRecordResult result = client.getStructuredRecord(requester("s"), RICH, PRACTICE,
                    StructuredRecordRequest.predefinedSearch1(LocalDate.of(2028, 3, 1)));
            assertThat(result.record().problems().status()).isEqualTo(SectionStatus.POPULATED);
            assertThat(result.record().medications().status()).isEqualTo(SectionStatus.POPULATED);
        }
    }
}
