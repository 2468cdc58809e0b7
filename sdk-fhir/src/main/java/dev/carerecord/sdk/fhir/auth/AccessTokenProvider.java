package dev.carerecord.sdk.fhir.auth;

import dev.carerecord.sdk.core.RequesterContext;
import java.time.Instant;
import java.util.Objects;

/**
 * Supplies the bearer token a client sends. Clients ask for it on every attempt that goes on the wire (so a
 * retry after expiry gets a fresh one) and send {@code Authorization: Bearer <token>}. Implementations cache
 * tokens, refresh them before they expire, never hand out an expired one, and are thread-safe. The SDK's
 * implementations: {@link ClientCredentialsTokenProvider} (OAuth 2.0 client id and secret) and
 * {@link SignedJwtTokenProvider} (NHS England APIM application-restricted signed JWT, {@code private_key_jwt}).
 */
@FunctionalInterface
public interface AccessTokenProvider {

    /**
     * A token that is valid now.
     *
     * @param requester whose call needs the token: application-restricted tokens are shared by every
     *     requester (the requester is then only named in the token request's audit event); a user-restricted
     *     provider may choose per requester
     * @throws dev.carerecord.sdk.core.exception.AccessDeniedException when the token endpoint refused the client
     * @throws dev.carerecord.sdk.core.exception.SdkException when no token could be had for another reason
     */
    AccessToken getToken(RequesterContext requester);

    /** A provider that always returns {@code token} (tests, or tokens managed by the host application). */
    static AccessTokenProvider fixed(String token) {
        AccessToken fixed = new AccessToken(token, Instant.MAX);
        return requester -> fixed;
    }

    /** A provider that always returns {@code token}, refusing it once expired. */
    static AccessTokenProvider fixed(AccessToken token) {
        Objects.requireNonNull(token, "token");
        return requester -> {
            if (token.isExpiredAt(Instant.now())) {
                throw new IllegalStateException("the fixed access token has expired");
            }
            return token;
        };
    }
}
