package dev.carerecord.sdk.sandbox;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A request the sandbox received: when, its route (see {@link SandboxRoutes}), method, path, raw query, headers
 * by lower-case name and body text. Lets tests assert, for example, that a retry carried a new Ssp-TraceID.
 */
public record RecordedRequest(Instant receivedAt, String route, String method, String path, String rawQuery,
                              Map<String, List<String>> headers, String body) {
    public RecordedRequest {
        headers = Map.copyOf(headers);
    }

    /** The first value of a header (case-insensitive), if sent. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }
}
