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

/** An alert or flag (PRSB "Safety alerts", "Safeguarding", reasonable adjustments; IPS 104605-1). */
public record AlertEntry(String id, Provenance provenance, Sensitivity sensitivity, CodedValue code,
        List<CodedValue> categories, Optional<String> status, Optional<Period> period, List<String> notes)
        implements Entry {

    public AlertEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(provenance, "provenance");
        sensitivity = sensitivity == null ? Sensitivity.NORMAL : sensitivity;
        code = code == null ? CodedValue.EMPTY : code;
        categories = list(categories);
        status = opt(status);
        period = opt(period);
        notes = list(notes);
    }
}
