package dev.carerecord.sdk.model.provenance;

import java.util.Locale;

/** HL7 v3 confidentiality, as PDS and IPS use it ({@code meta.security}). */
public enum Confidentiality {
    /** Normal ({@code N}; PDS {@code U} "unrestricted", and {@code L}, {@code M}, are read as normal). */
    NORMAL,
    /** Restricted ({@code R}): PDS removes address, telecom, GP and contacts. */
    RESTRICTED,
    /** Very restricted ({@code V}). */
    VERY_RESTRICTED;

    /** The level for a v3-Confidentiality code; unknown codes read as normal. */
    public static Confidentiality fromCode(String code) {
        if (code == null) {
            return NORMAL;
        }
        return switch (code.strip().toUpperCase(Locale.ROOT)) {
            case "R" -> RESTRICTED;
            case "V" -> VERY_RESTRICTED;
            default -> NORMAL;
        };
    }

    /** The stricter of two levels. */
    public Confidentiality max(Confidentiality other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
