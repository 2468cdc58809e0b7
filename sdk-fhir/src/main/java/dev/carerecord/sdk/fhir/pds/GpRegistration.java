package dev.carerecord.sdk.fhir.pds;

import dev.carerecord.sdk.model.value.Period;
import java.util.Objects;
import java.util.Optional;

/**
 * One GP practice a PDS record names in {@code generalPractitioner}: its ODS code, the registration period PDS
 * gives ({@code identifier.period}), and whether it is current (no end, or an end today or later).
 *
 * @param odsCode the practice's ODS code
 * @param period the registration period, when given
 * @param current true when the registration has not ended
 */
public record GpRegistration(String odsCode, Optional<Period> period, boolean current) {
    public GpRegistration {
        Objects.requireNonNull(odsCode, "odsCode");
        period = period == null ? Optional.empty() : period;
    }
}
