package dev.carerecord.sdk.sandbox;

import dev.carerecord.sdk.sandbox.oauth.ClientRegistry;
import dev.carerecord.sdk.sandbox.oauth.TokenService;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.Objects;

/**
 * The sandbox's OAuth 2.0 token endpoint ({@link SandboxUrls#oauthToken()}), as NHS England's APIM runs it for
 * application-restricted APIs: register clients here, then obtain bearer tokens over HTTP with
 * {@code grant_type=client_credentials} and either a signed JWT (RS512, {@code kid}, {@code iss} = {@code sub}
 * = client id, {@code aud} = the exact token URL, unique {@code jti}, {@code exp} at most 5 minutes ahead) or a
 * client secret. Tokens are accepted by every sandbox R4 API that requires auth (the shared care record; PDS
 * stays open like the public PDS sandbox) until they expire ({@link Sandbox.Builder#tokenLifetime(Duration)}).
 * <p>Built in: the client-secret client {@link #DEMO_CLIENT_ID} / {@link #DEMO_CLIENT_SECRET}, and the
 * signed-JWT client {@link #DEMO_JWT_CLIENT_ID} whose key ({@link #DEMO_KID}) is generated on first use of
 * {@link #demoPrivateKey()}.
 */
public final class SandboxOAuth {
    /** The built-in client-secret client. */
    public static final String DEMO_CLIENT_ID = "sandbox-demo-client";
    /** The secret of {@link #DEMO_CLIENT_ID} (HTTP Basic or the {@code client_secret} form field). */
    public static final String DEMO_CLIENT_SECRET = "sandbox-demo-secret";
    /** The built-in signed-JWT client (its key pair is made by {@link #demoPrivateKey()}). */
    public static final String DEMO_JWT_CLIENT_ID = "sandbox-demo-jwt-client";
    /** The {@code kid} of the built-in signed-JWT client's key. */
    public static final String DEMO_KID = "sandbox-demo-1";

    private final ClientRegistry clients;
    private final TokenService tokens;
    private volatile KeyPair demoKeys;

    SandboxOAuth(ClientRegistry clients, TokenService tokens) {
        this.clients = clients;
        this.tokens = tokens;
        clients.registerSecret(DEMO_CLIENT_ID, DEMO_CLIENT_SECRET);
    }

    /** Registers (or replaces) a signed-JWT client's public key under {@code kid} (a client may have several). */
    public SandboxOAuth registerClient(String clientId, String kid, RSAPublicKey publicKey) {
        clients.registerKey(clientId, kid, publicKey);
        return this;
    }

    /** Registers (or replaces) a client-secret client. */
    public SandboxOAuth registerSecretClient(String clientId, String secret) {
        clients.registerSecret(clientId, secret);
        return this;
    }

    /**
     * The private key of {@link #DEMO_JWT_CLIENT_ID} ({@code kid} {@link #DEMO_KID}): an RSA 2048 key pair made
     * for this sandbox on first call (its public half registered at once). For demos and samples only.
     */
    public RSAPrivateKey demoPrivateKey() {
        KeyPair keys = demoKeys;
        if (keys == null) {
            synchronized (this) {
                keys = demoKeys;
                if (keys == null) {
                    keys = newKeyPair();
                    clients.registerKey(DEMO_JWT_CLIENT_ID, DEMO_KID, (RSAPublicKey) keys.getPublic());
                    demoKeys = keys;
                }
            }
        }
        return (RSAPrivateKey) keys.getPrivate();
    }

    /**
     * Issues a token for a registered client without the HTTP round trip, for tests that are not about
     * authentication. Throws {@link IllegalArgumentException} for an unknown client.
     */
    public String issueToken(String clientId) {
        Objects.requireNonNull(clientId, "clientId");
        if (!clients.isKnown(clientId)) {
            throw new IllegalArgumentException("Unknown client " + clientId);
        }
        return tokens.issue(clientId).token();
    }

    /** Whether the token was issued by this sandbox and is still valid. */
    public boolean isValid(String accessToken) {
        return tokens.validate(accessToken).isPresent();
    }

    /** Makes every token issued so far invalid (the next request with one gets 401). */
    public void revokeAll() {
        tokens.revokeAll();
    }

    /** How long issued tokens are valid ({@code expires_in}). */
    public Duration tokenLifetime() {
        return tokens.lifetime();
    }

    private static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JDK has no RSA key generator", e);
        }
    }
}
