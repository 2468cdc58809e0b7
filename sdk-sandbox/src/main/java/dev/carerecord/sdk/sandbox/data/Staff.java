package dev.carerecord.sdk.sandbox.data;

/** A clinician or administrator at a practice (synthetic), with SDS identifiers and a job role code. */
public record Staff(String id, String sdsUserId, String sdsRoleProfileId, String prefix, String given, String family,
                    String gender, String jobRoleCode, String jobRoleName) {
}
