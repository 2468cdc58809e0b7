package dev.carerecord.sdk.model.entry;

import static dev.carerecord.sdk.core.internal.Values.list;
import static dev.carerecord.sdk.core.internal.Values.opt;

import dev.carerecord.sdk.model.provenance.Provenance;
import dev.carerecord.sdk.model.provenance.Sensitivity;
import dev.carerecord.sdk.model.value.CodedValue;
import dev.carerecord.sdk.model.value.Period;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A medical device used by or implanted in the patient (IPS 46264-8). */
public record DeviceEntry(String id, Provenance provenance, Sensitivity sensitivity, CodedValue type,
        Optional<String> status, Optional<Period> period, Optional<CodedValue> bodySite, List<String> notes)
        implements Entry {

    public DeviceEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(provenance, "provenance");
        sensitivity = sensitivity == null ? Sensitivity.NORMAL : sensitivity;
        type = type == null ? CodedValue.EMPTY : type;
        status = opt(status);
        period = opt(period);
        bodySite = opt(bodySite);
        notes = list(notes);
    }
}
