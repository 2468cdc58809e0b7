package dev.carerecord.sdk.sandbox.data;

import dev.carerecord.sdk.sandbox.data.Investigation.Specimen;
import dev.carerecord.sdk.sandbox.data.Investigation.TestGroup;
import dev.carerecord.sdk.sandbox.data.Investigation.TestResult;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** Synthetic laboratory reports. */
final class Labs {
    static final String LAB = "Westshire Pathology Laboratory";
    static final String LAB_ODS = "Y60001";

    private Labs() {
    }

    /** A full blood count test group plus a standalone HbA1c, issued two days after collection. */
    static Investigation fullBloodCountWithHba1c(ItemFactory f, String id, int collectedDaysAgo, String staffId) {
        LocalDateTime collected = f.daysAgoAt(collectedDaysAgo, 9, 10);
        Specimen specimen = new Specimen(id + "-spec", f.bid(id + "-spec"), Code.snomed("122555007", "Venous blood specimen"),
                collected, collected.withHour(13).withMinute(0));
        TestGroup fbc = new TestGroup(id + "-fbc", f.bid(id + "-fbc"), Code.snomed("26604007", "Full blood count"), List.of(
                result(f, id + "-hb", Code.snomed("1022431000000105", "Haemoglobin estimation"), "135", "g/L", "g/L", "130", "170", "N"),
                result(f, id + "-wbc", Code.snomed("1022541000000102", "Total white blood count"), "6.1", "10*9/L", "10*9/L", "4.0", "11.0", "N"),
                result(f, id + "-plt", Code.snomed("1022651000000100", "Platelet count"), "250", "10*9/L", "10*9/L", "150", "400", "N")));
        TestResult hba1c = result(f, id + "-hba1c", Code.snomed("1049301000000100", "HbA1c level (IFCC standardised)"),
                "52", "mmol/mol", "mmol/mol", "20", "42", "H");
        return new Investigation(id, f.bid(id), Code.snomed("721981007", "Diagnostic studies report"),
                collected.plusDays(2).withHour(11).withMinute(30), LAB, LAB_ODS, Code.snomed("26604007", "Full blood count"),
                specimen, List.of(fbc), List.of(hba1c), "Reviewed: HbA1c raised, diabetes review booked.",
                collected.toLocalDate().plusDays(3), staffId, false);
    }

    /** A single serum cholesterol result. */
    static Investigation cholesterol(ItemFactory f, String id, LocalDate collectedOn, String staffId) {
        LocalDateTime collected = collectedOn.atTime(8, 50);
        Specimen specimen = new Specimen(id + "-spec", f.bid(id + "-spec"), Code.snomed("119364003", "Serum specimen"),
                collected, collected.withHour(12));
        TestResult chol = result(f, id + "-chol", Code.snomed("1005671000000105", "Serum cholesterol level"), "5.8",
                "mmol/L", "mmol/L", "0", "5.0", "H");
        return new Investigation(id, f.bid(id), Code.snomed("721981007", "Diagnostic studies report"),
                collected.plusDays(1).withHour(10), LAB, LAB_ODS, Code.snomed("1005671000000105", "Serum cholesterol level"),
                specimen, List.of(), List.of(chol), "Reviewed: lifestyle advice given.", collectedOn.plusDays(2),
                staffId, false);
    }

    private static TestResult result(ItemFactory f, String id, Code code, String value, String unit, String ucum,
                                     String low, String high, String interpretation) {
        return new TestResult(id, f.bid(id), code, Measurement.of(value, unit, ucum), new BigDecimal(low),
                new BigDecimal(high), interpretation, null);
    }
}
