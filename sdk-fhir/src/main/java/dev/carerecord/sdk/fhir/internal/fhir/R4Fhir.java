package dev.carerecord.sdk.fhir.internal.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.PerformanceOptionsEnum;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.LenientErrorHandler;
import dev.carerecord.sdk.core.exception.MalformedResponseException;
import java.io.InputStream;
import java.io.Reader;
import java.util.Objects;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * The one FHIR R4 {@link FhirContext} of the process and the lenient JSON parsers made from it.
 *
 * <p>The context is expensive to build and thread-safe once built, so it is created once, lazily, on first use
 * (class-holder idiom). Parsers are cheap and not meant to be shared between threads: every call to
 * {@link #newLenientJsonParser()} returns a fresh one. Lenient means unknown elements, invalid values and unknown
 * extensions are tolerated without logging (HAPI's warnings would echo patient data), and resource ids are kept as
 * the resources state them rather than replaced by their Bundle entry's {@code fullUrl} (the mappers resolve
 * references by {@code fullUrl} themselves). Not part of the public API.
 */
public final class R4Fhir {
    /** The FHIR version every R4 source answers in. */
    public static final String FHIR_VERSION = "4.0.1";

    private R4Fhir() {
    }

    private static final class Holder {
        static final FhirContext CONTEXT = create();

        private static FhirContext create() {
            FhirContext context = FhirContext.forR4();
            context.setPerformanceOptions(PerformanceOptionsEnum.DEFERRED_MODEL_SCANNING);
            return context;
        }
    }

    /** The shared R4 context, created on first use. */
    public static FhirContext context() {
        return Holder.CONTEXT;
    }

    /** A new lenient JSON parser on the shared context; use it from one thread. */
    public static IParser newLenientJsonParser() {
        LenientErrorHandler lenient = new LenientErrorHandler(false).disableAllErrors();
        return context().newJsonParser()
                .setParserErrorHandler(lenient)
                .setOverrideResourceIdWithBundleEntryFullUrl(false);
    }

    /**
     * Parses a JSON body as {@code type}, leniently.
     *
     * @throws MalformedResponseException when the body is not JSON, or not a {@code type}; the message names the
     *     expected type only, never body content
     */
    public static <T extends IBaseResource> T parse(Class<T> type, String json, String correlationId) {
        Objects.requireNonNull(type, "type");
        if (json == null) {
            throw malformed(type.getSimpleName(), null, correlationId);
        }
        try {
            return newLenientJsonParser().parseResource(type, json);
        } catch (DataFormatException | ClassCastException | IllegalArgumentException e) {
            throw malformed(type.getSimpleName(), e, correlationId);
        }
    }

    /** As {@link #parse(Class, String, String)}, reading the body from a stream (not closed here). */
    public static <T extends IBaseResource> T parse(Class<T> type, InputStream json, String correlationId) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(json, "json");
        try {
            return newLenientJsonParser().parseResource(type, json);
        } catch (DataFormatException | ClassCastException | IllegalArgumentException e) {
            throw malformed(type.getSimpleName(), e, correlationId);
        }
    }

    /** Parses a JSON body as whichever resource it is (e.g. a Bundle or an OperationOutcome), leniently. */
    public static IBaseResource parseAny(Reader json, String correlationId) {
        Objects.requireNonNull(json, "json");
        try {
            return newLenientJsonParser().parseResource(json);
        } catch (DataFormatException | IllegalArgumentException e) {
            throw malformed("resource", e, correlationId);
        }
    }

    /** Parses a JSON body as whichever resource it is, leniently. */
    public static IBaseResource parseAny(String json, String correlationId) {
        if (json == null) {
            throw malformed("resource", null, correlationId);
        }
        try {
            return newLenientJsonParser().parseResource(json);
        } catch (DataFormatException | IllegalArgumentException e) {
            throw malformed("resource", e, correlationId);
        }
    }

    private static MalformedResponseException malformed(String expected, Throwable cause, String correlationId) {
        return new MalformedResponseException("response body is not a FHIR R4 JSON " + expected, cause, 1,
                correlationId);
    }
}
