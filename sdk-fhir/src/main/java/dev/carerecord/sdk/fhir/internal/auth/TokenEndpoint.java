package dev.carerecord.sdk.fhir.internal.auth;

import dev.carerecord.sdk.core.RequesterContext;
import dev.carerecord.sdk.core.exception.AccessDeniedException;
import dev.carerecord.sdk.core.exception.ErrorCode;
import dev.carerecord.sdk.core.exception.MalformedResponseException;
import dev.carerecord.sdk.core.exception.OutcomeIssue;
import dev.carerecord.sdk.core.exception.ServiceError;
import dev.carerecord.sdk.core.exception.ServiceException;
import dev.carerecord.sdk.core.http.CorrelationPolicy;
import dev.carerecord.sdk.core.http.HttpMethod;
import dev.carerecord.sdk.core.http.HttpPipeline;
import dev.carerecord.sdk.core.http.HttpResponse;
import dev.carerecord.sdk.core.http.PipelineRequest;
import dev.carerecord.sdk.fhir.auth.AccessToken;
import jakarta.json.spi.JsonProvider;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * Posts a token request (form-encoded) to an OAuth 2.0 token endpoint through the pipeline and reads the
 * answer: {@code access_token}, {@code token_type} (Bearer), {@code expires_in} as a JSON number or string (NHS
 * England APIM sends a string). Error answers ({@code error}, {@code error_description}, RFC 6749 5.2) become
 * an {@link AccessDeniedException} for 400/401/403 and the pipeline's usual typed exception otherwise. Never
 * logs the form or the token. Not part of the public API.
 */
public final class TokenEndpoint {
    /** Looked up once: {@code Json.createX} would repeat the service-loader search on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();
    private static final String SOURCE = "OAuth2 token endpoint";

    private final HttpPipeline pipeline;
    private final String tokenUrl;
    private final Clock clock;
    private final Duration defaultLifetime;

    public TokenEndpoint(HttpPipeline pipeline, String tokenUrl, Clock clock, Duration defaultLifetime) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.tokenUrl = Objects.requireNonNull(tokenUrl, "tokenUrl");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.defaultLifetime = Objects.requireNonNull(defaultLifetime, "defaultLifetime");
    }

    /**
     * Requests a token.
     *
     * @param form the form fields, in order
     * @param headers extra headers (e.g. HTTP Basic client authentication)
     * @param retryable whether the same request may be sent again (false for a one-time client assertion)
     */
    public AccessToken request(RequesterContext requester, Map<String, String> form, Map<String, String> headers,
            boolean retryable) {
        StringJoiner body = new StringJoiner("&");
        form.forEach((name, value) -> body.add(encode(name) + "=" + encode(value)));
        PipelineRequest.Builder request = PipelineRequest.builder(HttpMethod.POST, tokenUrl)
                .source(SOURCE).operation("requestToken").requester(requester)
                .correlation(CorrelationPolicy.none())
                .idempotent(retryable)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .body(body.toString().getBytes(StandardCharsets.UTF_8))
                .errorDecoder(TokenEndpoint::decodeError);
        headers.forEach(request::header);
        return pipeline.execute(request.build(), this::read);
    }

    private AccessToken read(HttpResponse response) {
        Instant received = clock.instant();
        JsonObject json = json(response.bodyText())
                .orElseThrow(() -> malformed("the token response is not a JSON object", response));
        String token = string(json, "access_token")
                .orElseThrow(() -> malformed("the token response has no access_token", response));
        Optional<String> type = string(json, "token_type");
        if (type.isPresent() && !type.get().equalsIgnoreCase("bearer")) {
            throw malformed("the token type is not Bearer", response);
        }
        Duration lifetime = expiresIn(json.get("expires_in"), response).orElse(defaultLifetime);
        try {
            return new AccessToken(token, received.plus(lifetime));
        } catch (IllegalArgumentException e) {
            throw malformed("the access_token is not a usable bearer token", response);
        }
    }

    private Optional<Duration> expiresIn(JsonValue value, HttpResponse response) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return Optional.empty();
        }
        long seconds;
        try {
            if (value instanceof JsonNumber number) {
                seconds = number.longValueExact();
            } else if (value instanceof JsonString text) {
                seconds = Long.parseLong(text.getString().strip());
            } else {
                throw malformed("expires_in is neither a number nor a string", response);
            }
        } catch (ArithmeticException | NumberFormatException e) {
            throw malformed("expires_in is not a whole number of seconds", response);
        }
        if (seconds <= 0) {
            throw malformed("expires_in is not positive", response);
        }
        return Optional.of(Duration.ofSeconds(seconds));
    }

    private static ServiceException decodeError(PipelineRequest request, HttpResponse response) {
        Optional<JsonObject> json = json(response.bodyText());
        Optional<String> error = json.flatMap(j -> string(j, "error"));
        Optional<String> description = json.flatMap(j -> string(j, "error_description"));
        List<OutcomeIssue> issues = error.isEmpty() ? List.of()
                : List.of(new OutcomeIssue("error", "security", error.map(ErrorCode::of), Optional.empty(),
                        description));
        ServiceError serviceError = new ServiceError(response.status(), request.source(), error.map(ErrorCode::of),
                description, Optional.empty(), issues, response.retryAfter(), response.attempts());
        int status = response.status();
        if (status == 400 || status == 401 || status == 403) {
            return new AccessDeniedException(serviceError, "The token endpoint refused the client");
        }
        return ServiceException.of(serviceError);
    }

    private static Optional<JsonObject> json(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try (JsonReader reader = JSON.createReader(new StringReader(text))) {
            JsonValue value = reader.readValue();
            return value instanceof JsonObject object ? Optional.of(object) : Optional.empty();
        } catch (JsonException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> string(JsonObject json, String name) {
        JsonValue value = json.get(name);
        if (value instanceof JsonString text && !text.getString().isBlank()) {
            return Optional.of(text.getString());
        }
        return Optional.empty();
    }

    private static MalformedResponseException malformed(String why, HttpResponse response) {
        return new MalformedResponseException(why, null, response.attempts(), response.correlationId());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The token URL (for the assertion's {@code aud}). */
    public String tokenUrl() {
        return tokenUrl;
    }
}
