package dev.carerecord.sdk.sandbox.http;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** A complete response: status, headers and body bytes. */
public final class SandboxResponse {
    /** The FHIR JSON media type the sandbox answers with. */
    public static final String FHIR_JSON = "application/fhir+json;charset=utf-8";

    private final int status;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final byte[] body;

    public SandboxResponse(int status, String contentType, byte[] body) {
        this.status = status;
        this.body = body;
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
    }

    /** A FHIR JSON response. */
    public static SandboxResponse fhir(int status, String json) {
        return new SandboxResponse(status, FHIR_JSON, json.getBytes(StandardCharsets.UTF_8));
    }

    /** A plain JSON response (admin endpoint). */
    public static SandboxResponse json(int status, String json) {
        return new SandboxResponse(status, "application/json;charset=utf-8", json.getBytes(StandardCharsets.UTF_8));
    }

    /** Adds or replaces a header; returns this response. */
    public SandboxResponse header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public int status() {
        return status;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public byte[] body() {
        return body;
    }
}
