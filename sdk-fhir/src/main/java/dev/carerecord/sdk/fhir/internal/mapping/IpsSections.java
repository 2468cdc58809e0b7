package dev.carerecord.sdk.fhir.internal.mapping;

import dev.carerecord.sdk.model.SectionKind;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;

/**
 * The IPS Composition section codes (LOINC) and the model section each maps to:
 *
 * <table>
 *   <caption>IPS sections</caption>
 *   <tr><th>LOINC</th><th>IPS section</th><th>model section</th></tr>
 *   <tr><td>48765-2</td><td>Allergies and intolerances (required)</td><td>ALLERGIES</td></tr>
 *   <tr><td>11450-4</td><td>Problem list (required)</td><td>PROBLEMS</td></tr>
 *   <tr><td>10160-0</td><td>Medication summary (required)</td><td>MEDICATIONS</td></tr>
 *   <tr><td>11348-0</td><td>History of past problems</td><td>PAST_PROBLEMS</td></tr>
 *   <tr><td>11369-6</td><td>Immunizations</td><td>IMMUNISATIONS</td></tr>
 *   <tr><td>30954-2</td><td>Results</td><td>RESULTS</td></tr>
 *   <tr><td>47519-4</td><td>History of procedures</td><td>PROCEDURES</td></tr>
 *   <tr><td>46264-8</td><td>Medical devices</td><td>DEVICES</td></tr>
 *   <tr><td>42348-3</td><td>Advance directives</td><td>ADVANCE_DIRECTIVES</td></tr>
 *   <tr><td>104605-1</td><td>Alerts</td><td>ALERTS</td></tr>
 *   <tr><td>18776-5</td><td>Plan of care</td><td>CARE_PLANS</td></tr>
 *   <tr><td>29762-2</td><td>Social history</td><td>SOCIAL_CONTEXT</td></tr>
 *   <tr><td>81338-6</td><td>Patient story</td><td>SOCIAL_CONTEXT (an ABOUT_ME entry holding the narrative)</td></tr>
 *   <tr><td>8716-3</td><td>Vital signs</td><td>VITAL_SIGNS</td></tr>
 *   <tr><td>10162-6</td><td>History of pregnancy</td><td>OBSERVATIONS</td></tr>
 *   <tr><td>47420-5</td><td>Functional status</td><td>OBSERVATIONS</td></tr>
 * </table>
 * Not part of the public API.
 */
final class IpsSections {
    static final String PATIENT_STORY = "81338-6";
    /** The sections IPS requires in every document. */
    static final Set<SectionKind> REQUIRED =
            EnumSet.of(SectionKind.ALLERGIES, SectionKind.PROBLEMS, SectionKind.MEDICATIONS);
    private static final Map<String, SectionKind> BY_LOINC = Map.ofEntries(
            Map.entry("48765-2", SectionKind.ALLERGIES),
            Map.entry("11450-4", SectionKind.PROBLEMS),
            Map.entry("11348-0", SectionKind.PAST_PROBLEMS),
            Map.entry("10160-0", SectionKind.MEDICATIONS),
            Map.entry("11369-6", SectionKind.IMMUNISATIONS),
            Map.entry("30954-2", SectionKind.RESULTS),
            Map.entry("47519-4", SectionKind.PROCEDURES),
            Map.entry("46264-8", SectionKind.DEVICES),
            Map.entry("42348-3", SectionKind.ADVANCE_DIRECTIVES),
            Map.entry("104605-1", SectionKind.ALERTS),
            Map.entry("18776-5", SectionKind.CARE_PLANS),
            Map.entry("29762-2", SectionKind.SOCIAL_CONTEXT),
            Map.entry(PATIENT_STORY, SectionKind.SOCIAL_CONTEXT),
            Map.entry("8716-3", SectionKind.VITAL_SIGNS),
            Map.entry("10162-6", SectionKind.OBSERVATIONS),
            Map.entry("47420-5", SectionKind.OBSERVATIONS));
    /** The model sections some IPS section maps to; the others an IPS document never carries. */
    static final Set<SectionKind> COVERED = EnumSet.copyOf(BY_LOINC.values());

    private IpsSections() {
    }

    /** The section's LOINC code (else its first code), or empty. */
    static Optional<String> code(CodeableConcept code) {
        if (code == null) {
            return Optional.empty();
        }
        for (Coding coding : code.getCoding()) {
            if (coding.hasCode() && coding.hasSystem() && coding.getSystem().contains("loinc.org")) {
                return Optional.of(coding.getCode().strip());
            }
        }
        return R4Types.firstCode(code);
    }

    /** The model section for an IPS section code, or empty when the code is not an IPS section. */
    static Optional<SectionKind> kind(String loinc) {
        return Optional.ofNullable(BY_LOINC.get(loinc));
    }
}
