package dev.carerecord.sdk.fhir.internal.mapping;

import java.util.List;
import java.util.Locale;

/**
 * The extensions the R4 mappers read, each known by the last path segment of its URL and by the aliases its
 * CareConnect / GP Connect predecessor used. Matching ignores the scheme, the host, any intermediate path
 * ({@code /STU3/}, {@code /R4/}), a trailing slash or {@code |version}, and case, so
 * {@code http://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-ContactRank} and
 * {@code https://fhir.nhs.uk/R4/StructureDefinition/Extension-UKCore-ContactRank} are the same extension.
 * Extensions not listed here are ignored, never an error. Not part of the public API.
 */
enum UkExtension {
    ALLERGY_INTOLERANCE_END("Extension-UKCore-AllergyIntoleranceEnd", "Extension-CareConnect-AllergyIntoleranceEnd-1",
            "Extension-CareConnect-GPC-AllergyIntoleranceEnd-1"),
    MEDICATION_REPEAT_INFORMATION("Extension-UKCore-MedicationRepeatInformation",
            "Extension-CareConnect-GPC-MedicationRepeatInformation-1"),
    MEDICATION_STATEMENT_LAST_ISSUE_DATE("Extension-UKCore-MedicationStatementLastIssueDate",
            "Extension-CareConnect-GPC-MedicationStatementLastIssueDate-1"),
    MEDICATION_PRESCRIBING_ORGANIZATION_TYPE("Extension-UKCore-MedicationPrescribingOrganizationType",
            "Extension-UKCore-MedicationPrescribingAgency", "Extension-CareConnect-GPC-PrescribingAgency-1"),
    MEDICATION_QUANTITY_TEXT("Extension-UKCore-MedicationQuantityText",
            "Extension-CareConnect-GPC-MedicationQuantityText-1"),
    MEDICATION_COURSE_OF_THERAPY_TYPE("Extension-UKCore-MedicationCourseOfTherapyType"),
    PRESCRIPTION_TYPE("Extension-UKCore-PrescriptionType", "Extension-CareConnect-GPC-PrescriptionType-1"),
    NHS_NUMBER_VERIFICATION_STATUS("Extension-UKCore-NHSNumberVerificationStatus",
            "Extension-CareConnect-GPC-NHSNumberVerificationStatus-1",
            "Extension-CareConnect-NHSNumberVerificationStatus-1"),
    ETHNIC_CATEGORY("Extension-UKCore-EthnicCategory", "Extension-CareConnect-EthnicCategory-1"),
    NHS_COMMUNICATION("Extension-UKCore-NHSCommunication", "Extension-CareConnect-NHSCommunication-1"),
    INTERPRETER_REQUIRED("patient-interpreterRequired"),
    DEATH_NOTIFICATION_STATUS("Extension-UKCore-DeathNotificationStatus",
            "Extension-CareConnect-DeathNotificationStatus-1"),
    CONTACT_RANK("Extension-UKCore-ContactRank", "Extension-CareConnect-ContactRank-1"),
    COPY_CORRESPONDENCE_INDICATOR("Extension-UKCore-CopyCorrespondenceIndicator",
            "Extension-CareConnect-CopyCorrespondenceIndicator-1"),
    PROBLEM_SIGNIFICANCE("Extension-UKCore-ProblemSignificance", "Extension-CareConnect-GPC-ProblemSignificance-1"),
    CONDITION_EPISODE("Extension-UKCore-ConditionEpisode", "Extension-CareConnect-ConditionEpisode-1"),
    VACCINATION_PROCEDURE("Extension-UKCore-VaccinationProcedure", "Extension-CareConnect-VaccinationProcedure-1"),
    PARENT_PRESENT("Extension-UKCore-ParentPresent", "Extension-CareConnect-ParentPresent-1"),
    LIST_WARNING_CODE("Extension-UKCore-ListWarningCode", "Extension-CareConnect-GPC-ListWarningCode-1");

    private final List<String> names;

    UkExtension(String... names) {
        this.names = java.util.Arrays.stream(names).map(n -> n.toLowerCase(Locale.ROOT)).toList();
    }

    /** True when {@code url} names this extension (scheme, host, path prefix, version and case ignored). */
    boolean matches(String url) {
        String name = lastSegment(url);
        return !name.isEmpty() && names.contains(name);
    }

    /** The lower-cased last path segment of a URL, without a {@code |version} or trailing slash. */
    static String lastSegment(String url) {
        if (url == null) {
            return "";
        }
        String s = url.strip();
        int bar = s.indexOf('|');
        if (bar >= 0) {
            s = s.substring(0, bar);
        }
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        int slash = s.lastIndexOf('/');
        return s.substring(slash + 1).toLowerCase(Locale.ROOT);
    }
}
