package dev.carerecord.sdk.sandbox;

import java.util.Set;

/**
 * A GP practice the sandbox simulates: ODS code, name, the ASID that Ssp-To must carry, MHS party key, and the
 * {@code $gpc.getstructuredrecord} parameters it has switched off (answered with a NOT_IMPLEMENTED warning).
 */
public record SandboxPractice(String ods, String name, String asid, String partyKey, Set<String> disabledParameters) {
    public SandboxPractice {
        disabledParameters = Set.copyOf(disabledParameters);
    }
}
