package dev.carerecord.sdk.gpconnect;

import java.util.List;

/**
 * The demographic check GP Connect requires consumers to perform and show: family name, given name, gender,
 * birth date and GP practice as returned by the practice, compared with what the consumer holds, and the NHS
 * number (the client has already refused a record whose NHS number is not the one requested, so this differs
 * only when the consumer's own demographics hold another number). Any mismatch must be shown to the user before
 * the record is relied on.
 */
public record DemographicCrossCheck(List<DemographicMismatch> mismatches) {
    public DemographicCrossCheck {
        mismatches = List.copyOf(mismatches);
    }

    /** True when every compared item matched. */
    public boolean matches() {
        return mismatches.isEmpty();
    }
}
