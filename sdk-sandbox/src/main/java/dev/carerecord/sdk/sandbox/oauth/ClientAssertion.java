package dev.carerecord.sdk.sandbox.oauth;

import dev.carerecord.sdk.sandbox.http.MiniJson;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks an APIM signed-JWT client assertion in this order, answering the first problem with APIM's exact
 * description: structure; header {@code alg} (RS512), {@code kid}, {@code typ} (JWT); claims {@code iss} =
 * {@code sub}; the client and its key; the RS512 signature; {@code jti}; {@code exp} (not past, at most 310 s
 * ahead); {@code aud} (the exact token URL); and finally that the {@code jti} was not used before.
 */
final class ClientAssertion {
    static final String TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
    /** The longest time ahead an {@code exp} may be, in seconds (5 minutes plus APIM's 10 s tolerance). */
    static final long MAX_EXP_AHEAD_SECONDS = 310;

    private final ClientRegistry clients;
    private final TokenService tokens;

    ClientAssertion(ClientRegistry clients, TokenService tokens) {
        this.clients = clients;
        this.tokens = tokens;
    }

    /** The verified assertion's client id and jti. */
    record Verified(String clientId, String jti, Instant expiresAt) {
    }

    /** Verifies the assertion (without recording its jti); throws {@link TokenError}. */
    Verified verify(String assertion, String tokenUrl) {
        String[] parts = assertion.split("\\.", -1);
        if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty() || parts[2].isEmpty()) {
            throw malformed();
        }
        Map<String, Object> header = jsonObject(parts[0]);
        Map<String, Object> claims = jsonObject(parts[1]);
        byte[] signature = base64(parts[2]);

        Object alg = header.get("alg");
        if (alg == null) {
            throw TokenError.invalidRequest("Missing 'alg' header" + TokenError.JWT_SUFFIX);
        }
        if (!"RS512".equals(alg)) {
            throw TokenError.invalidRequest("Invalid 'alg' header" + TokenError.JWT_SUFFIX
                    + " - unsupported JWT algorithm - must be 'RS512'");
        }
        if (!(header.get("kid") instanceof String kid) || kid.isBlank()) {
            throw TokenError.invalidRequest("Missing 'kid' header" + TokenError.JWT_SUFFIX);
        }
        if (!(header.get("typ") instanceof String typ) || !typ.toUpperCase(Locale.ROOT).equals("JWT")) {
            throw TokenError.invalidRequest("Invalid 'typ' header" + TokenError.JWT_SUFFIX + " - must be 'JWT'");
        }

        String iss = claims.get("iss") instanceof String s ? s : null;
        String sub = claims.get("sub") instanceof String s ? s : null;
        if (iss == null || iss.isBlank() || !iss.equals(sub)) {
            throw TokenError.invalidRequest("Missing or non-matching 'iss'/'sub' claims" + TokenError.JWT_SUFFIX);
        }
        if (!clients.isKnown(iss)) {
            throw TokenError.unauthorised("Invalid 'iss'/'sub' claims" + TokenError.JWT_SUFFIX);
        }
        if (!clients.hasKeys(iss)) {
            throw new TokenError(403, "public_key error", "You need to register a public key to use this "
                    + "authentication method - please contact support to configure", false);
        }
        RSAPublicKey key = clients.key(iss, kid).orElseThrow(() -> TokenError.unauthorised(
                "Invalid 'kid' header" + TokenError.JWT_SUFFIX + " - no matching public key"));
        if (!signatureValid(key, parts[0] + "." + parts[1], signature)) {
            throw TokenError.unauthorised("JWT signature verification failed");
        }

        if (!claims.containsKey("jti")) {
            throw TokenError.invalidRequest("Missing 'jti' claim" + TokenError.JWT_SUFFIX);
        }
        if (!(claims.get("jti") instanceof String jti) || jti.isBlank()) {
            throw TokenError.invalidRequest("Invalid 'jti' claim" + TokenError.JWT_SUFFIX
                    + " - must be a unique string value such as a GUID");
        }
        Instant exp = expiry(claims);
        if (!matchesAudience(claims.get("aud"), tokenUrl)) {
            throw TokenError.unauthorised("Missing or invalid 'aud' claim" + TokenError.JWT_SUFFIX);
        }
        if (tokens.jtiUsed(iss, jti)) {
            throw TokenError.invalidRequest("Non-unique 'jti' claim" + TokenError.JWT_SUFFIX);
        }
        return new Verified(iss, jti, exp);
    }

    private Instant expiry(Map<String, Object> claims) {
        if (!claims.containsKey("exp")) {
            throw TokenError.invalidRequest("Missing 'exp' claim" + TokenError.JWT_SUFFIX);
        }
        long exp;
        try {
            if (!(claims.get("exp") instanceof BigDecimal n)) {
                throw new ArithmeticException("not a number");
            }
            exp = n.longValueExact();
        } catch (ArithmeticException e) {
            throw TokenError.invalidRequest("Invalid 'exp' claim" + TokenError.JWT_SUFFIX + " - must be an integer");
        }
        long now = tokens.clock().instant().getEpochSecond();
        if (exp < now) {
            throw TokenError.invalidRequest("Invalid 'exp' claim" + TokenError.JWT_SUFFIX + " - JWT has expired");
        }
        if (exp - now > MAX_EXP_AHEAD_SECONDS) {
            throw TokenError.invalidRequest("Invalid 'exp' claim" + TokenError.JWT_SUFFIX
                    + " - more than 5 minutes in future");
        }
        return Instant.ofEpochSecond(exp);
    }

    private static boolean matchesAudience(Object aud, String tokenUrl) {
        if (aud instanceof String s) {
            return s.equals(tokenUrl);
        }
        return aud instanceof List<?> list && list.size() == 1 && tokenUrl.equals(list.get(0));
    }

    private static boolean signatureValid(RSAPublicKey key, String signingInput, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance("SHA512withRSA");
            verifier.initVerify(key);
            verifier.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> jsonObject(String part) {
        Object value;
        try {
            value = MiniJson.parse(new String(base64(part), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw malformed();
        }
        if (!(value instanceof Map)) {
            throw malformed();
        }
        return (Map<String, Object>) value;
    }

    private static byte[] base64(String part) {
        try {
            return Base64.getUrlDecoder().decode(part);
        } catch (IllegalArgumentException e) {
            throw malformed();
        }
    }

    private static TokenError malformed() {
        return TokenError.invalidRequest("Malformed JWT in client_assertion");
    }
}
