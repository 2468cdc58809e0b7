package dev.carerecord.sdk.fhir.auth;

import dev.carerecord.sdk.core.RequesterContext;
import dev.carerecord.sdk.core.exception.InvalidInputException;
import dev.carerecord.sdk.core.http.HttpPipeline;
import dev.carerecord.sdk.fhir.internal.auth.TokenCache;
import dev.carerecord.sdk.fhir.internal.auth.TokenEndpoint;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Access tokens by the OAuth 2.0 client credentials grant (RFC 6749 4.4) with a client id and secret, sent by
 * HTTP Basic authentication ({@code client_secret_basic}, the default) or in the form
 * ({@code client_secret_post}), with an optional {@code scope}. For shared care records and other FHIR servers
 * behind a plain OAuth 2.0 authorisation server.
 *
 * <p>Tokens are cached and shared by every requester until {@link Builder#refreshMargin(Duration)} before they
 * expire (or half their life for short-lived tokens), refreshed by one thread while others wait, and never
 * returned once expired. {@code expires_in} may be a JSON number or string. Token endpoint refusals become
 * {@link dev.carerecord.sdk.core.exception.AccessDeniedException} with the OAuth {@code error} and
 * {@code error_description}. The secret is never logged. Thread-safe; {@link #close()} releases its own pipeline.
 *
 * <pre>{@code
 * ClientCredentialsTokenProvider tokens = ClientCredentialsTokenProvider.builder()
 *     .tokenUrl("https://auth.shcr.example/oauth2/token")
 *     .clientId("care-app").clientSecret(secret).scope("system/*.read")
 *     .build();
 * }</pre>
 */
public final class ClientCredentialsTokenProvider implements AccessTokenProvider, AutoCloseable {
    /** How the client id and secret are sent. */
    public enum ClientAuthentication {
        /** HTTP Basic ({@code client_secret_basic}): every OAuth 2.0 server must support it. */
        BASIC,
        /** Form fields {@code client_id} and {@code client_secret} ({@code client_secret_post}). */
        FORM
    }

    private final TokenEndpoint endpoint;
    private final HttpPipeline pipeline;
    private final boolean ownsPipeline;
    private final TokenCache cache;
    private final String clientId;
    private final String clientSecret;
    private final String scope;
    private final ClientAuthentication authentication;

    private ClientCredentialsTokenProvider(Builder b, HttpPipeline pipeline, boolean owns) {
        this.pipeline = pipeline;
        this.ownsPipeline = owns;
        this.endpoint = new TokenEndpoint(pipeline, b.tokenUrlValue(), b.clockValue(), b.defaultLifetimeValue());
        this.cache = new TokenCache(b.clockValue(), b.refreshMarginValue());
        this.clientId = b.clientIdValue();
        this.clientSecret = b.clientSecret;
        this.scope = b.scope;
        this.authentication = b.authentication;
    }

    /** A builder; token URL, client id and secret are required. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public AccessToken getToken(RequesterContext requester) {
        Objects.requireNonNull(requester, "requester");
        return cache.get(() -> {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("grant_type", "client_credentials");
            if (scope != null) {
                form.put("scope", scope);
            }
            Map<String, String> headers = Map.of();
            if (authentication == ClientAuthentication.FORM) {
                form.put("client_id", clientId);
                form.put("client_secret", clientSecret);
            } else {
                String pair = formEncode(clientId) + ":" + formEncode(clientSecret);
                headers = Map.of("Authorization", "Basic "
                        + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
            }
            return endpoint.request(requester, form, headers, true);
        });
    }

    /** Forgets the cached token: the next {@link #getToken} asks the token endpoint. */
    public void invalidate() {
        cache.invalidate();
    }

    @Override
    public void close() {
        if (ownsPipeline) {
            pipeline.close();
        }
    }

    @Override
    public String toString() {
        return "ClientCredentialsTokenProvider[" + endpoint.tokenUrl() + ", " + authentication + "]";
    }

    private static String formEncode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Collects a {@link ClientCredentialsTokenProvider}. Not thread-safe. */
    public static final class Builder extends TokenProviderBuilder<Builder> {
        private String clientSecret;
        private String scope;
        private ClientAuthentication authentication = ClientAuthentication.BASIC;

        private Builder() {
        }

        /** The client secret. Required; never logged. */
        public Builder clientSecret(String value) {
            if (value == null || value.isEmpty()) {
                throw new InvalidInputException("clientSecret", "is missing");
            }
            this.clientSecret = value;
            return this;
        }

        /** The {@code scope} to ask for (space-separated), if the server wants one. */
        public Builder scope(String value) {
            this.scope = value == null || value.isBlank() ? null : value.strip();
            return this;
        }

        /** How the id and secret are sent; {@link ClientAuthentication#BASIC} by default. */
        public Builder clientAuthentication(ClientAuthentication value) {
            this.authentication = Objects.requireNonNull(value, "clientAuthentication");
            return this;
        }

        java.time.Clock clockValue() {
            return clock();
        }

        /**
         * The provider.
         *
         * @throws IllegalStateException when the token URL, client id or secret is missing
         */
        public ClientCredentialsTokenProvider build() {
            if (tokenUrlValue() == null || clientIdValue() == null || clientSecret == null) {
                throw new IllegalStateException("tokenUrl, clientId and clientSecret are required");
            }
            boolean owns = pipelineOwned();
            return new ClientCredentialsTokenProvider(this, buildPipeline("oauth2-token"), owns);
        }
    }
}
