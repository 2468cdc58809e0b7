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

/**
 * An outbound referral (PRSB "Referral details"). A referral records that one was made; it must not be shown
 * as the recipient's current involvement in the patient's care.
 */
public record ReferralEntry(String id, Provenance provenance, Sensitivity sensitivity, Optional<String> status,
        Optional<String> intent, Optional<String> priority, List<CodedValue> serviceRequested,
        Optional<CodedValue> specialty, Optional<PartialDateTime> authoredOn, List<String> recipients,
        List<CodedValue> reasons, Optional<String> description, List<String> notes) implements Entry {

    public ReferralEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(provenance, "provenance");
        sensitivity = sensitivity == null ? Sensitivity.NORMAL : sensitivity;
        status = opt(status);
        intent = opt(intent);
        priority = opt(priority);
        serviceRequested = list(serviceRequested);
        specialty = opt(specialty);
        authoredOn = opt(authoredOn);
        recipients = list(recipients);
        reasons = list(reasons);
        description = opt(description);
        notes = list(notes);
    }
}
