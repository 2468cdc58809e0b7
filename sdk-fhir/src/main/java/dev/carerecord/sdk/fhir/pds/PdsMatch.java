package dev.carerecord.sdk.fhir.pds;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One patient a PDS search matched, with PDS's match score (0 to 1, best first) when given.
 *
 * @param patient the patient
 * @param score {@code entry.search.score}
 */
public record PdsMatch(PdsPatient patient, Optional<BigDecimal> score) {
    public PdsMatch {
        Objects.requireNonNull(patient, "patient");
        score = score == null ? Optional.empty() : score;
    }
}
