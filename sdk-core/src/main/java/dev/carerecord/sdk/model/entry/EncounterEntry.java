package dev.carerecord.sdk.model.entry;

import static dev.carerecord.sdk.core.internal.Values.list;
import static dev.carerecord.sdk.core.internal.Values.opt;

import dev.carerecord.sdk.model.provenance.Provenance;
import dev.carerecord.sdk.model.provenance.Sensitivity;
import dev.carerecord.sdk.model.value.CodedValue;
import dev.carerecord.sdk.model.value.Coding;
import dev.carerecord.sdk.model.value.Period;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A contact with a service: a GP consultation, an admission, an attendance (PRSB "Encounters", "Admission
 * details", "Discharge details"). A GP Connect consultation carries its topic and heading structure in
 * {@link #consultation()}; the clinical date is {@code period}, not the system edit time.
 */
public record EncounterEntry(String id, Provenance provenance, Sensitivity sensitivity, Optional<String> status,
        Optional<Coding> encounterClass, List<CodedValue> types, Optional<CodedValue> serviceType,
        Optional<Period> period, Optional<String> locationName, List<CodedValue> reasons,
        Optional<CodedValue> admitSource, Optional<CodedValue> dischargeDisposition,
        Optional<Consultation> consultation, List<String> notes) implements Entry {

    public EncounterEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(provenance, "provenance");
        sensitivity = sensitivity == null ? Sensitivity.NORMAL : sensitivity;
        status = opt(status);
        encounterClass = opt(encounterClass);
        types = list(types);
        serviceType = opt(serviceType);
        period = opt(period);
        locationName = opt(locationName);
        reasons = list(reasons);
        admitSource = opt(admitSource);
        dischargeDisposition = opt(dischargeDisposition);
        consultation = opt(consultation);
        notes = list(notes);
    }
}
