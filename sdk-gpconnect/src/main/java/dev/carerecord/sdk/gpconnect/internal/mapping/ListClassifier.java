package dev.carerecord.sdk.gpconnect.internal.mapping;

import dev.carerecord.sdk.gpconnect.ClinicalArea;
import dev.carerecord.sdk.model.SectionKind;
import dev.carerecord.sdk.model.value.CodeSystems;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hl7.fhir.dstu3.model.AllergyIntolerance;
import org.hl7.fhir.dstu3.model.CodeableConcept;
import org.hl7.fhir.dstu3.model.Coding;
import org.hl7.fhir.dstu3.model.ListResource;
import org.hl7.fhir.dstu3.model.Resource;

/**
 * Says what a List is.
 *
 * <ul>
 *   <li>Primary lists are identified by their SNOMED CT {@code List.code} only (coding system SNOMED CT or
 *       absent), never by title: the examples carry stale titles ("Active Allergies", "Medication List").
 *       The legacy code 886721000000107 "Referral details" is read as the referrals list.</li>
 *   <li>The ended-allergies list is code 1103671000000101. Heuristic for older providers: a List whose code is
 *       missing or not recognised (e.g. {@code TBD}) is read as the ended-allergies list when every entry
 *       refers to a contained resource, at least one contained resource is an AllergyIntolerance, and at
 *       least one of those is resolved or inactive or carries the AllergyIntoleranceEnd extension. Its title
 *       plays no part.</li>
 *   <li>Secondary lists are identified by their code or, failing that, title, normalised to lower-case
 *       kebab form ({@code consultations-medications-contained-in-consultations}): the official examples put
 *       the display text in the code.</li>
 *   <li>Consultation, topic and heading lists are identified by SNOMED CT code.</li>
 * </ul>
 */
final class ListClassifier {

    private ListClassifier() {
    }

    /** The role of one List. */
    static ListRole classify(ListResource list) {
        List<String> codes = snomedCodes(list);
        for (String code : codes) {
            if (ClinicalArea.ENDED_ALLERGIES_LIST_CODE.equals(code)) {
                return primary(list, ListRole.Kind.ENDED_ALLERGIES, ClinicalArea.ALLERGIES);
            }
            Optional<ClinicalArea> area = ClinicalArea.fromListCode(code);
            if (area.isPresent()) {
                return primary(list, ListRole.Kind.PRIMARY, area.get());
            }
            if (ClinicalCodes.LEGACY_REFERRALS_LIST.equals(code)) {
                return primary(list, ListRole.Kind.PRIMARY, ClinicalArea.REFERRALS);
            }
            switch (code) {
                case ClinicalCodes.CONSULTATION_LIST -> {
                    return structure(list, ListRole.Kind.CONSULTATION);
                }
                case ClinicalCodes.TOPIC_LIST -> {
                    return structure(list, ListRole.Kind.TOPIC);
                }
                case ClinicalCodes.HEADING_LIST -> {
                    return structure(list, ListRole.Kind.HEADING);
                }
                default -> {
                    // keep looking
                }
            }
        }
        Optional<ListRole> secondary = secondary(list);
        if (secondary.isPresent()) {
            return secondary.get();
        }
        if (looksLikeEndedAllergies(list)) {
            return primary(list, ListRole.Kind.ENDED_ALLERGIES, ClinicalArea.ALLERGIES);
        }
        return new ListRole(list, ListRole.Kind.UNRECOGNISED, Optional.empty(), List.of());
    }

    private static ListRole primary(ListResource list, ListRole.Kind kind, ClinicalArea area) {
        return new ListRole(list, kind, Optional.of(area), area.sectionKinds());
    }

    private static ListRole structure(ListResource list, ListRole.Kind kind) {
        return new ListRole(list, kind, Optional.of(ClinicalArea.CONSULTATIONS), List.of(SectionKind.ENCOUNTERS));
    }

    private static List<String> snomedCodes(ListResource list) {
        List<String> codes = new ArrayList<>();
        CodeableConcept code = Stu3Values.field(list, "code", CodeableConcept.class);
        if (code == null) {
            return codes;
        }
        for (Coding coding : code.getCoding()) {
            String system = coding.getSystem();
            boolean snomed = system == null || system.isBlank()
                    || CodeSystems.normalise(system.strip()).equals(CodeSystems.SNOMED);
            if (snomed && coding.getCode() != null && !coding.getCode().isBlank()) {
                codes.add(coding.getCode().strip());
            }
        }
        return codes;
    }

    private static Optional<ListRole> secondary(ListResource list) {
        List<String> candidates = new ArrayList<>();
        CodeableConcept code = Stu3Values.field(list, "code", CodeableConcept.class);
        if (code != null) {
            for (Coding coding : code.getCoding()) {
                candidates.add(coding.getCode());
                candidates.add(coding.getDisplay());
            }
            candidates.add(code.getText());
        }
        candidates.add(list.getTitle());
        for (String candidate : candidates) {
            Optional<ListRole> role = secondary(list, kebab(candidate));
            if (role.isPresent()) {
                return role;
            }
        }
        return Optional.empty();
    }

    private static Optional<ListRole> secondary(ListResource list, String key) {
        ClinicalArea owner;
        String rest;
        if (key.startsWith("consultations-")) {
            owner = ClinicalArea.CONSULTATIONS;
            rest = key.substring("consultations-".length());
        } else if (key.startsWith("problems-")) {
            owner = ClinicalArea.PROBLEMS;
            rest = key.substring("problems-".length());
        } else {
            return Optional.empty();
        }
        if (!(rest.endsWith("-contained-in-consultations") || rest.endsWith("-in-consultations")
                || rest.endsWith("-related-to-problems") || rest.endsWith("-not-relating-to-the-primary-query"))) {
            return Optional.empty();
        }
        List<SectionKind> targets = targets(rest);
        if (targets.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ListRole(list, ListRole.Kind.SECONDARY, Optional.of(owner), targets));
    }

    private static List<SectionKind> targets(String content) {
        if (content.startsWith("allergies")) {
            return List.of(SectionKind.ALLERGIES);
        }
        if (content.startsWith("diary-entries")) {
            return List.of(SectionKind.PLANNED_ACTIONS);
        }
        if (content.startsWith("documents")) {
            return List.of(SectionKind.DOCUMENTS);
        }
        if (content.startsWith("immunisations") || content.startsWith("immunizations")) {
            return List.of(SectionKind.IMMUNISATIONS);
        }
        if (content.startsWith("investigations")) {
            return List.of(SectionKind.RESULTS);
        }
        if (content.startsWith("medications")) {
            return List.of(SectionKind.MEDICATIONS);
        }
        if (content.startsWith("outbound-referrals") || content.startsWith("referrals")) {
            return List.of(SectionKind.REFERRALS);
        }
        if (content.startsWith("problems") || content.startsWith("linked-problems")) {
            return List.of(SectionKind.PROBLEMS, SectionKind.PAST_PROBLEMS);
        }
        if (content.startsWith("consultations")) {
            return List.of(SectionKind.ENCOUNTERS);
        }
        if (content.startsWith("uncategorised") || content.startsWith("uncategorized")) {
            return List.of(SectionKind.OBSERVATIONS, SectionKind.VITAL_SIGNS);
        }
        return List.of();
    }

    /** Lower case, every run of other characters as one hyphen, no hyphen at either end. */
    static String kebab(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder key = new StringBuilder(text.length());
        boolean hyphen = false;
        for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (hyphen && key.length() > 0) {
                    key.append('-');
                }
                key.append(c);
                hyphen = false;
            } else {
                hyphen = true;
            }
        }
        return key.toString();
    }

    private static boolean looksLikeEndedAllergies(ListResource list) {
        if (!list.hasContained() || !list.hasEntry()) {
            return false;
        }
        for (ListResource.ListEntryComponent entry : list.getEntry()) {
            String reference = entry.getItem().getReference();
            if (reference == null || !reference.strip().startsWith("#")) {
                return false;
            }
        }
        for (Resource contained : list.getContained()) {
            if (contained instanceof AllergyIntolerance allergy && isEnded(allergy)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isEnded(AllergyIntolerance allergy) {
        String status = allergy.hasClinicalStatus() ? allergy.getClinicalStatusElement().getValueAsString() : null;
        return "resolved".equalsIgnoreCase(status) || "inactive".equalsIgnoreCase(status)
                || Extensions.first(allergy, Extensions.ALLERGY_END).isPresent();
    }
}
