package dev.carerecord.sdk.fhir.internal.shcr;

import dev.carerecord.sdk.fhir.shcr.ServerCapabilities;
import dev.carerecord.sdk.fhir.shcr.ShcrRecordRequest;
import dev.carerecord.sdk.model.SectionKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Plans the searches of a record read from the sections asked for and the server's capabilities.
 *
 * <table>
 *   <caption>Sections and searches</caption>
 *   <tr><th>Section(s)</th><th>Search</th><th>{@code _include} (when advertised)</th></tr>
 *   <tr><td>ALLERGIES</td><td>AllergyIntolerance</td><td>recorder, asserter</td></tr>
 *   <tr><td>PROBLEMS, PAST_PROBLEMS</td><td>Condition</td><td>asserter</td></tr>
 *   <tr><td>MEDICATIONS</td><td>MedicationStatement; MedicationRequest</td><td>medication, source; medication, requester</td></tr>
 *   <tr><td>IMMUNISATIONS</td><td>Immunization</td><td>performer</td></tr>
 *   <tr><td>RESULTS, VITAL_SIGNS, SOCIAL_CONTEXT, OBSERVATIONS</td><td>Observation: one search; by
 *       {@code category} ({@code laboratory}, {@code vital-signs}, {@code social-history}) when OBSERVATIONS
 *       (which has no category) is not asked for and the server offers {@code category}</td><td>performer</td></tr>
 *   <tr><td>RESULTS</td><td>DiagnosticReport</td><td>result, performer</td></tr>
 *   <tr><td>PROCEDURES</td><td>Procedure</td><td>performer</td></tr>
 *   <tr><td>ENCOUNTERS</td><td>Encounter</td><td>participant, service-provider</td></tr>
 *   <tr><td>REFERRALS, PLANNED_ACTIONS</td><td>ServiceRequest</td><td>requester, performer</td></tr>
 *   <tr><td>DOCUMENTS</td><td>DocumentReference</td><td>author, custodian</td></tr>
 *   <tr><td>CARE_PLANS</td><td>CarePlan</td><td>-</td></tr>
 *   <tr><td>ALERTS</td><td>Flag</td><td>author</td></tr>
 *   <tr><td>ADVANCE_DIRECTIVES</td><td>Consent</td><td>organization</td></tr>
 *   <tr><td>CONTACTS</td><td>RelatedPerson (and the Patient's own contacts)</td><td>-</td></tr>
 *   <tr><td>DEVICES</td><td>DeviceUseStatement</td><td>device</td></tr>
 * </table>
 * When any {@code _include} is sent and the server advertises {@code PractitionerRole:practitioner} /
 * {@code PractitionerRole:organization}, those are added as {@code _include:iterate} so that an included
 * PractitionerRole's practitioner and organisation resolve too (standard R4 search; HAPI FHIR JPA supports it).
 * The patient is named with {@code patient={id}}, or {@code subject=Patient/{id}} where the server lists
 * {@code subject} but not {@code patient}. A type the server cannot search makes its sections UNSUPPORTED.
 * Not part of the public API.
 */
public final class SectionPlanner {
    private static final Set<SectionKind> OBSERVATION_KINDS = EnumSet.of(SectionKind.RESULTS,
            SectionKind.VITAL_SIGNS, SectionKind.SOCIAL_CONTEXT, SectionKind.OBSERVATIONS);

    /** What an included PractitionerRole names, followed with {@code _include:iterate} when advertised. */
    private static final List<String> ROLE_INCLUDES = List.of("PractitionerRole:practitioner",
            "PractitionerRole:organization");

    /** A search of the fixed table. */
    private record Def(String type, Set<SectionKind> answers, List<String> includes) {
    }

    private static final List<Def> TABLE = List.of(
            new Def("AllergyIntolerance", EnumSet.of(SectionKind.ALLERGIES), List.of("recorder", "asserter")),
            new Def("Condition", EnumSet.of(SectionKind.PROBLEMS, SectionKind.PAST_PROBLEMS), List.of("asserter")),
            new Def("MedicationStatement", EnumSet.of(SectionKind.MEDICATIONS), List.of("medication", "source")),
            new Def("MedicationRequest", EnumSet.of(SectionKind.MEDICATIONS), List.of("medication", "requester")),
            new Def("Immunization", EnumSet.of(SectionKind.IMMUNISATIONS), List.of("performer")),
            new Def("DiagnosticReport", EnumSet.of(SectionKind.RESULTS), List.of("result", "performer")),
            new Def("Procedure", EnumSet.of(SectionKind.PROCEDURES), List.of("performer")),
            new Def("Encounter", EnumSet.of(SectionKind.ENCOUNTERS), List.of("participant", "service-provider")),
            new Def("ServiceRequest", EnumSet.of(SectionKind.REFERRALS, SectionKind.PLANNED_ACTIONS),
                    List.of("requester", "performer")),
            new Def("DocumentReference", EnumSet.of(SectionKind.DOCUMENTS), List.of("author", "custodian")),
            new Def("CarePlan", EnumSet.of(SectionKind.CARE_PLANS), List.of()),
            new Def("Flag", EnumSet.of(SectionKind.ALERTS), List.of("author")),
            new Def("Consent", EnumSet.of(SectionKind.ADVANCE_DIRECTIVES), List.of("organization")),
            new Def("RelatedPerson", EnumSet.of(SectionKind.CONTACTS), List.of()),
            new Def("DeviceUseStatement", EnumSet.of(SectionKind.DEVICES), List.of("device")));

    /**
     * The plan.
     *
     * @param searches the searches to run
     * @param unsupported per section, why a search it needs cannot be run (the type is not offered)
     */
    public record Plan(List<PlannedSearch> searches, Map<SectionKind, List<String>> unsupported) {
    }

    private SectionPlanner() {
    }

    /** The searches for {@code request}'s sections of the patient with logical id {@code patientId}. */
    public static Plan plan(ShcrRecordRequest request, ServerCapabilities capabilities, String patientId) {
        Set<SectionKind> wanted = request.sections();
        List<PlannedSearch> searches = new ArrayList<>();
        Map<SectionKind, List<String>> unsupported = new EnumMap<>(SectionKind.class);
        Set<SectionKind> observationKinds = EnumSet.noneOf(SectionKind.class);
        observationKinds.addAll(wanted);
        observationKinds.retainAll(OBSERVATION_KINDS);
        if (!observationKinds.isEmpty()) {
            planObservations(observationKinds, request, capabilities, patientId, searches, unsupported);
        }
        for (Def def : TABLE) {
            Set<SectionKind> answers = EnumSet.noneOf(SectionKind.class);
            answers.addAll(def.answers());
            answers.retainAll(wanted);
            if (answers.isEmpty()) {
                continue;
            }
            List<java.util.Map.Entry<String, String>> params = patientParams(def.type(), capabilities, patientId);
            if (params == null) {
                answers.forEach(k -> unsupported.computeIfAbsent(k, x -> new ArrayList<>())
                        .add("the source does not offer " + def.type() + " searches by patient"));
                continue;
            }
            addCommon(params, def.type(), def.includes(), request, capabilities);
            searches.add(new PlannedSearch(def.type(), params, def.answers()));
        }
        return new Plan(searches, unsupported);
    }

    private static void planObservations(Set<SectionKind> kinds, ShcrRecordRequest request,
            ServerCapabilities capabilities, String patientId, List<PlannedSearch> searches,
            Map<SectionKind, List<String>> unsupported) {
        List<java.util.Map.Entry<String, String>> params = patientParams("Observation", capabilities, patientId);
        if (params == null) {
            kinds.forEach(k -> unsupported.computeIfAbsent(k, x -> new ArrayList<>())
                    .add("the source does not offer Observation searches by patient"));
            return;
        }
        boolean byCategory = !kinds.contains(SectionKind.OBSERVATIONS)
                && capabilities.isKnown() && capabilities.supportsSearchParam("Observation", "category")
                && capabilities.searchParams("Observation").contains("category");
        Set<SectionKind> answers;
        if (byCategory) {
            Set<String> categories = new LinkedHashSet<>();
            if (kinds.contains(SectionKind.RESULTS)) {
                categories.add("laboratory");
            }
            if (kinds.contains(SectionKind.VITAL_SIGNS)) {
                categories.add("vital-signs");
            }
            if (kinds.contains(SectionKind.SOCIAL_CONTEXT)) {
                categories.add("social-history");
            }
            params.add(java.util.Map.entry("category", String.join(",", categories)));
            answers = kinds;
        } else {
            answers = OBSERVATION_KINDS;
        }
        addCommon(params, "Observation", List.of("performer"), request, capabilities);
        searches.add(new PlannedSearch("Observation", params, answers));
    }

    /** {@code patient={id}} or {@code subject=Patient/{id}}; null when the type cannot be searched by patient. */
    private static List<java.util.Map.Entry<String, String>> patientParams(String type,
            ServerCapabilities capabilities, String patientId) {
        List<java.util.Map.Entry<String, String>> params = new ArrayList<>();
        if (!capabilities.supportsSearch(type)) {
            return null;
        }
        if (capabilities.supportsSearchParam(type, "patient")) {
            params.add(java.util.Map.entry("patient", patientId));
        } else if (capabilities.supportsSearchParam(type, "subject")) {
            params.add(java.util.Map.entry("subject", "Patient/" + patientId));
        } else {
            return null;
        }
        return params;
    }

    private static void addCommon(List<java.util.Map.Entry<String, String>> params, String type,
            List<String> includes, ShcrRecordRequest request, ServerCapabilities capabilities) {
        if (request.includeReferenced() && capabilities.isKnown()) {
            boolean any = false;
            for (String include : includes) {
                String value = type + ":" + include;
                if (capabilities.supportsInclude(type, value)) {
                    params.add(java.util.Map.entry("_include", value));
                    any = true;
                }
            }
            if (any) {
                for (String roleInclude : ROLE_INCLUDES) {
                    if (capabilities.supportsInclude("PractitionerRole", roleInclude)) {
                        params.add(java.util.Map.entry("_include:iterate", roleInclude));
                    }
                }
            }
        }
        request.pageSize().ifPresent(size -> params.add(java.util.Map.entry("_count", String.valueOf(size))));
    }
}
