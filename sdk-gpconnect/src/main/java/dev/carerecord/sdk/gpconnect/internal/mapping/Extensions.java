package dev.carerecord.sdk.gpconnect.internal.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.hl7.fhir.dstu3.model.Extension;
import org.hl7.fhir.dstu3.model.Type;
import org.hl7.fhir.instance.model.api.IBaseHasExtensions;

/**
 * Finds GP Connect and CareConnect extensions however the provider spelt their URL.
 *
 * <p>The same extension appears as {@code http://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-X-1},
 * {@code https://fhir.hl7.org.uk/...} and {@code https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-X-1}.
 * Extensions on those two hosts are therefore compared by a normalised name: the last path segment without
 * {@code Extension-}, {@code CareConnect-}, {@code GPC-} and the trailing version, lower case
 * ({@code allergyintoleranceend}). Scheme and host are ignored for those hosts only; any other URL must match
 * exactly (ignoring a trailing slash). Known misspellings are aliases ({@code sctdecsid} for {@code sctdescid}).
 * Sub-extension names ({@code endDate}, {@code DescriptionID}) compare ignoring case.
 */
final class Extensions {
    static final String ALLERGY_END = "allergyintoleranceend";
    static final String SCT_DESCRIPTION_ID = "coding-sctdescid";
    static final String NHS_NUMBER_VERIFICATION = "nhsnumberverificationstatus";
    static final String REGISTRATION_DETAILS = "registrationdetails";
    static final String NHS_COMMUNICATION = "nhscommunication";
    static final String ETHNIC_CATEGORY = "ethniccategory";
    static final String LIST_WARNING_CODE = "listwarningcode";
    static final String PRESCRIPTION_TYPE = "prescriptiontype";
    static final String REPEAT_INFORMATION = "medicationrepeatinformation";
    static final String LAST_ISSUE_DATE = "medicationstatementlastissuedate";
    static final String PRESCRIBING_AGENCY = "prescribingagency";
    static final String QUANTITY_TEXT = "medicationquantitytext";
    static final String STATUS_REASON = "medicationstatusreason";
    static final String PROBLEM_SIGNIFICANCE = "problemsignificance";
    static final String ACTUAL_PROBLEM = "actualproblem";
    static final String RELATED_CLINICAL_CONTENT = "relatedclinicalcontent";
    static final String RELATED_PROBLEM_HEADER = "relatedproblemheader";
    static final String VACCINATION_PROCEDURE = "vaccinationprocedure";
    static final String PARENT_PRESENT = "parentpresent";
    static final String DATE_RECORDED = "daterecorded";

    private static final List<String> UK_HOSTS = List.of("fhir.nhs.uk", "fhir.hl7.org.uk");
    private static final Pattern VERSION_SUFFIX = Pattern.compile("-\\d+$");
    /** Normalised keys of the URLs seen so far (few distinct URLs occur; bounded in case a source sends many). */
    private static final Map<String, String> KEYS = new ConcurrentHashMap<>();
    private static final int MAX_CACHED_KEYS = 2_000;

    private Extensions() {
    }

    /**
     * The name an extension URL is compared by: the normalised name for the NHS and HL7 UK hosts, else the URL
     * itself without a trailing slash.
     */
    static String key(String url) {
        if (url == null) {
            return "";
        }
        String cached = KEYS.get(url);
        if (cached != null) {
            return cached;
        }
        String key = normalise(url);
        if (KEYS.size() < MAX_CACHED_KEYS) {
            KEYS.putIfAbsent(url, key);
        }
        return key;
    }

    private static String normalise(String url) {
        String u = url.strip();
        while (u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        String lower = u.toLowerCase(Locale.ROOT);
        String rest = lower.startsWith("https://") ? lower.substring(8)
                : lower.startsWith("http://") ? lower.substring(7) : null;
        if (rest == null) {
            return u;
        }
        int slash = rest.indexOf('/');
        String host = slash < 0 ? rest : rest.substring(0, slash);
        if (!UK_HOSTS.contains(host)) {
            return u;
        }
        String name = rest.substring(rest.lastIndexOf('/') + 1);
        int cut = name.indexOf('#');
        if (cut >= 0) {
            name = name.substring(0, cut);
        }
        name = stripPrefix(name, "extension-");
        name = stripPrefix(name, "careconnect-");
        name = stripPrefix(name, "gpc-");
        name = VERSION_SUFFIX.matcher(name).replaceFirst("");
        if (name.equals("coding-sctdecsid")) {
            name = SCT_DESCRIPTION_ID;
        }
        return name;
    }

    private static String stripPrefix(String name, String prefix) {
        return name.startsWith(prefix) ? name.substring(prefix.length()) : name;
    }

    /** Every extension on {@code element} whose URL normalises to {@code name}. */
    static List<Extension> all(IBaseHasExtensions element, String name) {
        List<Extension> found = new ArrayList<>();
        if (element == null) {
            return found;
        }
        // no hasExtension(): it walks every extension deeply; an empty one has no URL, so key() skips it anyway.
        // getExtension() attaches an empty list to an element that had none: harmless, the Bundle is the mapper's
        // own (StructuredRecordResult.bundle() parses the bytes afresh)
        for (Object candidate : element.getExtension()) {
            if (candidate instanceof Extension extension && key(extension.getUrl()).equals(name)) {
                found.add(extension);
            }
        }
        return found;
    }

    /** The first extension on {@code element} whose URL normalises to {@code name}. */
    static Optional<Extension> first(IBaseHasExtensions element, String name) {
        List<Extension> found = all(element, name);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** The first sub-extension of {@code parent} with this relative name (compared ignoring case). */
    static Optional<Extension> part(Extension parent, String name) {
        if (parent == null || !parent.hasExtension()) {
            return Optional.empty();
        }
        for (Extension child : parent.getExtension()) {
            if (child.getUrl() != null && child.getUrl().strip().equalsIgnoreCase(name)) {
                return Optional.of(child);
            }
        }
        return Optional.empty();
    }

    /** The value of the first extension named {@code name} on {@code element}, if it has one. */
    static Optional<Type> value(IBaseHasExtensions element, String name) {
        return first(element, name).filter(Extension::hasValue).map(Extension::getValue);
    }
}
