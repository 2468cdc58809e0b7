package dev.carerecord.sdk.model.entry;

import static dev.carerecord.sdk.core.internal.Values.list;
import static dev.carerecord.sdk.core.internal.Values.opt;

import dev.carerecord.sdk.model.provenance.Provenance;
import dev.carerecord.sdk.model.provenance.Sensitivity;
import dev.carerecord.sdk.model.value.CodedValue;
import dev.carerecord.sdk.model.value.PartialDateTime;
import dev.carerecord.sdk.model.value.Period;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An action planned but not yet done (PRSB "Plan and requested actions"; GP Connect diary entries and recalls).
 * Must be presented as incomplete.
 */
public record PlannedActionEntry(String id, Provenance provenance, Sensitivity sensitivity, CodedValue code,
        Optional<String> status, Optional<PartialDateTime> due, Optional<Period> occurrence,
        List<CodedValue> reasons, Optional<PartialDateTime> authoredOn, List<String> notes) implements Entry {

    public PlannedActionEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(provenance, "provenance");
        sensitivity = sensitivity == null ? Sensitivity.NORMAL : sensitivity;
        code = code == null ? CodedValue.EMPTY : code;
        status = opt(status);
        due = opt(due);
        occurrence = opt(occurrence);
        reasons = list(reasons);
        authoredOn = opt(authoredOn);
        notes = list(notes);
    }
}
