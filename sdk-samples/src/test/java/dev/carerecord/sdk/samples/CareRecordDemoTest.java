package dev.carerecord.sdk.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carerecord.sdk.model.SectionStatus;
import dev.carerecord.sdk.model.provenance.SourceKind;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The demo end to end: PDS -> SDS -> GP Connect, then the shared care record merged in, all over real HTTP. */
class CareRecordDemoTest {

    @Test
    void demo_tracesRoutesReadsAndMerges_andPrintsTheGpRecordSectionBySection() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CareRecordDemo.Outcome outcome = CareRecordDemo.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String printed = bytes.toString(StandardCharsets.UTF_8);

        assertThat(outcome.trace().currentGpOdsCode()).isPresent();
        assertThat(outcome.gpRecord().record().medications().status()).isEqualTo(SectionStatus.POPULATED);
        assertThat(outcome.sharedRecord().carePlans().status()).isEqualTo(SectionStatus.POPULATED);
        assertThat(outcome.merged().mergedCount()).isPositive();
        assertThat(outcome.merged().record().allergies().entries()).anyMatch(a -> a.provenance().mergedFrom()
                .stream().anyMatch(p -> p.source().kind() == SourceKind.SHARED_CARE_RECORD_R4));
        assertThat(printed).contains("PDS:", "SDS:", "NHS 999 000 0018", "== Allergies and adverse reactions",
                "AUTHORISATION", "ISSUE", "topic:", "TEST_GROUP", "ENDED", "== Shared care record",
                "demographic check matches PDS");
    }
}
