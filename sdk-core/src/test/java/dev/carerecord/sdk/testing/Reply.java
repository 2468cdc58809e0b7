package dev.carerecord.sdk.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.GZIPOutputStream;

/**
 * What {@link ScriptedHttpServer} does with one request: answer (status, headers, body, optionally gzip,
 * delayed, chunked), cut the body short, close the connection without answering, or hang until released.
 * Note: the JDK client silently re-sends a GET once when the connection closes before any response byte.
 * Immutable; each method returns a changed copy.
 */
public final class Reply {
    /** The kinds of behaviour. */
    public enum Kind { RESPOND, CLOSE, TRUNCATE, HANG, HANG_AFTER_HEADERS, DYNAMIC }

    final Kind kind;
    final int status;
    final List<Map.Entry<String, String>> headers;
    final byte[] body;
    final boolean gzip;
    final boolean chunked;
    final Duration delay;
    final int sendBytes;
    final Function<RecordedRequest, Reply> dynamic;

    private Reply(Kind kind, int status, List<Map.Entry<String, String>> headers, byte[] body, boolean gzip,
            boolean chunked, Duration delay, int sendBytes, Function<RecordedRequest, Reply> dynamic) {
        this.kind = kind;
        this.status = status;
        this.headers = List.copyOf(headers);
        this.body = body;
        this.gzip = gzip;
        this.chunked = chunked;
        this.delay = delay;
        this.sendBytes = sendBytes;
        this.dynamic = dynamic;
    }

    /** Answers {@code status} with no body. */
    public static Reply status(int status) {
        return new Reply(Kind.RESPOND, status, List.of(), new byte[0], false, false, Duration.ZERO, 0, null);
    }

    /** Answers {@code status} with a JSON body. */
    public static Reply json(int status, String json) {
        return status(status).header("Content-Type", "application/fhir+json; charset=utf-8")
                .body(json.getBytes(StandardCharsets.UTF_8));
    }

    /** Answers {@code status} with a plain-text body. */
    public static Reply text(int status, String text) {
        return status(status).header("Content-Type", "text/plain; charset=utf-8")
                .body(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Closes the connection without sending anything. */
    public static Reply closeConnection() {
        return new Reply(Kind.CLOSE, 0, List.of(), new byte[0], false, false, Duration.ZERO, 0, null);
    }

    /** Sends nothing until the server releases hangs (then answers 503) or stops. */
    public static Reply hang() {
        return new Reply(Kind.HANG, 0, List.of(), new byte[0], false, false, Duration.ZERO, 0, null);
    }

    /** Decides per request. */
    public static Reply dynamic(Function<RecordedRequest, Reply> decide) {
        return new Reply(Kind.DYNAMIC, 0, List.of(), new byte[0], false, false, Duration.ZERO, 0, decide);
    }

    /** Adds a response header. */
    public Reply header(String name, String value) {
        List<Map.Entry<String, String>> list = new ArrayList<>(headers);
        list.add(Map.entry(name, value));
        return new Reply(kind, status, list, body, gzip, chunked, delay, sendBytes, dynamic);
    }

    /** Sets the body. */
    public Reply body(byte[] value) {
        return new Reply(kind, status, headers, value.clone(), gzip, chunked, delay, sendBytes, dynamic);
    }

    /** Sends the body gzip-compressed with {@code Content-Encoding: gzip}. */
    public Reply gzip() {
        return new Reply(kind, status, headers, body, true, chunked, delay, sendBytes, dynamic);
    }

    /** Sends the body chunked, without {@code Content-Length}. */
    public Reply chunked() {
        return new Reply(kind, status, headers, body, gzip, true, delay, sendBytes, dynamic);
    }

    /** Waits {@code value} before answering. */
    public Reply delay(Duration value) {
        return new Reply(kind, status, headers, body, gzip, chunked, value, sendBytes, dynamic);
    }

    /** Declares the whole body's length but sends only {@code bytes} of it, then closes the connection. */
    public Reply truncateAfter(int bytes) {
        return new Reply(Kind.TRUNCATE, status, headers, body, gzip, chunked, delay, bytes, dynamic);
    }

    /** Sends the headers (declaring the body's length) and {@code bytes} of the body, then hangs. */
    public Reply hangAfter(int bytes) {
        return new Reply(Kind.HANG_AFTER_HEADERS, status, headers, body, gzip, chunked, delay, bytes, dynamic);
    }

    /** The body as it goes on the wire. */
    byte[] wireBody() {
        if (!gzip) {
            return body;
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
                zip.write(body);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
