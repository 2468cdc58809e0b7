package dev.carerecord.sdk.fhir.auth;

import dev.carerecord.sdk.core.exception.InvalidInputException;
import dev.carerecord.sdk.fhir.PipelineClientBuilder;
import dev.carerecord.sdk.fhir.internal.client.Urls;
import java.time.Duration;
import java.util.Objects;

/**
 * What every OAuth2 token provider's builder shares: the token endpoint, the client id, when to refresh a cached
 * token, and the lifetime assumed when the endpoint gives none; plus the pipeline options.
 *
 * @param <B> the concrete builder
 */
public abstract class TokenProviderBuilder<B extends TokenProviderBuilder<B>> extends PipelineClientBuilder<B> {
    private String tokenUrl;
    private String clientId;
    private Duration refreshMargin = Duration.ofSeconds(60);
    private Duration defaultLifetime = Duration.ofMinutes(5);

    protected TokenProviderBuilder() {
    }

    @SuppressWarnings("unchecked")
    private B me() {
        return (B) this;
    }

    /** The token endpoint, exactly as registered (for signed JWTs it is also the assertion's {@code aud}). Required. */
    public B tokenUrl(String value) {
        this.tokenUrl = Urls.requireHttpUrl(value, "tokenUrl");
        return me();
    }

    /** The client id (for NHS England APIM, the application's API key). Required. */
    public B clientId(String value) {
        this.clientId = requireText(value, "clientId");
        return me();
    }

    /** How long before expiry a token is refreshed; default 60 s. */
    public B refreshMargin(Duration value) {
        Objects.requireNonNull(value, "refreshMargin");
        if (value.isNegative()) {
            throw new IllegalArgumentException("refreshMargin must not be negative");
        }
        this.refreshMargin = value;
        return me();
    }

    /** The life assumed when a token response has no {@code expires_in}; default 5 minutes. */
    public B defaultTokenLifetime(Duration value) {
        Objects.requireNonNull(value, "defaultTokenLifetime");
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("defaultTokenLifetime must be positive");
        }
        this.defaultLifetime = value;
        return me();
    }

    /** The token URL set, or null. */
    protected String tokenUrlValue() {
        return tokenUrl;
    }

    /** The client id set, or null. */
    protected String clientIdValue() {
        return clientId;
    }

    /** The refresh margin. */
    protected Duration refreshMarginValue() {
        return refreshMargin;
    }

    /** The default token lifetime. */
    protected Duration defaultLifetimeValue() {
        return defaultLifetime;
    }

    /** {@code value} stripped, or an {@link InvalidInputException} naming {@code field} when it is blank. */
    protected static String requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "is missing");
        }
        return value.strip();
    }
}
