package dev.carerecord.sdk.model.json;

import dev.carerecord.sdk.model.CareRecord;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;

/**
 * Serialises a {@link CareRecord} to JSON and back with Jakarta JSON Binding, loss-free. The JSON shape is the
 * record's shape: property names are the Java component names, absent optional values are omitted, dates keep
 * their precision as strings, enums are their names. See the README's "JSON shape" section. Thread-safe.
 */
public final class CareRecordJson {
    private static final CareRecordJson COMPACT = new CareRecordJson(false);
    private static final CareRecordJson PRETTY = new CareRecordJson(true);

    private final Jsonb jsonb;

    private CareRecordJson(boolean pretty) {
        this.jsonb = JsonbBuilder.create(new JsonbConfig().withFormatting(pretty).withNullValues(false)
                .withAdapters(new PartialDateTimeAdapter(), new NhsNumberAdapter()));
    }

    /** The shared compact codec. */
    public static CareRecordJson compact() {
        return COMPACT;
    }

    /** The shared indented codec, for people to read. */
    public static CareRecordJson pretty() {
        return PRETTY;
    }

    /** The record as JSON. */
    public String toJson(CareRecord record) {
        return jsonb.toJson(record);
    }

    /**
     * The record from JSON written by {@link #toJson(CareRecord)}.
     *
     * @throws IllegalArgumentException if the JSON is not a care record
     */
    public CareRecord fromJson(String json) {
        try {
            return jsonb.fromJson(json, CareRecord.class);
        } catch (JsonbException e) {
            throw new IllegalArgumentException("not a care record: " + e.getMessage(), e);
        }
    }

    /** Any model value (a section, an entry) as JSON. */
    public String write(Object value) {
        return jsonb.toJson(value);
    }

    /** Any model value from JSON. */
    public <T> T read(String json, Class<T> type) {
        try {
            return jsonb.fromJson(json, type);
        } catch (JsonbException e) {
            throw new IllegalArgumentException("cannot read " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }
}
