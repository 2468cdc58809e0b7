package dev.carerecord.sdk.sandbox.data;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Who a synthetic patient is and where they are registered. {@code restricted} is the PDS S-flag (meta.security
 * R). {@code previousFamily} is a historic surname that only a PDS search with {@code _history=true} finds.
 */
public record Demographics(String nhsNumber, String prefix, List<String> given, String family,
                           String previousFamily, String gender, LocalDate birthDate, Address address,
                           LocalDate addressSince, String phone, String email, LocalDateTime deceased,
                           boolean restricted, String practiceOds, LocalDate registeredSince, int versionId) {
    public Demographics {
        given = List.copyOf(given);
    }

    public boolean isDeceased() {
        return deceased != null;
    }
}
