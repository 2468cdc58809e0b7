package dev.carerecord.sdk.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carerecord.sdk.core.http.HttpHeaders;
import dev.carerecord.sdk.core.http.LogOptions;
import org.junit.jupiter.api.Test;

class RedactorTest {
    private final Redactor redactor = new Redactor(LogOptions.defaults());

    @Test
    void nhsNumbers_areMasked_inEveryWrittenForm() {
        assertThat(Redactor.maskNhsNumbers("Patient/9434765919/x")).isEqualTo("Patient/**********/x");
        assertThat(Redactor.maskNhsNumbers("nhs 943 476 5919.")).isEqualTo("nhs **********.");
        assertThat(Redactor.maskNhsNumbers("nhs 943-476-5919")).isEqualTo("nhs **********");
        assertThat(Redactor.maskNhsNumbers("q=943+476+5919")).isEqualTo("q=**********");
        assertThat(Redactor.maskNhsNumbers("q=943%20476%205919")).isEqualTo("q=**********");
        assertThat(Redactor.maskNhsNumbers("a9434765919b")).isEqualTo("a**********b");
    }

    @Test
    void otherDigitRuns_areLeftAlone() {
        assertThat(Redactor.maskNhsNumbers("asid 918999198738 ods A81001 port 8080 year 2025"))
                .isEqualTo("asid 918999198738 ods A81001 port 8080 year 2025");
        assertThat(Redactor.maskNhsNumbers("123456789")).isEqualTo("123456789");
    }

    @Test
    void url_masksEveryQueryValue_andIdentifiersInThePath() {
        assertThat(redactor.url("https://h/Patient/9434765919?family=Smith&birthdate=eq1980-02-01&flag"))
                .isEqualTo("https://h/Patient/**********?family=***&birthdate=***&flag");
        assertThat(redactor.url("https://ssp/https://provider/A81001/STU3/1/gpconnect/structured/Patient/$x"))
                .isEqualTo("https://ssp/https://provider/A81001/STU3/1/gpconnect/structured/Patient/$x");
    }

    @Test
    void headers_showOnlyAllowListedValues_andNeverCredentials() {
        HttpHeaders headers = HttpHeaders.builder()
                .add("Authorization", "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiIxMjMifQ.")
                .add("Ssp-TraceID", "5f1b8f8e-0000-4000-8000-000000000000")
                .add("Ssp-From", "200000000359")
                .add("X-Custom", "9434765919")
                .add("X-Request-ID", "id 9434765919")
                .build();

        String text = redactor.headers(headers);

        assertThat(text).contains("Authorization: ***").contains("Ssp-TraceID: 5f1b8f8e-0000-4000-8000-000000000000")
                .contains("Ssp-From: 200000000359").contains("X-Custom: ***").contains("X-Request-ID: id **********")
                .doesNotContain("eyJ").doesNotContain("9434765919");
        Redactor permissive = new Redactor(LogOptions.builder().allowHeaders("Authorization", "X-Custom").build());
        assertThat(permissive.headerValue("Authorization", "Bearer x")).isEqualTo("***");
        assertThat(permissive.headerValue("x-custom", "value")).isEqualTo("value");
    }

    @Test
    void identifierRedaction_canBeSwitchedOff_butQueryNamesAndCredentialsStayMasked() {
        Redactor open = new Redactor(LogOptions.builder().redactIdentifiers(false).build());

        assertThat(open.url("https://h/Patient/9434765919?identifier=9434765919"))
                .isEqualTo("https://h/Patient/9434765919?identifier=9434765919");
        assertThat(open.headerValue("Authorization", "Bearer x")).isEqualTo("***");
    }
}
