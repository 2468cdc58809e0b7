package dev.carerecord.sdk.fhir.auth;

import java.time.Instant;
import java.util.Objects;

/**
 * A bearer access token and when it stops being valid. {@link #toString()} never shows the token.
 *
 * @param value the token, sent as {@code Authorization: Bearer <value>}
 * @param expiresAt when the issuer said it expires
 */
public record AccessToken(String value, Instant expiresAt) {
    public AccessToken {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("token is blank");
        }
        if (value.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
            throw new IllegalArgumentException("token holds characters a bearer token cannot");
        }
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** True when the token has expired at {@code now}. */
    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /** The value of the {@code Authorization} header. */
    public String authorizationHeader() {
        return "Bearer " + value;
    }

    /** The expiry only. */
    @Override
    public String toString() {
        return "AccessToken[expiresAt=" + expiresAt + "]";
    }
}
