package dev.carerecord.sdk.sandbox.http;

import dev.carerecord.sdk.sandbox.RecordedRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** Keeps the most recent requests (bounded, oldest dropped first) for tests to inspect. */
public final class RequestRecorder {
    private static final int CAPACITY = 10_000;
    private static final int MAX_BODY_CHARS = 64 * 1024;

    private final Deque<RecordedRequest> requests = new ArrayDeque<>();
    private final Clock clock;

    public RequestRecorder(Clock clock) {
        this.clock = clock;
    }

    public void record(String route, SandboxRequest request) {
        String body = new String(request.body(), StandardCharsets.UTF_8);
        if (body.length() > MAX_BODY_CHARS) {
            body = body.substring(0, MAX_BODY_CHARS);
        }
        RecordedRequest recorded = new RecordedRequest(clock.instant(), route, request.method(), request.path(),
                request.rawQuery(), request.headers(), body);
        synchronized (requests) {
            if (requests.size() >= CAPACITY) {
                requests.removeFirst();
            }
            requests.addLast(recorded);
        }
    }

    public List<RecordedRequest> all() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    public void clear() {
        synchronized (requests) {
            requests.clear();
        }
    }
}
