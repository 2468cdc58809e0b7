package dev.carerecord.sdk.sandbox.oauth;

import java.security.interfaces.RSAPublicKey;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The OAuth clients the token endpoint knows: a client has a secret (client-secret flow), public keys by
 * {@code kid} (signed-JWT flow), or both. Thread-safe; registrations take effect at once.
 */
public final class ClientRegistry {
    private final Map<String, String> secrets = new ConcurrentHashMap<>();
    private final Map<String, Map<String, RSAPublicKey>> keys = new ConcurrentHashMap<>();

    /** Registers (or replaces) the secret of a client. */
    public void registerSecret(String clientId, String secret) {
        secrets.put(requireText(clientId, "clientId"), requireText(secret, "secret"));
    }

    /** Registers (or replaces) one public key of a client under a key id. */
    public void registerKey(String clientId, String kid, RSAPublicKey key) {
        Objects.requireNonNull(key, "key");
        keys.computeIfAbsent(requireText(clientId, "clientId"), k -> new ConcurrentHashMap<>())
                .put(requireText(kid, "kid"), key);
    }

    /** Whether the client is registered at all. */
    public boolean isKnown(String clientId) {
        return secrets.containsKey(clientId) || keys.containsKey(clientId);
    }

    /** Whether the client has at least one public key. */
    public boolean hasKeys(String clientId) {
        Map<String, RSAPublicKey> byKid = keys.get(clientId);
        return byKid != null && !byKid.isEmpty();
    }

    /** The client's public key with this id. */
    public Optional<RSAPublicKey> key(String clientId, String kid) {
        Map<String, RSAPublicKey> byKid = keys.get(clientId);
        return byKid == null ? Optional.empty() : Optional.ofNullable(byKid.get(kid));
    }

    /** Whether {@code secret} is the client's registered secret (constant-time comparison). */
    public boolean secretMatches(String clientId, String secret) {
        String expected = secrets.get(clientId);
        if (expected == null || secret == null) {
            return false;
        }
        return java.security.MessageDigest.isEqual(expected.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                secret.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }
}
