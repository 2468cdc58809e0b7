package dev.carerecord.sdk.sandbox.data;

import java.time.LocalDate;
import java.util.List;

/**
 * A medication authorisation (course) with its issues. {@code end} null means no end recorded: a repeat is then
 * ongoing and an acute counts as active on its start date only.
 */
public record MedicationCourse(String id, String businessId, Code drug, Type type, String dosage,
                               String patientInstruction, String quantityText, int supplyDays, LocalDate start,
                               LocalDate end, Status status, String statusReason, Agency agency,
                               Integer repeatsAllowed, String staffId, List<Issue> issues, String note,
                               boolean confidential) implements Item {
    /** Prescription type (CareConnect-PrescriptionType-1 codes). */
    public enum Type {
        ACUTE("acute", "Acute"), REPEAT("repeat", "Repeat"), REPEAT_DISPENSING("repeat-dispensing", "Repeat dispensing");

        public final String code;
        public final String display;

        Type(String code, String display) {
            this.code = code;
            this.display = display;
        }
    }

    /** Course status. */
    public enum Status { ACTIVE, COMPLETED, STOPPED }

    /** Who prescribed (CareConnect-PrescribingAgency-1 codes). */
    public enum Agency {
        GP_PRACTICE("prescribed-at-gp-practice", "Prescribed at GP practice"),
        ELSEWHERE("prescribed-by-another-organisation", "Prescribed by another organisation");

        public final String code;
        public final String display;

        Agency(String code, String display) {
            this.code = code;
            this.display = display;
        }
    }

    /** One prescription issued under the course. */
    public record Issue(String id, String businessId, LocalDate date, int supplyDays) {
    }

    public MedicationCourse {
        issues = List.copyOf(issues);
    }

    /**
     * The business identifier of the course's summary line (MedicationStatement), derived from
     * {@link #businessId()}; every renderer (STU3, R4) emits this same value.
     */
    public String statementBusinessId() {
        return Ids.uuid("gpc", businessId, "statement-identifier");
    }

    /** The date of the most recent issue, or null when never issued. */
    public LocalDate lastIssueDate() {
        return issues.stream().map(Issue::date).max(LocalDate::compareTo).orElse(null);
    }

    /**
     * Whether the course is active on or after {@code from}: its end is on or after it, a repeat without an end
     * is ongoing, an acute without an end is active on its start date only. Courses prescribed elsewhere always
     * match.
     */
    public boolean activeOnOrAfter(LocalDate from) {
        if (from == null || agency == Agency.ELSEWHERE) {
            return true;
        }
        if (end != null) {
            return !end.isBefore(from);
        }
        return type != Type.ACUTE || !start.isBefore(from);
    }
}
