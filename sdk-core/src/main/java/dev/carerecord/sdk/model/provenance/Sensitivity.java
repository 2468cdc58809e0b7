package dev.carerecord.sdk.model.provenance;

import static dev.carerecord.sdk.core.internal.Values.list;

import dev.carerecord.sdk.model.value.Coding;
import java.util.List;
import java.util.Objects;

/**
 * How sensitive an item is: its confidentiality level and the security labels the source put on it (e.g.
 * {@code NOPAT}: not to be disclosed to the patient).
 */
public record Sensitivity(Confidentiality level, List<Coding> securityLabels) {
    /** Normal, with no labels. */
    public static final Sensitivity NORMAL = new Sensitivity(Confidentiality.NORMAL, List.of());

    public Sensitivity {
        Objects.requireNonNull(level, "level");
        securityLabels = list(securityLabels);
    }

    /** True when a {@code NOPAT} label says this must not be shown to the patient. */
    public boolean noDisclosureToPatient() {
        return securityLabels.stream().anyMatch(c -> c.code().filter("NOPAT"::equals).isPresent());
    }
}
