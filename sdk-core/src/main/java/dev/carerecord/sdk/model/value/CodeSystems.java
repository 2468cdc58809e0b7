package dev.carerecord.sdk.model.value;

import java.util.Locale;

/** Code system URIs the model relies on, and the normalisation used to compare them. */
public final class CodeSystems {
    /** SNOMED CT (UK edition included). */
    public static final String SNOMED = "http://snomed.info/sct";
    /** NHS dictionary of medicines and devices, when sent with its own URI. */
    public static final String DMD = "https://dmd.nhs.uk";
    /** LOINC, used by IPS section codes. */
    public static final String LOINC = "http://loinc.org";
    /** The NHS number identifier system. */
    public static final String NHS_NUMBER = "https://fhir.nhs.uk/Id/nhs-number";
    /** The ODS organisation code identifier system. */
    public static final String ODS_ORGANISATION = "https://fhir.nhs.uk/Id/ods-organization-code";
    /** The SDS user id identifier system. */
    public static final String SDS_USER_ID = "https://fhir.nhs.uk/Id/sds-user-id";
    /** The SDS role profile id identifier system. */
    public static final String SDS_ROLE_PROFILE_ID = "https://fhir.nhs.uk/Id/sds-role-profile-id";

    private CodeSystems() {
    }

    /**
     * The form used to compare system URIs: lower-case scheme and host, {@code https} for the NHS and HL7 UK
     * hosts, no trailing slash. Other URIs keep their scheme ({@code http://snomed.info/sct} stays http).
     */
    public static String normalise(String system) {
        if (system == null) {
            return "";
        }
        String s = system.strip();
        if (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        int schemeEnd = s.indexOf("://");
        if (schemeEnd > 0) {
            int hostEnd = s.indexOf('/', schemeEnd + 3);
            String prefix = (hostEnd < 0 ? s : s.substring(0, hostEnd)).toLowerCase(Locale.ROOT);
            s = prefix + (hostEnd < 0 ? "" : s.substring(hostEnd));
        }
        if (s.startsWith("http://fhir.nhs.uk/") || s.startsWith("http://fhir.hl7.org.uk/")) {
            return "https://" + s.substring("http://".length());
        }
        if (s.startsWith("https://snomed.info/sct")) {
            return SNOMED;
        }
        return s;
    }
}
