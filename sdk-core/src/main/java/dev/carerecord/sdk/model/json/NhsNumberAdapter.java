package dev.carerecord.sdk.model.json;

import dev.carerecord.sdk.core.ids.NhsNumber;
import jakarta.json.bind.adapter.JsonbAdapter;

/** Writes an {@link NhsNumber} as its ten digits and reads it back (validating it). */
public final class NhsNumberAdapter implements JsonbAdapter<NhsNumber, String> {
    @Override
    public String adaptToJson(NhsNumber value) {
        return value.value();
    }

    @Override
    public NhsNumber adaptFromJson(String json) {
        return NhsNumber.parse(json);
    }
}
