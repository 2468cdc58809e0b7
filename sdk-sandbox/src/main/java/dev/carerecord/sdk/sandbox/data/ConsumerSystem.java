package dev.carerecord.sdk.sandbox.data;

/** A consumer organisation's accredited system, so a client can look its own ASID up in SDS. */
public record ConsumerSystem(String ods, String name, String asid, String partyKey, String manufacturerOds) {
}
