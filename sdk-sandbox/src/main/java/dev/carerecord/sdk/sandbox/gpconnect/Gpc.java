package dev.carerecord.sdk.sandbox.gpconnect;

/** GP Connect URIs and codes the sandbox emits and checks. */
final class Gpc {
    static final String SD = "https://fhir.nhs.uk/STU3/StructureDefinition/";
    static final String HL7UK_SD = "https://fhir.hl7.org.uk/STU3/StructureDefinition/";
    static final String CS = "https://fhir.nhs.uk/STU3/CodeSystem/";

    static final String NHS_NUMBER = "https://fhir.nhs.uk/Id/nhs-number";
    static final String ODS = "https://fhir.nhs.uk/Id/ods-organization-code";
    static final String SDS_USER = "https://fhir.nhs.uk/Id/sds-user-id";
    static final String SDS_ROLE = "https://fhir.nhs.uk/Id/sds-role-profile-id";
    static final String UBRN = "https://fhir.nhs.uk/Id/UBRN";

    static final String SPINE_ERROR_CODES = CS + "Spine-ErrorOrWarningCode-1";
    static final String SECONDARY_LISTS = CS + "GPConnect-SecondaryListValues-1";
    static final String LIST_WARNING_EXT = SD + "Extension-CareConnect-GPC-ListWarningCode-1";
    static final String LIST_WARNING_CS = CS + "CareConnect-ListWarningCode-1";
    static final String CLINICAL_SETTING_EXT = SD + "Extension-CareConnect-GPC-ClinicalSetting-1";
    static final String EMPTY_REASON_CS = CS + "CareConnect-ListEmptyReasonCode-1";
    static final String LIST_ORDER = "http://hl7.org/fhir/list-order";

    static final String PRESCRIPTION_TYPE_EXT = SD + "Extension-CareConnect-GPC-PrescriptionType-1";
    static final String PRESCRIPTION_TYPE_CS = CS + "CareConnect-PrescriptionType-1";
    static final String REPEAT_INFO_EXT = SD + "Extension-CareConnect-GPC-MedicationRepeatInformation-1";
    static final String LAST_ISSUE_EXT = SD + "Extension-CareConnect-GPC-MedicationStatementLastIssueDate-1";
    static final String PRESCRIBING_AGENCY_EXT = SD + "Extension-CareConnect-GPC-PrescribingAgency-1";
    static final String PRESCRIBING_AGENCY_CS = CS + "CareConnect-PrescribingAgency-1";
    static final String QUANTITY_TEXT_EXT = SD + "Extension-CareConnect-GPC-MedicationQuantityText-1";
    static final String STATUS_REASON_EXT = SD + "Extension-CareConnect-GPC-MedicationStatusReason-1";
    static final String ALLERGY_END_EXT = SD + "Extension-CareConnect-GPC-AllergyIntoleranceEnd-1";
    static final String VACCINATION_PROCEDURE_EXT = HL7UK_SD + "Extension-CareConnect-VaccinationProcedure-1";
    static final String PARENT_PRESENT_EXT = SD + "Extension-CareConnect-GPC-ParentPresent-1";
    static final String PROBLEM_SIGNIFICANCE_EXT = HL7UK_SD + "Extension-CareConnect-ProblemSignificance-1";
    static final String ACTUAL_PROBLEM_EXT = HL7UK_SD + "Extension-CareConnect-ActualProblem-1";
    static final String RELATED_CONTENT_EXT = HL7UK_SD + "Extension-CareConnect-RelatedClinicalContent-1";
    static final String RELATED_PROBLEM_EXT = HL7UK_SD + "Extension-CareConnect-RelatedProblemHeader-1";
    static final String CONDITION_CATEGORY_CS = "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-ConditionCategory-1";
    static final String REGISTRATION_EXT = SD + "Extension-CareConnect-GPC-RegistrationDetails-1";
    static final String NHS_VERIFICATION_EXT = SD + "Extension-CareConnect-GPC-NHSNumberVerificationStatus-1";
    static final String NHS_VERIFICATION_CS = "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-NHSNumberVerificationStatus-1";
    static final String JOB_ROLE_CS = "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1";

    static final String GET_STRUCTURED_OPERATION =
            "https://fhir.nhs.uk/STU3/OperationDefinition/GPConnect-GetStructuredRecord-Operation-1";

    private Gpc() {
    }

    /** {@code meta.profile} value for a GP Connect STU3 profile name. */
    static String profile(String name) {
        return SD + name;
    }
}
