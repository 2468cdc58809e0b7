package dev.carerecord.sdk.sandbox;

/**
 * A consumer organisation registered in the sandbox SDS: ODS code, name, the ASID to send as Ssp-From, party key
 * and the supplier (manufacturer) ODS code used with {@code manufacturing-organization}.
 */
public record SandboxConsumer(String ods, String name, String asid, String partyKey, String manufacturerOds) {
}
