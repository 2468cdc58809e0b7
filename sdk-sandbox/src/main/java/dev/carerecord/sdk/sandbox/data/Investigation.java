package dev.carerecord.sdk.sandbox.data;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A laboratory report: the request, a specimen, test groups (each with results), standalone results and a
 * filing comment.
 */
public record Investigation(String id, String businessId, Code code, LocalDateTime issued, String labName,
                            String labOds, Code requestCode, Specimen specimen, List<TestGroup> groups,
                            List<TestResult> results, String filingComment, LocalDate filed, String staffId,
                            boolean confidential) implements Item {
    /** The specimen the tests ran on. */
    public record Specimen(String id, String businessId, Code type, LocalDateTime collected,
                           LocalDateTime received) {
    }

    /** A test group (battery) and its member results. */
    public record TestGroup(String id, String businessId, Code code, List<TestResult> results) {
        public TestGroup {
            results = List.copyOf(results);
        }
    }

    /** One result with its reference range; {@code interpretation} is H, L or N (or null). */
    public record TestResult(String id, String businessId, Code code, Measurement value, BigDecimal low,
                             BigDecimal high, String interpretation, String comment) {
    }

    public Investigation {
        groups = List.copyOf(groups);
        results = List.copyOf(results);
    }
}
