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
 * An advance directive or legal decision (PRSB "Legal information", "End of life care": ADRT, DNACPR, LPA;
 * IPS 42348-3): what kind, the decision, its dates, and where the document is held.
 */
public record AdvanceDirectiveEntry(String id, Provenance provenance, Sensitivity sensitivity,
        List<CodedValue> categories, Optional<CodedValue> scope, Optional<String> status,
        Optional<CodedValue> decision, Optional<PartialDateTime> date, Optional<PartialDateTime> reviewDate,
        Optional<String> documentUrl, List<String> notes) implements Entry {

    public AdvanceDirectiveEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(provenance, "provenance");
        sensitivity = sensitivity == null ? Sensitivity.NORMAL : sensitivity;
        categories = list(categories);
        scope = opt(scope);
        status = opt(status);
        decision = opt(decision);
        date = opt(date);
        reviewDate = opt(reviewDate);
        documentUrl = opt(documentUrl);
        notes = list(notes);
    }
}
