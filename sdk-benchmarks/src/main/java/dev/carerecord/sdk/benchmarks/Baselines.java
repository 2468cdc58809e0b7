package dev.carerecord.sdk.benchmarks;

import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * What the SDK is measured against: HAPI's own JSON parse with a plain context of the benchmark's (not the
 * SDK's, so no SDK setting can make the baseline slower), and Jackson's {@code readTree} of the same bytes, the
 * floor any JSON mapper pays (HAPI itself reads JSON through Jackson's tree).
 */
public final class Baselines {
    private static final ObjectMapper JACKSON = new ObjectMapper();

    private Baselines() {
    }

    private static final class Stu3 {
        static final FhirContext CONTEXT = FhirContext.forDstu3();
    }

    private static final class R4 {
        static final FhirContext CONTEXT = FhirContext.forR4();
    }

    /** HAPI STU3: the bytes as a Bundle, nothing more. */
    public static org.hl7.fhir.dstu3.model.Bundle hapiStu3(byte[] body) {
        return Stu3.CONTEXT.newJsonParser().parseResource(org.hl7.fhir.dstu3.model.Bundle.class,
                new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8));
    }

    /** HAPI R4: the bytes as a Bundle, nothing more. */
    public static org.hl7.fhir.r4.model.Bundle hapiR4(byte[] body) {
        return R4.CONTEXT.newJsonParser().parseResource(org.hl7.fhir.r4.model.Bundle.class,
                new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8));
    }

    /** Jackson: the bytes as a JSON tree. */
    public static JsonNode jacksonTree(byte[] body) {
        try {
            return JACKSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
