package dev.carerecord.sdk.sandbox.shcr;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Resource;

/**
 * Chooses each section's entries for one patient, applying NHS England's shared care record summary limits:
 * results from the last 6 months and at most the last 5 per test; vital signs at most the last 5 per code;
 * medication that is active or changed in the last 12 months. What a limit leaves out is counted, so the
 * narrative can say that more is held at source.
 */
final class IpsSelection {
    static final int PER_CODE_LIMIT = 5;
    static final Duration RESULTS_WINDOW = Duration.ofDays(183);
    static final Duration MEDICATION_WINDOW = Duration.ofDays(365);

    final Map<IpsSection, List<Resource>> entries = new EnumMap<>(IpsSection.class);
    final Map<IpsSection, Integer> leftOut = new EnumMap<>(IpsSection.class);

    IpsSelection(ShcrWorld world, String patientId, Instant now) {
        for (IpsSection s : IpsSection.values()) {
            entries.put(s, new ArrayList<>());
            leftOut.put(s, 0);
        }
        for (Resource r : of(world, "AllergyIntolerance", patientId)) {
            entries.get(IpsSection.ALLERGIES).add(r);
        }
        for (Resource r : of(world, "Condition", patientId)) {
            String status = ((Condition) r).getClinicalStatus().getCodingFirstRep().getCode();
            boolean current = "active".equals(status) || "recurrence".equals(status) || "relapse".equals(status);
            entries.get(current ? IpsSection.PROBLEMS : IpsSection.PAST_PROBLEMS).add(r);
        }
        medication(world, patientId, now);
        entries.get(IpsSection.IMMUNIZATIONS).addAll(of(world, "Immunization", patientId));
        results(world, patientId, now);
        entries.get(IpsSection.PROCEDURES).addAll(of(world, "Procedure", patientId));
        entries.get(IpsSection.DEVICES).addAll(of(world, "DeviceUseStatement", patientId));
        for (Resource r : of(world, "Consent", patientId)) {
            if ("adr".equals(((Consent) r).getScope().getCodingFirstRep().getCode())) {
                entries.get(IpsSection.ADVANCE_DIRECTIVES).add(r);
            }
        }
        for (Resource r : of(world, "Flag", patientId)) {
            if (((Flag) r).getStatus() == Flag.FlagStatus.ACTIVE) {
                entries.get(IpsSection.ALERTS).add(r);
            }
        }
        for (Resource r : of(world, "CarePlan", patientId)) {
            if (((CarePlan) r).getStatus() == CarePlan.CarePlanStatus.ACTIVE) {
                entries.get(IpsSection.PLAN_OF_CARE).add(r);
            }
        }
        List<Resource> vitals = new ArrayList<>();
        for (Resource r : of(world, "Observation", patientId)) {
            String category = ((Observation) r).getCategoryFirstRep().getCodingFirstRep().getCode();
            if ("social-history".equals(category)) {
                entries.get(IpsSection.SOCIAL_HISTORY).add(r);
            } else if ("vital-signs".equals(category)) {
                vitals.add(r);
            }
        }
        limitPerCode(IpsSection.VITAL_SIGNS, vitals);
        for (Resource r : of(world, "DocumentReference", patientId)) {
            if ("about-me".equals(((DocumentReference) r).getType().getCodingFirstRep().getCode())) {
                entries.get(IpsSection.PATIENT_STORY).add(r);
            }
        }
    }

    /** The patient's resources of a type, newest first. */
    private static List<Resource> of(ShcrWorld world, String type, String patientId) {
        ResourceType t = ResourceTypes.type(type).orElseThrow();
        SearchQuery query = SearchQuery.parse(t, Map.of("patient", List.of(patientId)), true);
        return SearchEngine.run(world, query);
    }

    private void medication(ShcrWorld world, String patientId, Instant now) {
        long since = now.minus(MEDICATION_WINDOW).toEpochMilli();
        Set<String> summarised = new HashSet<>();
        List<Resource> candidates = new ArrayList<>();
        for (Resource r : of(world, "MedicationStatement", patientId)) {
            ((MedicationStatement) r).getBasedOn().forEach(b -> summarised.add(b.getReference()));
            candidates.add(r);
        }
        for (Resource r : of(world, "MedicationRequest", patientId)) {
            if (!summarised.contains("MedicationRequest/" + r.getIdElement().getIdPart())) {
                candidates.add(r);
            }
        }
        ResourceType statementType = ResourceTypes.type("MedicationStatement").orElseThrow();
        ResourceType requestType = ResourceTypes.type("MedicationRequest").orElseThrow();
        for (Resource r : candidates) {
            boolean active;
            long latest;
            if (r instanceof MedicationStatement s) {
                active = s.getStatus() == MedicationStatement.MedicationStatementStatus.ACTIVE;
                latest = statementType.param("effective").orElseThrow().dates(r).stream()
                        .mapToLong(d -> d.high() == Long.MAX_VALUE ? d.low() : d.high() - 1).max()
                        .orElse(Long.MIN_VALUE);
            } else {
                active = ((MedicationRequest) r).getStatus() == MedicationRequest.MedicationRequestStatus.ACTIVE;
                latest = requestType.sortKey(r);
            }
            if (active || latest >= since) {
                entries.get(IpsSection.MEDICATIONS).add(r);
            } else {
                leftOut.merge(IpsSection.MEDICATIONS, 1, Integer::sum);
            }
        }
    }

    private void results(ShcrWorld world, String patientId, Instant now) {
        long since = now.minus(RESULTS_WINDOW).toEpochMilli();
        ResourceType reports = ResourceTypes.type("DiagnosticReport").orElseThrow();
        List<Resource> recent = new ArrayList<>();
        for (Resource r : of(world, "DiagnosticReport", patientId)) {
            if (reports.sortKey(r) >= since) {
                recent.add(r);
            } else {
                leftOut.merge(IpsSection.RESULTS, 1, Integer::sum);
            }
        }
        limitPerCode(IpsSection.RESULTS, recent);
    }

    /** Keeps the newest {@link #PER_CODE_LIMIT} resources per code (input newest first), counting the rest. */
    private void limitPerCode(IpsSection section, List<Resource> newestFirst) {
        Map<String, Integer> seen = new HashMap<>();
        for (Resource r : newestFirst) {
            String code = Narratives.primaryCode(r);
            if (seen.merge(code, 1, Integer::sum) <= PER_CODE_LIMIT) {
                entries.get(section).add(r);
            } else {
                leftOut.merge(section, 1, Integer::sum);
            }
        }
    }
}
