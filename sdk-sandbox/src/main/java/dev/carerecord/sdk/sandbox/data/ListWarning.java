package dev.carerecord.sdk.sandbox.data;

/** A reason a List may be incomplete, as the GP Connect warning codes express it. */
public enum ListWarning {
    CONFIDENTIAL_ITEMS("confidential-items"),
    DATA_IN_TRANSIT("data-in-transit"),
    DATA_AWAITING_FILING("data-awaiting-filing");

    private final String code;

    ListWarning(String code) {
        this.code = code;
    }

    /** The code in CareConnect-ListWarningCode-1. */
    public String code() {
        return code;
    }
}
