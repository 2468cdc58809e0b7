package dev.carerecord.sdk.sandbox;

import dev.carerecord.sdk.sandbox.http.RequestRecorder;
import java.util.List;
import java.util.Optional;

/**
 * The requests the sandbox received (the most recent 10,000), oldest first, for assertions such as "the retry
 * carried a new Ssp-TraceID and a new JWT". Admin requests are not recorded.
 */
public final class RecordedRequests {
    private final RequestRecorder recorder;

    RecordedRequests(RequestRecorder recorder) {
        this.recorder = recorder;
    }

    public List<RecordedRequest> all() {
        return recorder.all();
    }

    /** Requests on a route, or a group ({@code "pds.*"}), oldest first. */
    public List<RecordedRequest> forRoute(String route) {
        return all().stream().filter(r -> matches(route, r.route())).toList();
    }

    /** The most recent request on a route (or group). */
    public Optional<RecordedRequest> last(String route) {
        List<RecordedRequest> matching = forRoute(route);
        return matching.isEmpty() ? Optional.empty() : Optional.of(matching.get(matching.size() - 1));
    }

    public int count(String route) {
        return forRoute(route).size();
    }

    public void clear() {
        recorder.clear();
    }

    static boolean matches(String pattern, String route) {
        if ("*".equals(pattern)) {
            return true;
        }
        if (pattern.endsWith(".*")) {
            String prefix = pattern.substring(0, pattern.length() - 2);
            return route.equals(prefix) || route.startsWith(prefix + ".");
        }
        return pattern.equals(route);
    }
}
