package dev.carerecord.sdk.core.http;

import dev.carerecord.sdk.core.exception.ServiceException;
import dev.carerecord.sdk.core.internal.http.OperationOutcomeErrorDecoder;

/**
 * Turns an error response (any status outside 2xx) into the {@link ServiceException} subtype to throw. The
 * default, {@link #operationOutcome()}, reads a FHIR OperationOutcome (STU3 and R4 share its shape).
 */
@FunctionalInterface
public interface ErrorDecoder {

    /**
     * The exception for {@code response}, never null. Use {@link HttpResponse#attempts()} as the attempt count
     * and {@link HttpResponse#retryAfter()} as the server's {@code Retry-After}.
     */
    ServiceException decode(PipelineRequest request, HttpResponse response);

    /**
     * Reads {@code issue[].severity}, {@code code}, {@code details.coding[].code} (by code, never by display),
     * {@code details.text} and {@code diagnostics}; falls back to the bare status when the body is not an
     * OperationOutcome; carries {@code Retry-After}; picks the subtype with {@link ServiceException#of}.
     */
    static ErrorDecoder operationOutcome() {
        return OperationOutcomeErrorDecoder.INSTANCE;
    }
}
