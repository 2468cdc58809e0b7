package dev.carerecord.sdk.sandbox.data;

import java.time.LocalDate;

/**
 * An allergy or intolerance. {@code category} is {@code medication} or {@code environment}. An ended allergy has
 * {@code endDate} (and usually {@code endReason}).
 */
public record Allergy(String id, String businessId, Code code, String category, PartialDate onset,
                      LocalDate asserted, String staffId, Code reaction, String severity, String note,
                      LocalDate endDate, String endReason, boolean confidential) implements Item {
    public boolean ended() {
        return endDate != null;
    }
}
