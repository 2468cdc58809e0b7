package dev.carerecord.sdk.sandbox.gpconnect;

import dev.carerecord.sdk.sandbox.data.DateRange;
import java.time.LocalDate;
import java.util.List;

/**
 * A validated {@code $gpc.getstructuredrecord} request. A null area query means the area was not requested;
 * {@code unrecognised} lists parameters and parts (as {@code param} or {@code param.part}) this provider does
 * not know, which it answers with in-Bundle warnings.
 */
record StructuredQuery(String nhsNumber, Allergies allergies, Medication medication, Consultations consultations,
                       Problems problems, Immunisations immunisations, DateRange uncategorised,
                       DateRange investigations, DateRange referrals, Diary diary, List<String> unrecognised) {

    record Allergies(boolean includeResolved) {
    }

    record Medication(LocalDate from, boolean includeIssues) {
    }

    /** {@code mostRecent} null means no limit. */
    record Consultations(DateRange period, Integer mostRecent) {
    }

    /** {@code status} is active, inactive, or null for all. */
    record Problems(String status) {
    }

    record Immunisations(boolean includeNotGiven, boolean includeStatus) {
    }

    /** Entries due on or before {@code onOrBefore} (null: all). */
    record Diary(LocalDate onOrBefore) {
    }
}
