package dev.carerecord.sdk.fhir.shcr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carerecord.sdk.fhir.internal.client.Urls;
import org.junit.jupiter.api.Test;

/** Same-origin rules for following server links. */
class UrlsTest {
    private static final String BASE = "https://shcr.example.nhs.uk/fhir/R4";

    @Test
    void sameOrigin_acceptsAbsoluteAndRelativeLinksOnTheBase() {
        assertThat(Urls.sameOrigin(BASE, "https://shcr.example.nhs.uk/fhir/R4?_getpages=x|y"))
                .contains("https://shcr.example.nhs.uk/fhir/R4?_getpages=x|y");
        assertThat(Urls.sameOrigin(BASE, "https://SHCR.example.nhs.uk:443/other")).isPresent();
        assertThat(Urls.sameOrigin(BASE, "/fhir/R4/Observation?page=2"))
                .contains("https://shcr.example.nhs.uk/fhir/R4/Observation?page=2");
        assertThat(Urls.sameOrigin(BASE, "Observation?page=2"))
                .contains("https://shcr.example.nhs.uk/fhir/R4/Observation?page=2");
    }

    @Test
    void sameOrigin_refusesOtherSchemesHostsPortsAndTricks() {
        assertThat(Urls.sameOrigin(BASE, "http://shcr.example.nhs.uk/fhir/R4?p=2")).isEmpty();
        assertThat(Urls.sameOrigin(BASE, "https://shcr.example.nhs.uk:8443/fhir/R4?p=2")).isEmpty();
        assertThat(Urls.sameOrigin(BASE, "https://evil.example/fhir/R4?p=2")).isEmpty();
        assertThat(Urls.sameOrigin(BASE, "https://shcr.example.nhs.uk@evil.example/fhir")).isEmpty();
        assertThat(Urls.sameOrigin(BASE, "https://shcr.example.nhs.uk.evil.example/fhir")).isEmpty();
        assertThat(Urls.sameOrigin(BASE, "//evil.example/fhir")).isEmpty();
        assertThat(Urls.sameOrigin(BASE, "ftp://shcr.example.nhs.uk/fhir")).isEmpty();
        assertThat(Urls.sameOrigin(BASE, " ")).isEmpty();
    }

    @Test
    void encode_asRfc3986Wants() {
        assertThat(Urls.encode("https://fhir.nhs.uk/Id/nhs-number|9990000018"))
                .isEqualTo("https%3A%2F%2Ffhir.nhs.uk%2FId%2Fnhs-number%7C9990000018");
        assertThat(Urls.encode("John Paul")).isEqualTo("John%20Paul");
        assertThat(Urls.encode("Sm*")).isEqualTo("Sm%2A");
    }
}
