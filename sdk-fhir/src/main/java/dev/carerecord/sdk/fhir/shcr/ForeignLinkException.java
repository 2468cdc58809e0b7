package dev.carerecord.sdk.fhir.shcr;

import dev.carerecord.sdk.core.exception.MalformedResponseException;

/**
 * The server named a page link (a search's {@code next}) on another origin (scheme, host or port) than the base
 * URL. It is not followed: the client's credentials are never sent anywhere but the configured server. The
 * message names the origin only, not the link (which may carry tokens).
 */
public class ForeignLinkException extends MalformedResponseException {
    private static final long serialVersionUID = 1L;

    public ForeignLinkException(String message, int attempts, String correlationId) {
        super(message, null, attempts, correlationId);
    }
}
