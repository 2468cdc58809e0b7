package dev.carerecord.sdk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The JUnit 5 extension injects the class's sandbox and its URLs; nested classes share it. */
@ExtendWith(SandboxExtension.class)
class SandboxExtensionTest {
    @Test
    void injectsSandboxUrlsAndAnnotatedStrings(Sandbox sandbox, SandboxUrls urls,
                                               @SandboxUrl(SandboxUrl.Api.PDS) String pds,
                                               @SandboxUrl(value = SandboxUrl.Api.GPCONNECT_STRUCTURED, ods = "Y90002") URI structured) {
        assertThat(urls).isSameAs(sandbox.urls());
        assertThat(urls.base()).startsWith("http://127.0.0.1:");
        assertThat(pds).isEqualTo(urls.base() + "/personal-demographics/FHIR/R4");
        assertThat(structured.toString()).isEqualTo(urls.base() + "/Y90002/STU3/1/gpconnect/structured");
        assertThat(Http.get(urls.base() + "/nothing-here").statusCode()).isEqualTo(404);
        assertThat(Http.get(urls.admin() + "/patients").body()).contains(SandboxPatients.RICH.nhsNumber());
    }

    @Test
    void mainDescribesUrlsAndPatients(Sandbox sandbox) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SandboxMain.describe(sandbox, new PrintStream(out, true, StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).contains(sandbox.urls().gpConnectStructured("Y90001"), sandbox.urls().sds());
        SandboxPatients.all().forEach(p -> assertThat(text).contains(p.nhsNumber()));
    }

    @Nested
    class Inner {
        @Test
        void sharesTheOuterSandbox(Sandbox sandbox, @SandboxUrl(SandboxUrl.Api.BASE) String base) {
            assertThat(base).isEqualTo(sandbox.urls().base());
        }
    }
}
