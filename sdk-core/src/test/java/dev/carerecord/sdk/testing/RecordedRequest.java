package dev.carerecord.sdk.testing;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A request {@link ScriptedHttpServer} received, as it arrived.
 *
 * @param method the method
 * @param rawPath the path exactly as in the request line
 * @param rawQuery the query exactly as in the request line, or null
 * @param headers the headers (case-insensitive map)
 * @param body the body bytes
 */
public record RecordedRequest(String method, String rawPath, String rawQuery, Map<String, List<String>> headers,
        byte[] body) {

    /** The first value of {@code name}, if sent. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** The path and query as in the request line. */
    public String rawTarget() {
        return rawQuery == null ? rawPath : rawPath + "?" + rawQuery;
    }

    /** The body as UTF-8 text. */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
