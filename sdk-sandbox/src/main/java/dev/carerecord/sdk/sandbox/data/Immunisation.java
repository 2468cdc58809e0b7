package dev.carerecord.sdk.sandbox.data;

/** A vaccination given, or recorded as not given with a reason. */
public record Immunisation(String id, String businessId, Code vaccine, Code procedure, PartialDate date,
                           boolean given, Code reasonNotGiven, Integer doseSequence, String lotNumber, Code site,
                           String staffId, Boolean parentPresent, String note, boolean confidential)
        implements Item {
}
