package dev.carerecord.sdk.model.json;

import dev.carerecord.sdk.model.value.PartialDateTime;
import jakarta.json.bind.adapter.JsonbAdapter;

/** Writes a {@link PartialDateTime} as its string ({@code "2019-05"}) and reads it back. */
public final class PartialDateTimeAdapter implements JsonbAdapter<PartialDateTime, String> {
    @Override
    public String adaptToJson(PartialDateTime value) {
        return value.value();
    }

    @Override
    public PartialDateTime adaptFromJson(String json) {
        return new PartialDateTime(json);
    }
}
