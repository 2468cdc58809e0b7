package dev.carerecord.sdk.sandbox.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP request as the APIs see it: method, percent-decoded path, decoded query parameters (in order, names
 * repeatable), headers by lower-case name, and the whole body.
 */
public final class SandboxRequest {
    private final String method;
    private final String path;
    private final String rawQuery;
    private final Map<String, List<String>> query;
    private final Map<String, List<String>> headers;
    private final byte[] body;
    private final String baseUrl;

    public SandboxRequest(String method, String path, String rawQuery, Map<String, List<String>> headers, byte[] body,
                          String baseUrl) {
        this.method = method;
        this.path = path;
        this.rawQuery = rawQuery;
        this.query = Collections.unmodifiableMap(QueryString.parse(rawQuery));
        Map<String, List<String>> lower = new LinkedHashMap<>();
        headers.forEach((k, v) -> lower.computeIfAbsent(k.toLowerCase(Locale.ROOT), x -> new ArrayList<>()).addAll(v));
        this.headers = Collections.unmodifiableMap(lower);
        this.body = body;
        this.baseUrl = baseUrl;
    }

    public String method() {
        return method;
    }

    /** The percent-decoded path. */
    public String path() {
        return path;
    }

    /** The query exactly as received (still encoded), or null. */
    public String rawQuery() {
        return rawQuery;
    }

    /** Decoded query parameters by name, in order of appearance. */
    public Map<String, List<String>> query() {
        return query;
    }

    /** The values of a query parameter (empty when absent). */
    public List<String> params(String name) {
        return query.getOrDefault(name, List.of());
    }

    /** The first value of a query parameter, or null. */
    public String param(String name) {
        List<String> values = params(name);
        return values.isEmpty() ? null : values.get(0);
    }

    /** Headers by lower-case name. */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /** The first value of a header (case-insensitive name), or null. */
    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** How many times a header was sent. */
    public int headerCount(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null ? 0 : values.size();
    }

    public byte[] body() {
        return body;
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The sandbox's own base URL, e.g. {@code http://127.0.0.1:50123}. */
    public String baseUrl() {
        return baseUrl;
    }
}
