package dev.carerecord.sdk.sandbox.data;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/**
 * Shorthand for building one patient's items: business ids derived from the patient and the local key, and
 * dates relative to today.
 */
final class ItemFactory {
    static final Code COMMENT_NOTE = Code.snomed("37331000000100", "Comment note");

    final String nhsNumber;
    final LocalDate today;

    ItemFactory(String nhsNumber, LocalDate today) {
        this.nhsNumber = nhsNumber;
        this.today = today;
    }

    /** The business identifier of the item with local key {@code id}. */
    String bid(String id) {
        return Ids.uuid("sandbox-item", nhsNumber, id);
    }

    LocalDate daysAgo(int days) {
        return today.minusDays(days);
    }

    LocalDateTime daysAgoAt(int days, int hour, int minute) {
        return today.minusDays(days).atTime(LocalTime.of(hour, minute));
    }

    Observation comment(String id, PartialDate when, String text, String staffId, boolean confidential) {
        return new Observation(id, bid(id), COMMENT_NOTE, when, null, null, List.of(), text, staffId, confidential);
    }

    Observation measure(String id, Code code, PartialDate when, Measurement value, String staffId) {
        return new Observation(id, bid(id), code, when, value, null, List.of(), null, staffId, false);
    }

    Observation bloodPressure(String id, PartialDate when, int systolic, int diastolic, String staffId) {
        return new Observation(id, bid(id), Code.snomed("75367002", "Blood pressure"), when, null, null,
                List.of(new Observation.Component(Code.snomed("271649006", "Systolic blood pressure"),
                                Measurement.of(Integer.toString(systolic), "mmHg", "mm[Hg]")),
                        new Observation.Component(Code.snomed("271650006", "Diastolic blood pressure"),
                                Measurement.of(Integer.toString(diastolic), "mmHg", "mm[Hg]"))),
                null, staffId, false);
    }

    MedicationCourse.Issue issue(String courseId, int n, LocalDate date, int supplyDays) {
        String id = courseId + "-issue-" + n;
        return new MedicationCourse.Issue(id, bid(id), date, supplyDays);
    }
}
