package dev.carerecord.sdk.sandbox;

import java.util.Objects;

/**
 * Spine errors a GP Connect provider answers with, as GP Connect 1.6.x lists them: HTTP status, FHIR issue type,
 * Spine code (the {@code details.coding} code of a GPConnect-OperationOutcome-1) and display. A fault can serve
 * one for a route: {@code faults().on(SandboxRoutes.GPC_STRUCTURED).gpConnectError(GpConnectError.ACCESS_DENIED)}.
 */
public enum GpConnectError {
    /** 403: GP Connect, or the capability asked for, is disabled at the practice. The 1.6.x code has a space. */
    ACCESS_DENIED(403, "forbidden", "ACCESS DENIED", "Access denied", "GP Connect is disabled at this practice"),
    /** 403: the requesting organisation is not the patient's registered practice on PDS. */
    NO_RELATIONSHIP(403, "forbidden", "NO_RELATIONSHIP", "No legitimate relationship exists with this patient",
            "The requesting organisation has no legitimate relationship with this patient"),
    /** 403: the patient has dissented from sharing their record. */
    NO_PATIENT_CONSENT(403, "forbidden", "NO_PATIENT_CONSENT", "Patient has not provided consent to share data",
            "The patient has dissented from sharing their record");

    private final int status;
    private final String issueType;
    private final String spineCode;
    private final String display;
    private final String diagnostics;

    GpConnectError(int status, String issueType, String spineCode, String display, String diagnostics) {
        this.status = status;
        this.issueType = issueType;
        this.spineCode = spineCode;
        this.display = display;
        this.diagnostics = diagnostics;
    }

    /** The HTTP status of the answer. */
    public int status() {
        return status;
    }

    /** The FHIR issue type ({@code issue.code}). */
    public String issueType() {
        return issueType;
    }

    /** The Spine code ({@code issue.details.coding.code}), e.g. {@code ACCESS DENIED}. */
    public String spineCode() {
        return spineCode;
    }

    /** The display of the Spine code. */
    public String display() {
        return display;
    }

    /** The provider's diagnostics text (never names the patient). */
    public String diagnostics() {
        return diagnostics;
    }

    /** The error with this constant name or Spine code ({@code ACCESS_DENIED} and {@code ACCESS DENIED} alike). */
    public static GpConnectError parse(String nameOrCode) {
        Objects.requireNonNull(nameOrCode, "nameOrCode");
        for (GpConnectError e : values()) {
            if (e.name().equals(nameOrCode) || e.spineCode.equals(nameOrCode)) {
                return e;
            }
        }
        throw new IllegalArgumentException("Unknown GP Connect error " + nameOrCode);
    }
}
