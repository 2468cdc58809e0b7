package dev.carerecord.sdk.fhir.internal.mapping;

import dev.carerecord.sdk.model.value.CodedValue;
import dev.carerecord.sdk.model.value.Coding;
import java.util.Locale;
import java.util.Set;

/**
 * Codes by which an entry asserts that a section holds nothing, rather than recording something. A section whose
 * every entry carries one of these is {@code NONE_KNOWN} (the entries are kept for their provenance).
 *
 * <p>SNOMED CT, as the IPS "absent or unknown" value set lists them:
 * <ul>
 *   <li>allergies: 716186003 No known allergy, 409137002 No known drug allergy, 428607008 No known environmental
 *       allergy, 429625007 No known food allergy;</li>
 *   <li>problems: 160245001 No current problems or disability;</li>
 *   <li>medications: 787481004 No known medications;</li>
 *   <li>immunisations: 787482006 No known immunizations;</li>
 *   <li>procedures: 787480003 No known procedures;</li>
 *   <li>devices: 787483001 No known device use;</li>
 *   <li>any section: 1287211007 No information available (absence of information, not of the thing itself).</li>
 * </ul>
 * Also every code of the retired IPS CodeSystem {@code http://hl7.org/fhir/uv/ips/CodeSystem/absent-unknown-uv-ips}
 * ({@code no-known-allergies}, {@code no-allergy-info}, {@code no-medication-info}...), which IPS 1.x documents
 * still carry. Not part of the public API.
 */
final class NoKnownCodes {
    /** The SNOMED CT "no known allergy" situations: an allergy entry with one of these is not an allergy. */
    static final Set<String> NO_KNOWN_ALLERGY = Set.of("716186003", "409137002", "428607008", "429625007");
    /** SNOMED CT "no known ..." situations for the other sections. */
    static final Set<String> NO_KNOWN_OTHER = Set.of("160245001", "787481004", "787482006", "787480003", "787483001");
    /** SNOMED CT 1287211007 "No information available". */
    static final String NO_INFORMATION = "1287211007";
    private static final String IPS_ABSENT_UNKNOWN = "absent-unknown-uv-ips";

    private NoKnownCodes() {
    }

    /** True when the code says the patient has no known allergy (of some kind). */
    static boolean isNoKnownAllergy(CodedValue code) {
        for (Coding coding : code.codings()) {
            String value = coding.code().orElse("");
            if (coding.isSnomed() && NO_KNOWN_ALLERGY.contains(value)) {
                return true;
            }
            if (isIpsAbsentUnknown(coding) && value.startsWith("no-known") && value.contains("allerg")) {
                return true;
            }
        }
        return false;
    }

    /** True when the code asserts absence ("no known ...") or absence of information, for any section. */
    static boolean assertsAbsence(CodedValue code) {
        for (Coding coding : code.codings()) {
            String value = coding.code().orElse("");
            if (coding.isSnomed() && (NO_KNOWN_ALLERGY.contains(value) || NO_KNOWN_OTHER.contains(value)
                    || NO_INFORMATION.equals(value))) {
                return true;
            }
            if (isIpsAbsentUnknown(coding) && value.startsWith("no-")) {
                return true;
            }
        }
        return false;
    }

    /** True when the code says only that no information is available (1287211007, or an IPS "no-...-info" code). */
    static boolean assertsNoInformation(CodedValue code) {
        for (Coding coding : code.codings()) {
            String value = coding.code().orElse("");
            if (coding.isSnomed() && NO_INFORMATION.equals(value)) {
                return true;
            }
            if (isIpsAbsentUnknown(coding) && value.startsWith("no-") && value.endsWith("-info")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isIpsAbsentUnknown(Coding coding) {
        return coding.system().map(s -> s.toLowerCase(Locale.ROOT).endsWith(IPS_ABSENT_UNKNOWN)).orElse(false);
    }
}
