package dev.carerecord.sdk.gpconnect;

import dev.carerecord.sdk.model.SectionKind;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A clinical area of GP Connect Access Record Structured (1.6.x): the request parameter that asks for it, the
 * SNOMED CT code of the primary List that answers it, and the sections of the standard model it fills.
 *
 * <p>Allergies have two primary Lists: active allergies ({@code 886921000000105}) and ended allergies
 * ({@code 1103671000000101}, only when {@code includeResolvedAllergies} is true).
 */
public enum ClinicalArea {
    /** Allergies and adverse reactions, active and (optionally) ended. */
    ALLERGIES("includeAllergies", List.of("886921000000105", "1103671000000101"), List.of(SectionKind.ALLERGIES)),
    /** Medications and medical devices: statements, authorisations and issues. */
    MEDICATIONS("includeMedication", List.of("933361000000108"), List.of(SectionKind.MEDICATIONS)),
    /** Consultations (encounters with their topic and heading structure). */
    CONSULTATIONS("includeConsultations", List.of("1149501000000101"), List.of(SectionKind.ENCOUNTERS)),
    /** Problems: active ones to the problem list, inactive ones to past problems. */
    PROBLEMS("includeProblems", List.of("717711000000103"),
            List.of(SectionKind.PROBLEMS, SectionKind.PAST_PROBLEMS)),
    /** Immunisations, given and not given, and consent status records. */
    IMMUNISATIONS("includeImmunisations", List.of("1102181000000102"), List.of(SectionKind.IMMUNISATIONS)),
    /** Uncategorised data: vital signs to their own section, everything else to observations. */
    UNCATEGORISED("includeUncategorisedData", List.of("826501000000100"),
            List.of(SectionKind.OBSERVATIONS, SectionKind.VITAL_SIGNS)),
    /** Investigations and results (reports, test groups, results, filing comments). */
    INVESTIGATIONS("includeInvestigations", List.of("887191000000108"), List.of(SectionKind.RESULTS)),
    /** Outbound referrals. */
    REFERRALS("includeReferrals", List.of("792931000000107"), List.of(SectionKind.REFERRALS)),
    /** Diary entries (recalls and planned actions). */
    DIARY_ENTRIES("includeDiaryEntries", List.of("714311000000108"), List.of(SectionKind.PLANNED_ACTIONS));

    /** SNOMED CT code of the ended (resolved) allergies List. */
    public static final String ENDED_ALLERGIES_LIST_CODE = "1103671000000101";

    private final String parameterName;
    private final List<String> listCodes;
    private final List<SectionKind> sections;

    ClinicalArea(String parameterName, List<String> listCodes, List<SectionKind> sections) {
        this.parameterName = parameterName;
        this.listCodes = listCodes;
        this.sections = sections;
    }

    /** The {@code $gpc.getstructuredrecord} parameter that asks for this area, e.g. {@code includeAllergies}. */
    public String parameterName() {
        return parameterName;
    }

    /** The SNOMED CT code of this area's (first) primary List. */
    public String listCode() {
        return listCodes.get(0);
    }

    /** Every SNOMED CT code of this area's primary Lists (allergies have two: active and ended). */
    public List<String> listCodes() {
        return listCodes;
    }

    /** The sections of the standard model this area fills, main section first. */
    public List<SectionKind> sectionKinds() {
        return sections;
    }

    /** The area whose primary List has this SNOMED CT code. */
    public static Optional<ClinicalArea> fromListCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String trimmed = code.strip();
        for (ClinicalArea area : values()) {
            if (area.listCodes.contains(trimmed)) {
                return Optional.of(area);
            }
        }
        return Optional.empty();
    }

    /**
     * The area asked for by this request parameter name, e.g. {@code includeProblems}. Case and a trailing
     * {@code s} are ignored, so {@code includeMedications} is read as {@code includeMedication}.
     */
    public static Optional<ClinicalArea> fromParameterName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = comparable(name);
        for (ClinicalArea area : values()) {
            if (comparable(area.parameterName).equals(wanted)) {
                return Optional.of(area);
            }
        }
        return Optional.empty();
    }

    private static String comparable(String name) {
        String lower = name.strip().toLowerCase(Locale.ROOT);
        return lower.endsWith("s") ? lower.substring(0, lower.length() - 1) : lower;
    }
}
