package dev.carerecord.sdk.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.carerecord.sdk.core.exception.InvalidInputException;
import java.net.URI;
import org.junit.jupiter.api.Test;

class RawUrlTest {
    @Test
    void validUrls_areKeptByteForByte() {
        String ssp = "https://ssp.nhs.uk/https://pcs.thirdparty.nhs.uk/T99999/STU3/1/gpconnect/structured/"
                + "Patient/$gpc.getstructuredrecord";
        assertThat(RawUrl.parse(ssp).toString()).isEqualTo(ssp);
        String encoded = "https://h/Endpoint?identifier=https%3A%2F%2Ffhir.nhs.uk%7Cx&a=b%20c";
        assertThat(RawUrl.parse(encoded).toString()).isEqualTo(encoded);
    }

    @Test
    void onlyCharactersAUriCannotHold_areEncoded() {
        URI uri = RawUrl.parse("https://h/Patient?identifier=https://fhir.nhs.uk/Id/nhs-number|9000000009&n=a b");
        assertThat(uri.getRawQuery()).isEqualTo("identifier=https://fhir.nhs.uk/Id/nhs-number%7C9000000009&n=a%20b");
        assertThat(RawUrl.parse("http://[::1]:8080/x?q=é").toString()).isEqualTo("http://[::1]:8080/x?q=%C3%A9");
        assertThat(RawUrl.parse("https://h/x?q=100%").getRawQuery()).isEqualTo("q=100%25");
    }

    @Test
    void originsDefaultTheirPorts() {
        assertThat(RawUrl.origin(URI.create("https://Host.Example/x"))).isEqualTo("https://host.example:443");
        assertThat(RawUrl.origin(URI.create("http://h:8080/x"))).isEqualTo("http://h:8080");
    }

    @Test
    void unusableUrls_areRefused() {
        for (String bad : new String[] {null, " ", "mailto:a@b", "https:///nohost", "h/x", "https://h/x#f"}) {
            assertThatThrownBy(() -> RawUrl.parse(bad)).as(String.valueOf(bad))
                    .isInstanceOf(InvalidInputException.class);
        }
    }
}
