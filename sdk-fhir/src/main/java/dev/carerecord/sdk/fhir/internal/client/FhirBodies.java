package dev.carerecord.sdk.fhir.internal.client;

import dev.carerecord.sdk.core.exception.MalformedResponseException;
import dev.carerecord.sdk.core.http.HttpResponse;
import dev.carerecord.sdk.fhir.internal.fhir.R4Fhir;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * Reads FHIR R4 JSON response bodies with the shared lenient parser. Refuses bodies that are not JSON at all
 * (an HTML error page from a proxy, say) with a {@link MalformedResponseException} naming the media type only.
 * Not part of the public API.
 */
public final class FhirBodies {
    private FhirBodies() {
    }

    /** The body as whichever R4 resource it is. */
    public static IBaseResource any(HttpResponse response) {
        checkJson(response);
        return R4Fhir.parseAny(new InputStreamReader(response.bodyStream(), StandardCharsets.UTF_8),
                response.correlationId());
    }

    /** The body as a {@code type}. */
    public static <T extends IBaseResource> T as(Class<T> type, HttpResponse response) {
        checkJson(response);
        return R4Fhir.parse(type, response.bodyStream(), response.correlationId());
    }

    private static void checkJson(HttpResponse response) {
        String type = response.mediaType().orElse("");
        boolean json = type.isEmpty() || type.equals("application/fhir+json") || type.equals("application/json")
                || type.endsWith("+json");
        if (!json) {
            throw new MalformedResponseException("expected FHIR JSON but the response is " + type, null,
                    response.attempts(), response.correlationId());
        }
    }
}
