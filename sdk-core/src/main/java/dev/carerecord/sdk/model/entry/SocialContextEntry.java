package dev.carerecord.sdk.model.entry;

import static dev.carerecord.sdk.core.internal.Values.list;
import static dev.carerecord.sdk.core.internal.Values.opt;

import dev.carerecord.sdk.model.provenance.Provenance;
import dev.carerecord.sdk.model.provenance.Sensitivity;
import dev.carerecord.sdk.model.value.CodedValue;
import dev.carerecord.sdk.model.value.ObservationValue;
import dev.carerecord.sdk.model.value.Period;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Social context for health and social care users (PRSB "About me", "Services and care", "Social context"):
 * a narrative, a service or package of care with its provider and period, or a social history observation.
 */
public record SocialContextEntry(String id, Provenance provenance, Sensitivity sensitivity, SocialContextKind kind,
        Optional<CodedValue> code, Optional<String> title, Optional<String> text, Optional<ObservationValue> value,
        Optional<Period> period, Optional<String> providerName, Optional<String> status, List<String> notes)
        implements Entry {

    public SocialContextEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(provenance, "provenance");
        sensitivity = sensitivity == null ? Sensitivity.NORMAL : sensitivity;
        kind = kind == null ? SocialContextKind.OTHER : kind;
        code = opt(code);
        title = opt(title);
        text = opt(text);
        value = opt(value);
        period = opt(period);
        providerName = opt(providerName);
        status = opt(status);
        notes = list(notes);
    }
}
