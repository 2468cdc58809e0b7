package dev.carerecord.sdk.gpconnect;

/** The {@code filterStatus} part of {@code includeProblems}: active or inactive problems only. */
public enum ProblemStatusFilter {
    ACTIVE("active"), INACTIVE("inactive");

    private final String code;

    ProblemStatusFilter(String code) {
        this.code = code;
    }

    /** The code sent on the wire. */
    public String code() {
        return code;
    }
}
