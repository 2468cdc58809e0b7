package dev.carerecord.sdk.core.internal.http;

import dev.carerecord.sdk.core.exception.ErrorCode;
import dev.carerecord.sdk.core.exception.OutcomeIssue;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the issues of a FHIR OperationOutcome in JSON (STU3 and R4 share the shape) with JSON-P:
 * {@code issue[].severity}, {@code code}, the first non-blank {@code details.coding[].code} (displays are never
 * used), {@code details.text} and {@code diagnostics}. Anything else (XML, HTML, other JSON) reads as no issues.
 */
final class OperationOutcomeReader {
    /** Bodies larger than this are not parsed: an error body has no reason to be big. */
    private static final int MAX_BYTES = 1 << 20;
    private static final JsonProvider JSON = JsonProvider.provider();

    private OperationOutcomeReader() {
    }

    /** The issues in {@code body}, or empty when it is not a JSON OperationOutcome. */
    static List<OutcomeIssue> read(byte[] body) {
        if (body.length == 0 || body.length > MAX_BYTES || !startsLikeJsonObject(body)) {
            return List.of();
        }
        try (JsonReader reader = JSON.createReader(new ByteArrayInputStream(body))) {
            JsonValue value = reader.readValue();
            if (!(value instanceof JsonObject outcome) || !"OperationOutcome".equals(string(outcome, "resourceType"))) {
                return List.of();
            }
            JsonValue issues = outcome.get("issue");
            if (!(issues instanceof JsonArray array)) {
                return List.of();
            }
            List<OutcomeIssue> result = new ArrayList<>();
            for (JsonValue item : array) {
                if (item instanceof JsonObject issue) {
                    result.add(issue(issue));
                }
            }
            return List.copyOf(result);
        } catch (JsonException | IllegalStateException e) {
            return List.of();
        }
    }

    private static OutcomeIssue issue(JsonObject issue) {
        Optional<ErrorCode> code = Optional.empty();
        Optional<String> detailsText = Optional.empty();
        if (issue.get("details") instanceof JsonObject details) {
            if (details.get("coding") instanceof JsonArray codings) {
                for (JsonValue coding : codings) {
                    if (coding instanceof JsonObject c) {
                        String value = string(c, "code");
                        if (value != null && !value.isBlank()) {
                            code = Optional.of(ErrorCode.of(value));
                            break;
                        }
                    }
                }
            }
            detailsText = text(string(details, "text"));
        }
        return new OutcomeIssue(string(issue, "severity"), string(issue, "code"), code, detailsText,
                text(string(issue, "diagnostics")));
    }

    private static Optional<String> text(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(Redactor.maskNhsNumbers(value));
    }

    private static String string(JsonObject object, String name) {
        return object.get(name) instanceof JsonString s ? s.getString() : null;
    }

    private static boolean startsLikeJsonObject(byte[] body) {
        for (byte b : body) {
            if (b == '{') {
                return true;
            }
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n' && b != (byte) 0xEF && b != (byte) 0xBB
                    && b != (byte) 0xBF) {
                return false;
            }
        }
        return false;
    }
}
