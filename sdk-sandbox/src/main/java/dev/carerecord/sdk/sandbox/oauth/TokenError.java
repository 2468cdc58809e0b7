package dev.carerecord.sdk.sandbox.oauth;

/**
 * A refusal from the token endpoint: HTTP status, OAuth error code and description, answered as
 * {@code {"error":...,"error_description":...,"message_id":...}} like NHS England's APIM.
 */
final class TokenError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final String JWT_SUFFIX = " in client_assertion JWT";

    final int status;
    final String error;
    final boolean basicChallenge;

    TokenError(int status, String error, String description, boolean basicChallenge) {
        super(description);
        this.status = status;
        this.error = error;
        this.basicChallenge = basicChallenge;
    }

    static TokenError invalidRequest(String description) {
        return new TokenError(400, "invalid_request", description, false);
    }

    /** An {@code invalid_request} refusal answered with 401, as APIM does for identity problems. */
    static TokenError unauthorised(String description) {
        return new TokenError(401, "invalid_request", description, false);
    }

    static TokenError invalidClient(boolean basic) {
        return new TokenError(401, "invalid_client", "Client authentication failed", basic);
    }
}
