package dev.carerecord.sdk.fhir.auth;

import java.util.Objects;

/**
 * Supplies the API key of an API-key-authenticated API (SDS sends it in the {@code apikey} header). Asked on
 * every attempt, so a rotated key is picked up without rebuilding the client. The key is never logged.
 */
@FunctionalInterface
public interface ApiKeyProvider {

    /** The current API key; never blank. */
    String apiKey();

    /** A provider of one fixed key. */
    static ApiKeyProvider of(String apiKey) {
        Objects.requireNonNull(apiKey, "apiKey");
        if (apiKey.isBlank()) {
            throw new IllegalArgumentException("apiKey is blank");
        }
        return () -> apiKey;
    }
}
