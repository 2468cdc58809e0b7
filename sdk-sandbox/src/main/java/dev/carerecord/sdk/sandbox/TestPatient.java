package dev.carerecord.sdk.sandbox;

/**
 * A synthetic test patient: NHS number (999 range, valid Modulus 11), display name, registered practice (or
 * null), what it demonstrates, and how PDS, GP Connect and the shared care record answer for it. All data is
 * invented.
 */
public record TestPatient(String nhsNumber, String name, String practiceOds, String demonstrates,
                          String pdsBehaviour, String gpConnectBehaviour, String shcrBehaviour) {
}
