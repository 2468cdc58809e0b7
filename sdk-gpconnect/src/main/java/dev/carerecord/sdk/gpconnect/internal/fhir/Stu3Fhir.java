package dev.carerecord.sdk.gpconnect.internal.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.LenientErrorHandler;
import java.io.Reader;
import org.hl7.fhir.dstu3.model.Bundle;

/**
 * The one FHIR STU3 context of the process and the lenient JSON parsers GP Connect needs.
 *
 * <p>A {@link FhirContext} is expensive to build (it scans the whole model) and is thread-safe once built, so
 * there is exactly one, created lazily on first use (initialisation-on-demand holder: thread-safe without
 * locking on later calls). Parsers are cheap but not thread-safe: ask for a new one per parse.
 *
 * <p>The parsers are lenient: unknown elements, an object where an array belongs (e.g. {@code Condition.category}
 * in some GP Connect examples), invalid enumerated values and invalid extensions are tolerated rather than
 * failing the whole response. The lenient handler does not log, because HAPI's messages may quote values from
 * the record, which is patient data.
 */
public final class Stu3Fhir {
    /** The FHIR version GP Connect 1.x uses, as the model's source references record it. */
    public static final String FHIR_VERSION = "3.0.1";

    private Stu3Fhir() {
    }

    private static final class Holder {
        private static final FhirContext CONTEXT = FhirContext.forDstu3();
    }

    /** The shared STU3 context (created on first call; thread-safe). */
    public static FhirContext context() {
        return Holder.CONTEXT;
    }

    /** A new lenient JSON parser on the shared context (not thread-safe: one per parse). */
    public static IParser lenientJsonParser() {
        return context().newJsonParser().setParserErrorHandler(lenientErrorHandler());
    }

    /** The error handler the lenient parsers use: tolerant of unknown and malformed content, and silent. */
    public static LenientErrorHandler lenientErrorHandler() {
        return new LenientErrorHandler(false).setErrorOnInvalidValue(false).setErrorOnInvalidExtension(false);
    }

    /**
     * Parses a JSON Bundle leniently.
     *
     * @throws ca.uhn.fhir.parser.DataFormatException when the text is not JSON or not a Bundle at all
     */
    public static Bundle parseBundle(String json) {
        return lenientJsonParser().parseResource(Bundle.class, json);
    }

    /**
     * Parses a JSON Bundle leniently from a stream of characters (avoids holding the text twice).
     *
     * @throws ca.uhn.fhir.parser.DataFormatException when the text is not JSON or not a Bundle at all
     */
    public static Bundle parseBundle(Reader json) {
        return lenientJsonParser().parseResource(Bundle.class, json);
    }
}
