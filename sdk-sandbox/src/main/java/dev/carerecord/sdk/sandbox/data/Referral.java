package dev.carerecord.sdk.sandbox.data;

import java.time.LocalDate;

/** An outbound referral with its e-Referral UBRN. */
public record Referral(String id, String businessId, LocalDate authored, String ubrn, String priority,
                       Code specialty, String recipient, Code reason, String description, String staffId,
                       boolean confidential) implements Item {
}
