package dev.carerecord.sdk.fhir.internal.mapping;

import dev.carerecord.sdk.fhir.pds.PdsMatch;
import dev.carerecord.sdk.fhir.pds.PdsSearchResult;
import dev.carerecord.sdk.core.exception.ErrorCode;
import dev.carerecord.sdk.model.SourceIssue;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;

/**
 * Maps the body of a PDS patient search into a {@link PdsSearchResult}: a searchset Bundle gives its patients with
 * their scores; an OperationOutcome whose issue has code {@code multiple-matches} or details code
 * {@code TOO_MANY_MATCHES} is {@link PdsSearchResult.TooManyMatches} (PDS sends it with HTTP 200). Never throws on
 * content. Thread-safe.
 */
public final class PdsSearchMapper {
    private final PdsPatientMapper patients;

    /** A mapper on the system clock. */
    public PdsSearchMapper() {
        this(new PdsPatientMapper());
    }

    /** A mapper that maps each patient with {@code patients}. */
    public PdsSearchMapper(PdsPatientMapper patients) {
        this.patients = Objects.requireNonNull(patients, "patients");
    }

    /** The result a search response body stands for. */
    public PdsSearchResult map(IBaseResource body, R4MappingContext context) {
        Objects.requireNonNull(context, "context");
        if (body instanceof OperationOutcome outcome) {
            List<SourceIssue> issues = issues(outcome);
            return isTooManyMatches(outcome) ? new PdsSearchResult.TooManyMatches(issues)
                    : new PdsSearchResult.Outcome(issues);
        }
        if (body instanceof Bundle bundle) {
            List<PdsMatch> matches = new ArrayList<>();
            List<SourceIssue> issues = new ArrayList<>();
            for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
                if (entry.getResource() instanceof Patient patient) {
                    Optional<java.math.BigDecimal> score = entry.hasSearch() && entry.getSearch().hasScore()
                            ? Optional.of(entry.getSearch().getScore()) : Optional.empty();
                    matches.add(new PdsMatch(patients.map(patient, null, context), score));
                } else if (entry.getResource() instanceof OperationOutcome outcome) {
                    issues.addAll(issues(outcome));
                } else if (entry.getResource() != null) {
                    issues.add(new SourceIssue("warning", "processing", Optional.empty(),
                            Optional.of("unexpected " + entry.getResource().fhirType() + " in search result: ignored"),
                            Optional.empty()));
                }
            }
            Optional<Integer> total = bundle.hasTotal() ? Optional.of(bundle.getTotal()) : Optional.empty();
            return new PdsSearchResult.Matches(matches, total, issues);
        }
        return new PdsSearchResult.Unexpected(body == null ? "nothing" : body.fhirType());
    }

    /** True when the OperationOutcome says the search matched too many patients. */
    static boolean isTooManyMatches(OperationOutcome outcome) {
        for (OperationOutcome.OperationOutcomeIssueComponent issue : outcome.getIssue()) {
            if ("multiple-matches".equals(R4Types.code(issue.getCodeElement()).orElse(""))) {
                return true;
            }
            for (org.hl7.fhir.r4.model.Coding coding : issue.getDetails().getCoding()) {
                if (coding.hasCode() && ErrorCode.of(coding.getCode()).equals(ErrorCode.TOO_MANY_MATCHES)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** An OperationOutcome's issues, without clinical content. */
    static List<SourceIssue> issues(OperationOutcome outcome) {
        List<SourceIssue> issues = new ArrayList<>();
        for (OperationOutcome.OperationOutcomeIssueComponent issue : outcome.getIssue()) {
            Optional<String> code = issue.getDetails().getCoding().stream().map(c -> R4Types.text(c.getCode()))
                    .flatMap(Optional::stream).findFirst();
            Optional<String> text = R4Types.text(issue.getDetails().getText())
                    .or(() -> issue.getDetails().getCoding().stream().map(c -> R4Types.text(c.getDisplay()))
                            .flatMap(Optional::stream).findFirst());
            issues.add(new SourceIssue(R4Types.code(issue.getSeverityElement()).orElse("unknown"),
                    R4Types.code(issue.getCodeElement()).orElse("unknown"), code, text,
                    R4Types.text(issue.getDiagnostics())));
        }
        return issues;
    }
}
