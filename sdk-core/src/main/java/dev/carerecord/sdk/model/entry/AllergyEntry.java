package dev.carerecord.sdk.model.entry;

import static dev.carerecord.sdk.core.internal.Values.list;
import static dev.carerecord.sdk.core.internal.Values.opt;

import dev.carerecord.sdk.model.provenance.Provenance;
import dev.carerecord.sdk.model.provenance.Sensitivity;
import dev.carerecord.sdk.model.value.CodedValue;
import dev.carerecord.sdk.model.value.PartialDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import jakarta.json.bind.annotation.JsonbTransient;

/**
 * An allergy or adverse reaction (PRSB "Allergies and adverse reactions", IPS 48765-2). Ended allergies have
 * status resolved (or inactive) and an end date and reason; they must not feed decision support.
 * {@code noKnownAllergy} marks an entry that asserts the absence of allergies (e.g. SNOMED 716186003).
 */
public record AllergyEntry(String id, Provenance provenance, Sensitivity sensitivity, CodedValue code,
        List<String> categories, Optional<String> criticality, ClinicalStatus clinicalStatus,
        Optional<String> verificationStatus, Optional<String> type, Optional<PartialDateTime> onset,
        Optional<PartialDateTime> endDate, Optional<String> endReason, List<Reaction> reactions,
        boolean noKnownAllergy, List<String> notes) implements Entry {

    public AllergyEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(provenance, "provenance");
        sensitivity = sensitivity == null ? Sensitivity.NORMAL : sensitivity;
        code = code == null ? CodedValue.EMPTY : code;
        categories = list(categories);
        criticality = opt(criticality);
        clinicalStatus = clinicalStatus == null ? ClinicalStatus.UNKNOWN : clinicalStatus;
        verificationStatus = opt(verificationStatus);
        type = opt(type);
        onset = opt(onset);
        endDate = opt(endDate);
        endReason = opt(endReason);
        reactions = list(reactions);
        notes = list(notes);
    }

    /** True when the allergy has ended (resolved or inactive, or an end date is recorded). */
    @JsonbTransient
    public boolean isEnded() {
        return clinicalStatus == ClinicalStatus.RESOLVED || clinicalStatus == ClinicalStatus.INACTIVE
                || endDate.isPresent();
    }
}
