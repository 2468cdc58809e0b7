package dev.carerecord.sdk.model.entry;

import static dev.carerecord.sdk.core.internal.Values.list;
import static dev.carerecord.sdk.core.internal.Values.opt;

import dev.carerecord.sdk.model.provenance.Provenance;
import dev.carerecord.sdk.model.provenance.Sensitivity;
import dev.carerecord.sdk.model.value.CodedValue;
import dev.carerecord.sdk.model.value.PartialDateTime;
import dev.carerecord.sdk.model.value.Quantity;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A vaccination (PRSB "Vaccinations", IPS 11369-6): given, not given (with the reason), or a consent status
 * record. Not-given vaccinations must be shown distinctly from given ones.
 */
public record ImmunisationEntry(String id, Provenance provenance, Sensitivity sensitivity, CodedValue vaccine,
        Optional<CodedValue> vaccinationProcedure, ImmunisationStatus status, Optional<CodedValue> statusReason,
        Optional<PartialDateTime> occurredAt, Optional<String> doseSequence, Optional<String> lotNumber,
        Optional<String> manufacturer, Optional<PartialDateTime> expirationDate, Optional<CodedValue> site,
        Optional<CodedValue> route, Optional<Quantity> dose, Optional<Boolean> primarySource,
        Optional<Boolean> parentPresent, List<CodedValue> reasons, List<String> notes) implements Entry {

    public ImmunisationEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(provenance, "provenance");
        sensitivity = sensitivity == null ? Sensitivity.NORMAL : sensitivity;
        vaccine = vaccine == null ? CodedValue.EMPTY : vaccine;
        vaccinationProcedure = opt(vaccinationProcedure);
        status = status == null ? ImmunisationStatus.UNKNOWN : status;
        statusReason = opt(statusReason);
        occurredAt = opt(occurredAt);
        doseSequence = opt(doseSequence);
        lotNumber = opt(lotNumber);
        manufacturer = opt(manufacturer);
        expirationDate = opt(expirationDate);
        site = opt(site);
        route = opt(route);
        dose = opt(dose);
        primarySource = opt(primarySource);
        parentPresent = opt(parentPresent);
        reasons = list(reasons);
        notes = list(notes);
    }
}
