package dev.carerecord.sdk.core.internal.cache;

import dev.carerecord.sdk.core.RequesterContext;
import dev.carerecord.sdk.core.http.PipelineRequest;
import dev.carerecord.sdk.core.ids.NhsNumber;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Builds cache keys: {@code crsdk1:<patient>:<digest>}, where {@code <patient>} is a keyed hash (HMAC-SHA256
 * with the cache's secret) of the NHS number, or {@code -}, and {@code <digest>} a keyed hash of everything that
 * can change the answer or who may see it: the requester (user, role, local user, practitioner id,
 * organisation, purpose, session, ASID), source, operation, method, raw URL, request headers and body. No
 * identifier appears in clear, and purging a patient needs only the patient part.
 */
final class CacheKeys {
    private static final String PREFIX = "crsdk1:";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final SecretKeySpec secret;

    CacheKeys(byte[] salt) {
        this.secret = new SecretKeySpec(salt.clone(), "HmacSHA256");
    }

    /** The key for {@code request}. */
    String keyFor(PipelineRequest request) {
        Mac mac = mac();
        RequesterContext r = request.requester();
        field(mac, "requester");
        field(mac, r.sdsUserId().value());
        field(mac, r.sdsRoleProfileId().value());
        field(mac, r.localUserId().orElse(""));
        field(mac, r.localUserIdSystem().orElse(""));
        field(mac, r.practitionerId().orElse(""));
        field(mac, r.organisation().value());
        field(mac, r.purposeOfUse().value());
        field(mac, r.sessionId().orElse(""));
        field(mac, r.consumerAsid().map(a -> a.value()).orElse(""));
        field(mac, "request");
        field(mac, request.cachePolicy().kind().name());
        field(mac, request.source());
        field(mac, request.operation());
        field(mac, request.method().name());
        field(mac, request.url());
        field(mac, request.patient().map(NhsNumber::value).orElse(""));
        for (Map.Entry<String, List<String>> header : request.headers().map().entrySet()) {
            field(mac, header.getKey().toLowerCase(java.util.Locale.ROOT));
            header.getValue().forEach(v -> field(mac, v));
        }
        field(mac, "body");
        byte[] body = request.body();
        mac.update(ByteBuffer.allocate(4).putInt(body.length).array());
        mac.update(body);
        return prefixFor(request.patient().orElse(null)) + B64.encodeToString(mac.doFinal());
    }

    /** The start shared by every key of {@code patient} (null: of no patient). */
    String prefixFor(NhsNumber patient) {
        if (patient == null) {
            return PREFIX + "-:";
        }
        Mac mac = mac();
        field(mac, "patient");
        field(mac, patient.value());
        byte[] hash = mac.doFinal();
        return PREFIX + B64.encodeToString(java.util.Arrays.copyOf(hash, 16)) + ":";
    }

    private Mac mac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(secret);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }

    private static void field(Mac mac, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        mac.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
        mac.update(bytes);
    }
}
