package dev.carerecord.sdk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void richRecord_everything_parsesStrictly() {
        try (Sandbox sandbox = Sandbox.start()) {
            HttpResponse<String> r = Gpc.structured(sandbox, SandboxOrganisations.PRACTICE_A,
                    Params.everything(SandboxPatients.RICH.nhsNumber()).json()).send();
            System.out.println(r.statusCode() + " " + r.body().length());
            if (r.statusCode() != 200) {
                System.out.println(r.body());
            }
            assertThat(r.statusCode()).isEqualTo(200);
            Fhir.stu3Bundle(r.body());
            try { java.nio.file.Files.writeString(java.nio.file.Path.of("target/rich.json"), r.body()); } catch (Exception e) { throw new RuntimeException(e); }
        }
    }
}
