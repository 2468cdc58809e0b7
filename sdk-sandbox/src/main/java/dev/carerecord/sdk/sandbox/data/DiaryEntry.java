package dev.carerecord.sdk.sandbox.data;

import java.time.LocalDate;

/** A planned action (recall) due on a date. */
public record DiaryEntry(String id, String businessId, Code code, LocalDate due, LocalDate authored, String note,
                         String staffId, boolean confidential) implements Item {
}
