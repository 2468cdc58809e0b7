package dev.carerecord.sdk.sandbox.shcr;

/** UK Core, HL7 and sandbox URIs the shared care record emits. */
final class UkCore {
    static final String SD = "https://fhir.hl7.org.uk/StructureDefinition/";
    static final String CS = "https://fhir.hl7.org.uk/CodeSystem/";

    static final String NHS_NUMBER = "https://fhir.nhs.uk/Id/nhs-number";
    static final String ODS = "https://fhir.nhs.uk/Id/ods-organization-code";
    static final String SDS_USER = "https://fhir.nhs.uk/Id/sds-user-id";
    static final String SDS_ROLE = "https://fhir.nhs.uk/Id/sds-role-profile-id";
    static final String GMC = "https://fhir.hl7.org.uk/Id/gmc-number";
    static final String SNOMED = "http://snomed.info/sct";
    static final String LOINC = "http://loinc.org";
    static final String UCUM = "http://unitsofmeasure.org";

    static final String NHS_VERIFICATION_EXT = SD + "Extension-UKCore-NHSNumberVerificationStatus";
    static final String NHS_VERIFICATION_CS = CS + "UKCore-NHSNumberVerificationStatusEngland";
    static final String ALLERGY_END_EXT = SD + "Extension-UKCore-AllergyIntoleranceEnd";
    static final String PROBLEM_SIGNIFICANCE_EXT = SD + "Extension-UKCore-ProblemSignificance";
    static final String VACCINATION_PROCEDURE_EXT = SD + "Extension-UKCore-VaccinationProcedure";
    static final String PARENT_PRESENT_EXT = SD + "Extension-UKCore-ParentPresent";
    static final String REPEAT_INFO_EXT = SD + "Extension-UKCore-MedicationRepeatInformation";
    static final String LAST_ISSUE_EXT = SD + "Extension-UKCore-MedicationStatementLastIssueDate";
    static final String PRESCRIBING_ORG_TYPE_EXT = SD + "Extension-UKCore-MedicationPrescribingOrganizationType";
    static final String PRESCRIBING_ORG_TYPE_CS = CS + "UKCore-MedicationPrescribingOrganizationType";
    static final String COURSE_OF_THERAPY_CS = "http://terminology.hl7.org/CodeSystem/medicationrequest-course-of-therapy";
    static final String UK_COURSE_OF_THERAPY_CS = CS + "UKCore-MedicationRequestCourseOfTherapy";
    static final String ADMISSION_METHOD_EXT = SD + "Extension-UKCore-AdmissionMethod";
    static final String ADMISSION_METHOD_CS = CS + "UKCore-AdmissionMethodEngland";
    static final String DISCHARGE_METHOD_EXT = SD + "Extension-UKCore-DischargeMethod";
    static final String DISCHARGE_METHOD_CS = CS + "UKCore-DischargeMethodEngland";
    static final String SOURCE_OF_ADMISSION_CS = CS + "UKCore-SourceOfAdmissionEngland";
    static final String DISCHARGE_DESTINATION_CS = CS + "UKCore-DischargeDestinationEngland";
    static final String CONTACT_RANK_EXT = SD + "Extension-UKCore-ContactRank";
    static final String COPY_CORRESPONDENCE_EXT = SD + "Extension-UKCore-CopyCorrespondenceIndicator";
    static final String SDS_JOB_ROLE_CS = CS + "UKCore-SDSJobRoleName";

    static final String ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
    static final String ROLE_CODE = "http://terminology.hl7.org/CodeSystem/v3-RoleCode";
    static final String CONFIDENTIALITY = "http://terminology.hl7.org/CodeSystem/v3-Confidentiality";
    static final String PARTICIPATION_TYPE = "http://terminology.hl7.org/CodeSystem/v3-ParticipationType";
    static final String CONDITION_CATEGORY = "http://terminology.hl7.org/CodeSystem/condition-category";
    static final String CONDITION_CLINICAL = "http://terminology.hl7.org/CodeSystem/condition-clinical";
    static final String CONDITION_VERIFICATION = "http://terminology.hl7.org/CodeSystem/condition-ver-status";
    static final String ALLERGY_CLINICAL = "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical";
    static final String ALLERGY_VERIFICATION = "http://terminology.hl7.org/CodeSystem/allergyintolerance-verification";
    static final String OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";
    static final String MEDREQ_CATEGORY = "http://terminology.hl7.org/CodeSystem/medicationrequest-category";
    static final String MEDSTATEMENT_CATEGORY = "http://terminology.hl7.org/CodeSystem/medication-statement-category";
    static final String DIAGNOSTIC_SERVICE = "http://terminology.hl7.org/CodeSystem/v2-0074";
    static final String INTERPRETATION = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation";
    static final String FLAG_CATEGORY = "http://terminology.hl7.org/CodeSystem/flag-category";
    static final String CONSENT_SCOPE = "http://terminology.hl7.org/CodeSystem/consentscope";
    static final String CONSENT_CATEGORY = "http://terminology.hl7.org/CodeSystem/consentcategorycodes";
    static final String CONTACT_ROLE = "http://terminology.hl7.org/CodeSystem/v2-0131";
    static final String ORGANIZATION_TYPE = "http://terminology.hl7.org/CodeSystem/organization-type";

    /** The sandbox's own code system for categories no national code system covers. */
    static final String SANDBOX_CATEGORY = "https://sandbox.carerecord.dev/CodeSystem/shcr-category";
    /** The namespace of identifiers the shared care record assigns to its own items. */
    static final String SHCR_ITEM_ID = "https://sandbox.carerecord.dev/Y60009/shcr-item";

    private UkCore() {
    }

    /** The canonical URL of a UK Core profile, e.g. {@code profile("Patient")}. */
    static String profile(String name) {
        return SD + "UKCore-" + name;
    }
}
