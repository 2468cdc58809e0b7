package dev.carerecord.sdk.sandbox;

import dev.carerecord.sdk.sandbox.http.Api;
import dev.carerecord.sdk.sandbox.http.MiniJson;
import dev.carerecord.sdk.sandbox.http.SandboxRequest;
import dev.carerecord.sdk.sandbox.http.SandboxResponse;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The admin endpoint under {@code /_sandbox}: {@code GET|POST|DELETE /faults}, {@code DELETE /faults/{id}},
 * {@code GET|DELETE /requests} and {@code GET /patients}. JSON in and out; never faulted or recorded.
 * A fault is posted as {@code {"route":"gpconnect.structured","kind":"status","status":503,"count":2}}
 * (or {@code "path":"regex"}; kinds latency, status, too_many_requests, reset, truncate, hang, gpconnect_error
 * with {@code "error":"ACCESS DENIED"} (a {@link GpConnectError} name or Spine code); optional {@code latencyMs},
 * {@code retryAfterSeconds}, {@code count}, {@code fraction}, {@code seed}).
 */
final class AdminApi implements Api {
    private static final String BASE = "/_sandbox";

    private final Faults faults;
    private final RecordedRequests requests;

    AdminApi(Faults faults, RecordedRequests requests) {
        this.faults = faults;
        this.requests = requests;
    }

    @Override
    public boolean owns(String path) {
        return path.equals(BASE) || path.startsWith(BASE + "/");
    }

    @Override
    public String route(SandboxRequest request) {
        return "admin";
    }

    @Override
    public SandboxResponse failure(int status, SandboxRequest request) {
        return error(status, "HTTP " + status);
    }

    @Override
    public SandboxResponse handle(SandboxRequest request) {
        String path = request.path().substring(BASE.length());
        String method = request.method();
        try {
            if (path.equals("/faults")) {
                switch (method) {
                    case "GET":
                        return SandboxResponse.json(200, MiniJson.write(faults.active().stream().map(AdminApi::describe).toList()));
                    case "POST":
                        return SandboxResponse.json(201, MiniJson.write(describe(create(request.bodyText()))));
                    case "DELETE":
                        int count = faults.active().size();
                        faults.clear();
                        return SandboxResponse.json(200, MiniJson.write(Map.of("cleared", count)));
                    default:
                        return error(405, "Use GET, POST or DELETE");
                }
            }
            if (path.startsWith("/faults/") && method.equals("DELETE")) {
                return faults.remove(path.substring("/faults/".length()))
                        ? SandboxResponse.json(200, MiniJson.write(Map.of("cleared", 1)))
                        : error(404, "No such fault");
            }
            if (path.equals("/requests")) {
                if (method.equals("DELETE")) {
                    requests.clear();
                    return SandboxResponse.json(200, "{}");
                }
                String route = request.param("route");
                List<RecordedRequest> list = route == null ? requests.all() : requests.forRoute(route);
                return SandboxResponse.json(200, MiniJson.write(list.stream().map(AdminApi::describe).toList()));
            }
            if (path.equals("/patients") && method.equals("GET")) {
                return SandboxResponse.json(200, MiniJson.write(SandboxPatients.all().stream().map(AdminApi::describe).toList()));
            }
            return error(404, "Admin endpoints: /_sandbox/faults, /_sandbox/faults/{id}, /_sandbox/requests, /_sandbox/patients");
        } catch (IllegalArgumentException | ArithmeticException e) {
            return error(400, e.getMessage());
        }
    }

    private FaultRule create(String body) {
        if (!(MiniJson.parse(body) instanceof Map<?, ?> json)) {
            throw new IllegalArgumentException("Body must be a JSON object");
        }
        String route = text(json, "route");
        String path = text(json, "path");
        if ((route == null) == (path == null)) {
            throw new IllegalArgumentException("Give exactly one of route and path");
        }
        FaultSpec spec = route != null ? faults.on(route) : faults.onPath(path);
        if (json.get("count") != null) {
            spec.next(number(json, "count").intValueExact());
        }
        if (json.get("fraction") != null) {
            spec.fraction(number(json, "fraction").doubleValue());
        }
        if (json.get("seed") != null) {
            spec.seed(number(json, "seed").longValueExact());
        }
        String kind = text(json, "kind");
        if (kind == null) {
            throw new IllegalArgumentException("kind is required");
        }
        int retryAfter = json.get("retryAfterSeconds") == null ? 0 : number(json, "retryAfterSeconds").intValueExact();
        switch (kind.toLowerCase(Locale.ROOT)) {
            case "latency":
                return spec.latency(Duration.ofMillis(number(json, "latencyMs").longValueExact()));
            case "status":
                return spec.status(number(json, "status").intValueExact(), retryAfter);
            case "too_many_requests":
                return spec.tooManyRequests(retryAfter);
            case "reset":
                return spec.reset();
            case "truncate":
                return spec.truncate();
            case "hang":
                return spec.hang();
            case "gpconnect_error":
                String error = text(json, "error");
                if (error == null) {
                    throw new IllegalArgumentException("error is required for gpconnect_error");
                }
                return spec.gpConnectError(GpConnectError.parse(error));
            default:
                throw new IllegalArgumentException("Unknown kind " + kind);
        }
    }

    private static String text(Map<?, ?> json, String name) {
        Object value = json.get(name);
        if (value != null && !(value instanceof String)) {
            throw new IllegalArgumentException(name + " must be a string");
        }
        return (String) value;
    }

    private static BigDecimal number(Map<?, ?> json, String name) {
        if (!(json.get(name) instanceof BigDecimal n)) {
            throw new IllegalArgumentException(name + " must be a number");
        }
        return n;
    }

    private static Map<String, Object> describe(FaultRule rule) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", rule.id());
        out.put("route", rule.route());
        out.put("path", rule.pathPattern());
        out.put("kind", rule.kind().name().toLowerCase(Locale.ROOT));
        out.put("status", rule.status());
        out.put("error", rule.gpConnectError() == null ? null : rule.gpConnectError().spineCode());
        out.put("retryAfterSeconds", rule.retryAfterSeconds());
        out.put("latencyMs", rule.latency().toMillis());
        out.put("remaining", rule.remaining());
        out.put("fraction", rule.fraction());
        out.put("fired", rule.fired());
        return out;
    }

    private static Map<String, Object> describe(RecordedRequest r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("receivedAt", r.receivedAt().toString());
        out.put("route", r.route());
        out.put("method", r.method());
        out.put("path", r.path());
        out.put("query", r.rawQuery());
        out.put("headers", r.headers());
        return out;
    }

    private static Map<String, Object> describe(TestPatient p) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("nhsNumber", p.nhsNumber());
        out.put("name", p.name());
        out.put("practiceOds", p.practiceOds());
        out.put("demonstrates", p.demonstrates());
        out.put("pds", p.pdsBehaviour());
        out.put("gpConnect", p.gpConnectBehaviour());
        out.put("shcr", p.shcrBehaviour());
        return out;
    }

    private static SandboxResponse error(int status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", message);
        return SandboxResponse.json(status, MiniJson.write(body));
    }
}
