package dev.carerecord.sdk.gpconnect.internal.mapping;

import dev.carerecord.sdk.model.entry.ObservationKind;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.dstu3.model.DiagnosticReport;
import org.hl7.fhir.dstu3.model.Observation;
import org.hl7.fhir.dstu3.model.ProcedureRequest;
import org.hl7.fhir.dstu3.model.Reference;
import org.hl7.fhir.dstu3.model.Resource;

/**
 * The role each Observation plays in an investigation, decided by its place in a DiagnosticReport rather than by
 * its profile (GP Connect uses one Observation profile for all of them): a result of the report that is
 * "Comment note" (37331000000100) is the filing comment; a result with {@code related} has-member targets (or
 * untyped ones) is a test group, whose members are results; any other result is a result. Also records which ProcedureRequests are
 * test request summaries ({@code DiagnosticReport.basedOn}), which are folded into their report rather than shown
 * as planned actions.
 */
final class ReportRoles {
    private final Map<Observation, ObservationKind> kinds = new IdentityHashMap<>();
    private final Map<Observation, DiagnosticReport> reports = new IdentityHashMap<>();
    private final Map<ProcedureRequest, DiagnosticReport> requests = new IdentityHashMap<>();

    ReportRoles(ResourceIndex index) {
        for (DiagnosticReport report : index.ofType(DiagnosticReport.class)) {
            for (Reference result : report.getResult()) {
                Optional<Resource> target = index.resolve(result, report);
                if (target.isPresent() && target.get() instanceof Observation observation) {
                    assign(index, report, observation, true, 0);
                }
            }
            for (Reference basedOn : report.getBasedOn()) {
                index.resolve(basedOn, report).filter(ProcedureRequest.class::isInstance)
                        .ifPresent(request -> requests.putIfAbsent((ProcedureRequest) request, report));
            }
        }
    }

    private void assign(ResourceIndex index, DiagnosticReport report, Observation observation, boolean direct,
            int depth) {
        if (kinds.containsKey(observation) || depth > 10) {
            return;
        }
        reports.put(observation, report);
        boolean group = hasMembers(observation);
        if (direct && ClinicalCodes.hasSnomed(Stu3Values.coded(observation.getCode()), ClinicalCodes.COMMENT_NOTE)
                && !group) {
            kinds.put(observation, ObservationKind.FILING_COMMENT);
            return;
        }
        kinds.put(observation, group ? ObservationKind.TEST_GROUP : ObservationKind.RESULT);
        if (group) {
            for (Observation.ObservationRelatedComponent related : observation.getRelated()) {
                if (isMember(related)) {
                    index.resolve(related.getTarget(), observation).filter(Observation.class::isInstance)
                            .ifPresent(member -> assign(index, report, (Observation) member, false, depth + 1));
                }
            }
        }
    }

    /** True when the observation has at least one has-member relation. */
    static boolean hasMembers(Observation observation) {
        return observation.getRelated().stream().anyMatch(ReportRoles::isMember);
    }

    /**
     * True for a {@code related} entry of type has-member, or with no type at all (some providers leave it out;
     * the only other relation GP Connect uses, derived-from, points from a member back to its group).
     */
    static boolean isMember(Observation.ObservationRelatedComponent related) {
        return related.hasTarget()
                && "has-member".equals(Stu3Values.code(related.getTypeElement()).orElse("has-member"));
    }

    /** The role of an observation within a report, when it belongs to one. */
    Optional<ObservationKind> kind(Observation observation) {
        return Optional.ofNullable(kinds.get(observation));
    }

    /** The report an observation belongs to. */
    Optional<DiagnosticReport> report(Observation observation) {
        return Optional.ofNullable(reports.get(observation));
    }

    /** The report a test request summary belongs to. */
    Optional<DiagnosticReport> reportOfRequest(ProcedureRequest request) {
        return Optional.ofNullable(requests.get(request));
    }
}
