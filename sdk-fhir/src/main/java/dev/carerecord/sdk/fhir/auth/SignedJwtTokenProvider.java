package dev.carerecord.sdk.fhir.auth;

import dev.carerecord.sdk.core.RequesterContext;
import dev.carerecord.sdk.core.http.HttpPipeline;
import dev.carerecord.sdk.fhir.internal.auth.ClientAssertion;
import dev.carerecord.sdk.fhir.internal.auth.TokenCache;
import dev.carerecord.sdk.fhir.internal.auth.TokenEndpoint;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Access tokens from NHS England's API platform (APIM) for application-restricted APIs (PDS, NRL, and shared
 * care records behind APIM), by the signed-JWT {@code private_key_jwt} flow: each token request carries a new
 * client assertion signed with RS512 ({@code kid} header; {@code iss} = {@code sub} = the API key; {@code aud} =
 * the exact token URL; a fresh UUID {@code jti}; {@code exp} at most five minutes ahead), posted as
 * {@code grant_type=client_credentials} with {@code client_assertion_type=urn:ietf:params:oauth:client-assertion-type:jwt-bearer}.
 *
 * <p>Tokens are cached and shared by every requester until {@link Builder#refreshMargin(Duration)} before they
 * expire (or half their life for short-lived tokens), then refreshed by one thread while others wait; an
 * expired token is never returned. {@code expires_in} may be a JSON number or string. Token endpoint refusals
 * become {@link dev.carerecord.sdk.core.exception.AccessDeniedException} carrying the OAuth {@code error} as the
 * error code and {@code error_description} as diagnostics. Token requests are not retried by the pipeline (an
 * assertion's {@code jti} is single-use); the next call asks again with a new one. Thread-safe;
 * {@link #close()} releases its own pipeline.
 *
 * <pre>{@code
 * SignedJwtTokenProvider tokens = SignedJwtTokenProvider.builder()
 *     .tokenUrl("https://int.api.service.nhs.uk/oauth2/token")
 *     .clientId(apiKey).keyId("int-1")
 *     .privateKeyPem(Files.readString(Path.of("private.pem")))   // PKCS#8 or PKCS#1
 *     .build();
 * }</pre>
 */
public final class SignedJwtTokenProvider implements AccessTokenProvider, AutoCloseable {
    private static final String ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

    private final TokenEndpoint endpoint;
    private final HttpPipeline pipeline;
    private final boolean ownsPipeline;
    private final TokenCache cache;
    private final JwtSigner signer;
    private final String keyId;
    private final String clientId;
    private final Duration assertionLifetime;
    private final Clock clock;

    private SignedJwtTokenProvider(Builder b, HttpPipeline pipeline) {
        this.clock = b.clockValue();
        this.pipeline = pipeline;
        this.ownsPipeline = b.ownsPipeline();
        this.endpoint = new TokenEndpoint(pipeline, b.tokenUrlValue(), clock, b.defaultLifetimeValue());
        this.cache = new TokenCache(clock, b.refreshMarginValue());
        this.signer = b.signer;
        this.keyId = b.keyId;
        this.clientId = b.clientIdValue();
        this.assertionLifetime = b.assertionLifetime;
    }

    /** A builder; token URL, client id, key id and a key (or signer) are required. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public AccessToken getToken(RequesterContext requester) {
        Objects.requireNonNull(requester, "requester");
        return cache.get(() -> {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("grant_type", "client_credentials");
            form.put("client_assertion_type", ASSERTION_TYPE);
            form.put("client_assertion", ClientAssertion.create(signer, keyId, clientId, endpoint.tokenUrl(),
                    clock.instant(), assertionLifetime));
            return endpoint.request(requester, form, Map.of(), false);
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
        return "SignedJwtTokenProvider[" + endpoint.tokenUrl() + ", kid=" + keyId + "]";
    }

    /** Collects a {@link SignedJwtTokenProvider}. Not thread-safe. */
    public static final class Builder extends TokenProviderBuilder<Builder> {
        private String keyId;
        private JwtSigner signer;
        private Duration assertionLifetime = Duration.ofMinutes(5).minusSeconds(30);

        private Builder() {
        }

        /** The {@code kid} of the public key registered for the application. Required. */
        public Builder keyId(String value) {
            this.keyId = requireText(value, "keyId");
            return this;
        }

        /** Signs with an RSA private key held in process (RS512). */
        public Builder privateKey(PrivateKey value) {
            this.signer = JwtSigner.rs512(Objects.requireNonNull(value, "privateKey"));
            return this;
        }

        /** Signs with the RSA private key in this PEM text (PKCS#8 or PKCS#1; see {@link PemPrivateKeys}). */
        public Builder privateKeyPem(String pem) {
            return privateKey(PemPrivateKeys.parse(pem));
        }

        /** Signs with a signer of your own (HSM, cloud KMS); its algorithm must be RS512 for APIM. */
        public Builder signer(JwtSigner value) {
            this.signer = Objects.requireNonNull(value, "signer");
            return this;
        }

        /** How long each assertion is valid ({@code exp} - now); at most 5 minutes; default 4 min 30 s. */
        public Builder assertionLifetime(Duration value) {
            Objects.requireNonNull(value, "assertionLifetime");
            if (value.isNegative() || value.isZero() || value.compareTo(ClientAssertion.MAX_LIFETIME) > 0) {
                throw new IllegalArgumentException("assertionLifetime must be positive and at most 5 minutes");
            }
            this.assertionLifetime = value;
            return this;
        }

        Clock clockValue() {
            return clock();
        }

        boolean ownsPipeline() {
            return pipelineOwned();
        }

        /**
         * The provider.
         *
         * @throws IllegalStateException when the token URL, client id, key id or key is missing
         */
        public SignedJwtTokenProvider build() {
            if (tokenUrlValue() == null || clientIdValue() == null || keyId == null || signer == null) {
                throw new IllegalStateException("tokenUrl, clientId, keyId and a private key (or signer) are required");
            }
            return new SignedJwtTokenProvider(this, buildPipeline("oauth2-token"));
        }
    }
}
