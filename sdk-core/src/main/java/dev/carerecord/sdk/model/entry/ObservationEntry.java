package dev.carerecord.sdk.model.entry;

import static dev.carerecord.sdk.core.internal.Values.list;
import static dev.carerecord.sdk.core.internal.Values.opt;

import dev.carerecord.sdk.model.provenance.Provenance;
import dev.carerecord.sdk.model.provenance.Sensitivity;
import dev.carerecord.sdk.model.value.CodedValue;
import dev.carerecord.sdk.model.value.ObservationValue;
import dev.carerecord.sdk.model.value.PartialDateTime;
import dev.carerecord.sdk.model.value.ReferenceRange;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An observation in one of its roles ({@link #kind()}): a report, a test group, a result, a filing comment, a
 * vital sign, or another observation. Grouping is by id: a report or test group lists its members in
 * {@code memberEntryIds}, and a member names its report in {@code reportEntryId}. Used by the results,
 * vital signs and observations sections (PRSB "Investigation results", IPS 30954-2 and 8716-3).
 */
public record ObservationEntry(String id, Provenance provenance, Sensitivity sensitivity, ObservationKind kind,
        CodedValue code, List<CodedValue> categories, Optional<String> status, Optional<PartialDateTime> effective,
        Optional<PartialDateTime> issued, Optional<ObservationValue> value, Optional<CodedValue> dataAbsentReason,
        List<CodedValue> interpretations, List<ReferenceRange> referenceRanges,
        List<ObservationComponent> components, List<Specimen> specimens, Optional<CodedValue> bodySite,
        Optional<String> conclusion, Optional<String> reportEntryId, List<String> memberEntryIds,
        List<String> notes) implements Entry {

    public ObservationEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(provenance, "provenance");
        sensitivity = sensitivity == null ? Sensitivity.NORMAL : sensitivity;
        Objects.requireNonNull(kind, "kind");
        code = code == null ? CodedValue.EMPTY : code;
        categories = list(categories);
        status = opt(status);
        effective = opt(effective);
        issued = opt(issued);
        value = opt(value);
        dataAbsentReason = opt(dataAbsentReason);
        interpretations = list(interpretations);
        referenceRanges = list(referenceRanges);
        components = list(components);
        specimens = list(specimens);
        bodySite = opt(bodySite);
        conclusion = opt(conclusion);
        reportEntryId = opt(reportEntryId);
        memberEntryIds = list(memberEntryIds);
        notes = list(notes);
    }
}
