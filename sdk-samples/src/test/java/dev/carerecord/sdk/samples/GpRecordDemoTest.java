package dev.carerecord.sdk.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carerecord.sdk.model.SectionStatus;
import dev.carerecord.sdk.gpconnect.StructuredRecordResult;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class GpRecordDemoTest {

    @Test
    void demo_printsTheRichPatientsRecordSectionBySection() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StructuredRecordResult result = GpRecordDemo.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertThat(result.record().medications().status()).isEqualTo(SectionStatus.POPULATED);
        assertThat(printed).contains("Patient", "NHS 999 000 0018", "== Allergies and adverse reactions",
                "== Medications and medical devices", "AUTHORISATION", "ISSUE", "topic:", "TEST_GROUP",
                "== Referral details", "ENDED");
    }
}
