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

/** A procedure carried out (PRSB "Procedures", IPS 47519-4). */
public record ProcedureEntry(String id, Provenance provenance, Sensitivity sensitivity, CodedValue code,
        Optional<String> status, Optional<Period> performed, List<CodedValue> bodySites,
        Optional<CodedValue> outcome, List<CodedValue> reasons, List<String> notes) implements Entry {

    public ProcedureEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(provenance, "provenance");
        sensitivity = sensitivity == null ? Sensitivity.NORMAL : sensitivity;
        code = code == null ? CodedValue.EMPTY : code;
        status = opt(status);
        performed = opt(performed);
        bodySites = list(bodySites);
        outcome = opt(outcome);
        reasons = list(reasons);
        notes = list(notes);
    }
}
