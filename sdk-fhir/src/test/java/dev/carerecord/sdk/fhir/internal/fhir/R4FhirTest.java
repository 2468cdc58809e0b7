package dev.carerecord.sdk.fhir.internal.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.FhirVersionEnum;
import dev.carerecord.sdk.core.exception.MalformedResponseException;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;

class R4FhirTest {

    @Test
    void context_isOneR4InstanceEvenWhenFirstUsedFromManyThreads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<FhirContext>> contexts = pool.invokeAll(
                    List.<Callable<FhirContext>>of(R4Fhir::context, R4Fhir::context, R4Fhir::context, R4Fhir::context));
            FhirContext first = contexts.get(0).get();
            for (Future<FhirContext> context : contexts) {
                assertThat(context.get()).isSameAs(first);
            }
            assertThat(first.getVersion().getVersion()).isEqualTo(FhirVersionEnum.R4);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void parse_isLenientAboutUnknownElementsAndInvalidValues() {
        String json = "{\"resourceType\":\"Patient\",\"id\":\"p1\",\"gender\":\"sometimes\",\"birthDate\":\"22/10/2010\","
                + "\"favouriteColour\":\"blue\",\"name\":[{\"family\":\"Smith\"}]}";

        Patient patient = R4Fhir.parse(Patient.class, json, "c-1");

        assertThat(patient.getIdElement().getIdPart()).isEqualTo("p1");
        assertThat(patient.getNameFirstRep().getFamily()).isEqualTo("Smith");
    }

    @Test
    void parse_keepsResourceIdsRatherThanBundleFullUrls() {
        String json = "{\"resourceType\":\"Bundle\",\"type\":\"document\",\"entry\":[{\"fullUrl\":"
                + "\"urn:uuid:4e3a\",\"resource\":{\"resourceType\":\"Patient\",\"id\":\"own-id\"}}]}";

        Bundle bundle = R4Fhir.parse(Bundle.class, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                "c-2");

        assertThat(bundle.getEntryFirstRep().getResource().getIdElement().getIdPart()).isEqualTo("own-id");
    }

    @Test
    void parseAny_returnsWhicheverResourceItIs() {
        assertThat(R4Fhir.parseAny(new StringReader("{\"resourceType\":\"OperationOutcome\",\"issue\":[]}"), "c-3"))
                .isInstanceOf(OperationOutcome.class);
    }

    @Test
    void notFhir_isAMalformedResponseNamingNoContent() {
        assertThatThrownBy(() -> R4Fhir.parse(Patient.class, "{\"name\":\"Jane Smith 9000000009\"", "c-4"))
                .isInstanceOf(MalformedResponseException.class)
                .hasMessage("response body is not a FHIR R4 JSON Patient")
                .satisfies(e -> assertThat(((MalformedResponseException) e).correlationId()).contains("c-4"));
        assertThatThrownBy(() -> R4Fhir.parse(Patient.class,
                "{\"resourceType\":\"OperationOutcome\",\"issue\":[]}", "c-5"))
                .isInstanceOf(MalformedResponseException.class);
        assertThatThrownBy(() -> R4Fhir.parseAny((String) null, null)).isInstanceOf(MalformedResponseException.class);
    }
}
