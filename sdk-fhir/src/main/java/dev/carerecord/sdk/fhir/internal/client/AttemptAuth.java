package dev.carerecord.sdk.fhir.internal.client;

import dev.carerecord.sdk.core.RequesterContext;
import dev.carerecord.sdk.core.http.AttemptHeaders;
import dev.carerecord.sdk.fhir.auth.AccessTokenProvider;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Per-attempt headers of the FHIR clients: {@code Authorization: Bearer} from the token provider (asked on every
 * attempt, so a retry after expiry sends a fresh token) and any header that repeats the attempt's correlation id
 * (e.g. PDS {@code X-Correlation-ID}). Not part of the public API.
 */
public final class AttemptAuth {
    private AttemptAuth() {
    }

    /**
     * The attempt headers for one call, or empty when there is nothing to add per attempt.
     *
     * @param tokens the token provider, or empty for an open API
     * @param correlationCopy a header that carries the attempt's correlation id too, or null
     */
    public static Optional<AttemptHeaders> of(Optional<AccessTokenProvider> tokens, RequesterContext requester,
            String correlationCopy) {
        if (tokens.isEmpty() && correlationCopy == null) {
            return Optional.empty();
        }
        return Optional.of((attempt, correlationId) -> {
            Map<String, String> headers = new HashMap<>();
            tokens.ifPresent(t -> headers.put("Authorization", t.getToken(requester).authorizationHeader()));
            if (correlationCopy != null) {
                headers.put(correlationCopy, correlationId);
            }
            return headers;
        });
    }
}
