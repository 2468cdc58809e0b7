package dev.carerecord.sdk.gpconnect.internal.mapping;

import dev.carerecord.sdk.gpconnect.ClinicalArea;
import dev.carerecord.sdk.model.SectionKind;
import dev.carerecord.sdk.model.SectionWarning;
import dev.carerecord.sdk.model.SourceIssue;
import dev.carerecord.sdk.model.WarningKind;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.dstu3.model.Coding;
import org.hl7.fhir.dstu3.model.OperationOutcome;

/**
 * Reads the OperationOutcome warnings a provider puts inside a 200 Access Record Structured Bundle. Every issue
 * becomes a {@link SourceIssue}. A {@code NOT_IMPLEMENTED} issue names a parameter (in {@code diagnostics}, else
 * in {@code details.text}): "X has been disabled" is a clinical area switched off at the practice
 * ({@link WarningKind#CLINICAL_AREA_DISABLED}), "X is an unrecognised parameter" an older provider
 * ({@link WarningKind#UNRECOGNISED_PARAMETER}). When X is a top-level parameter the whole area is unsupported;
 * when it is a part ({@code includeImmunisations.includeStatus}) the area is only warned about. "DocumentReferences"
 * disabled warns the documents section.
 */
final class OperationOutcomes {
    private static final Pattern PARAMETER = Pattern.compile("(include[A-Za-z]+)(\\.[A-Za-z]+)?");

    /** An area a provider said it does not support. */
    record Unsupported(WarningKind kind, String text) {
    }

    private final Map<ClinicalArea, Unsupported> unsupported = new EnumMap<>(ClinicalArea.class);

    private OperationOutcomes() {
    }

    static OperationOutcomes read(MappingRun run) {
        OperationOutcomes outcomes = new OperationOutcomes();
        for (OperationOutcome outcome : run.index.ofType(OperationOutcome.class)) {
            for (OperationOutcome.OperationOutcomeIssueComponent issue : outcome.getIssue()) {
                outcomes.read(run, issue);
            }
        }
        return outcomes;
    }

    private void read(MappingRun run, OperationOutcome.OperationOutcomeIssueComponent issue) {
        Optional<String> code = issue.hasDetails() ? issue.getDetails().getCoding().stream().map(Coding::getCode)
                .map(Stu3Values::text).flatMap(Optional::stream).map(String::strip).findFirst() : Optional.empty();
        Optional<String> text = issue.hasDetails() ? Stu3Values.text(issue.getDetails().getText()) : Optional.empty();
        Optional<String> diagnostics = Stu3Values.text(issue.getDiagnostics());
        run.sourceIssue(new SourceIssue(Stu3Values.code(issue.getSeverityElement()).orElse("unknown"),
                Stu3Values.code(issue.getCodeElement()).orElse("unknown"), code, text, diagnostics));
        if (code.filter("NOT_IMPLEMENTED"::equalsIgnoreCase).isEmpty()) {
            return;
        }
        String message = text.or(() -> diagnostics).orElse("");
        String lower = message.toLowerCase(Locale.ROOT);
        WarningKind kind = lower.contains("unrecognised") || lower.contains("unrecognized")
                ? WarningKind.UNRECOGNISED_PARAMETER
                : lower.contains("disabled") ? WarningKind.CLINICAL_AREA_DISABLED : WarningKind.OTHER;
        SectionWarning warning = new SectionWarning(kind, Optional.of("NOT_IMPLEMENTED"),
                Optional.of(message.isEmpty() ? "The source did not supply this information" : message));
        Matcher matcher = PARAMETER.matcher(diagnostics.orElse(""));
        if (!matcher.find()) {
            matcher = PARAMETER.matcher(text.orElse(""));
            if (!matcher.find()) {
                if ((diagnostics.orElse("") + " " + message).contains("DocumentReference")) {
                    run.warn(SectionKind.DOCUMENTS, warning);
                }
                return;
            }
        }
        Optional<ClinicalArea> area = ClinicalArea.fromParameterName(matcher.group(1));
        if (area.isEmpty()) {
            return;
        }
        for (SectionKind section : area.get().sectionKinds()) {
            run.warn(section, warning);
        }
        boolean topLevel = matcher.group(2) == null;
        if (topLevel) {
            unsupported.putIfAbsent(area.get(), new Unsupported(kind, message));
        }
    }

    /** The area-level NOT_IMPLEMENTED warning, when the provider gave one for the area's top-level parameter. */
    Optional<Unsupported> unsupported(ClinicalArea area) {
        return Optional.ofNullable(unsupported.get(area));
    }
}
