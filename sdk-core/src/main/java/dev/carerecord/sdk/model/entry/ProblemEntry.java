package dev.carerecord.sdk.model.entry;

import static dev.carerecord.sdk.core.internal.Values.list;
import static dev.carerecord.sdk.core.internal.Values.opt;

import dev.carerecord.sdk.model.provenance.Provenance;
import dev.carerecord.sdk.model.provenance.Sensitivity;
import dev.carerecord.sdk.model.value.CodedValue;
import dev.carerecord.sdk.model.value.PartialDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A problem or diagnosis (PRSB "Problem list", IPS 11450-4 and past problems 11348-0). GP Connect problem
 * headers keep their significance (major/minor), the item they were raised from ({@code actualProblemEntryId}),
 * linked items and encounters ({@code relatedEntryIds}) and links to other problems.
 */
public record ProblemEntry(String id, Provenance provenance, Sensitivity sensitivity, CodedValue code,
        ClinicalStatus clinicalStatus, Optional<String> verificationStatus, List<CodedValue> categories,
        Optional<String> significance, Optional<CodedValue> episodicity, Optional<PartialDateTime> onset,
        Optional<PartialDateTime> abatement, Optional<CodedValue> severity, List<CodedValue> bodySites,
        Optional<String> actualProblemEntryId, List<String> relatedEntryIds, List<ProblemLink> relatedProblems,
        List<String> notes) implements Entry {

    public ProblemEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(provenance, "provenance");
        sensitivity = sensitivity == null ? Sensitivity.NORMAL : sensitivity;
        code = code == null ? CodedValue.EMPTY : code;
        clinicalStatus = clinicalStatus == null ? ClinicalStatus.UNKNOWN : clinicalStatus;
        verificationStatus = opt(verificationStatus);
        categories = list(categories);
        significance = opt(significance);
        episodicity = opt(episodicity);
        onset = opt(onset);
        abatement = opt(abatement);
        severity = opt(severity);
        bodySites = list(bodySites);
        actualProblemEntryId = opt(actualProblemEntryId);
        relatedEntryIds = list(relatedEntryIds);
        relatedProblems = list(relatedProblems);
        notes = list(notes);
    }
}
