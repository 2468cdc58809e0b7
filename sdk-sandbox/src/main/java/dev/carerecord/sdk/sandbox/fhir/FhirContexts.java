package dev.carerecord.sdk.sandbox.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * One HAPI {@link FhirContext} per FHIR version for the whole JVM, each created on first use (creating one is
 * expensive; using one is thread-safe). Parsers are cheap and not thread-safe, so each call gets a new one.
 */
public final class FhirContexts {
    private FhirContexts() {
    }

    private static final class Stu3 {
        static final FhirContext CONTEXT = FhirContext.forDstu3();
    }

    private static final class R4 {
        static final FhirContext CONTEXT = FhirContext.forR4();
    }

    public static FhirContext stu3() {
        return Stu3.CONTEXT;
    }

    public static FhirContext r4() {
        return R4.CONTEXT;
    }

    /** Compact STU3 JSON. */
    public static String stu3Json(IBaseResource resource) {
        return stu3().newJsonParser().encodeResourceToString(resource);
    }

    /** Compact R4 JSON. */
    public static String r4Json(IBaseResource resource) {
        return r4().newJsonParser().encodeResourceToString(resource);
    }

    /** A new STU3 JSON parser (lenient by default). */
    public static IParser stu3Parser() {
        return stu3().newJsonParser();
    }
}
