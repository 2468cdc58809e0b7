package dev.carerecord.sdk.model.entry;

import dev.carerecord.sdk.model.value.CodedValue;
import dev.carerecord.sdk.model.value.Coding;
import java.util.Locale;

/** Course of therapy / prescription type, normalised from GP Connect PrescriptionType and R4 courseOfTherapyType. */
public enum CourseOfTherapy {
    ACUTE, REPEAT, REPEAT_DISPENSING, CONTINUOUS, SEASONAL, OTHER;

    /** The course for a coded value, from its codes (e.g. {@code repeat-dispensing}) or, failing that, its text. */
    public static CourseOfTherapy from(CodedValue value) {
        for (Coding coding : value.codings()) {
            CourseOfTherapy course = fromCode(coding.code().orElse(""));
            if (course != OTHER) {
                return course;
            }
        }
        return fromCode(value.text().orElse(""));
    }

    private static CourseOfTherapy fromCode(String code) {
        String c = code.strip().toLowerCase(Locale.ROOT).replace(' ', '-').replace('_', '-');
        return switch (c) {
            case "acute", "acute-handwritten" -> ACUTE;
            case "repeat" -> REPEAT;
            case "repeat-dispensing", "continuous-repeat-dispensing" -> REPEAT_DISPENSING;
            case "continuous" -> CONTINUOUS;
            case "seasonal" -> SEASONAL;
            default -> OTHER;
        };
    }
}
