package dev.carerecord.sdk.model.entry;

import static dev.carerecord.sdk.core.internal.Values.list;
import static dev.carerecord.sdk.core.internal.Values.opt;

import dev.carerecord.sdk.model.provenance.Provenance;
import dev.carerecord.sdk.model.provenance.Sensitivity;
import dev.carerecord.sdk.model.provenance.Actor;
import dev.carerecord.sdk.model.value.CodedValue;
import dev.carerecord.sdk.model.value.Period;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A care plan (PRSB "Plan of care", "PCSP", IPS 18776-5), either structured (UK Core CarePlan, with activities)
 * or a pointer to a document held elsewhere ({@code documentUrl}).
 */
public record CarePlanEntry(String id, Provenance provenance, Sensitivity sensitivity,
        CarePlanRepresentation representation, List<CodedValue> categories, Optional<String> title,
        Optional<String> description, Optional<String> status, Optional<String> intent, Optional<Period> period,
        Optional<Actor> author, Optional<String> documentUrl, List<CarePlanActivity> activities,
        List<String> notes) implements Entry {

    public CarePlanEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(provenance, "provenance");
        sensitivity = sensitivity == null ? Sensitivity.NORMAL : sensitivity;
        representation = representation == null ? CarePlanRepresentation.STRUCTURED : representation;
        categories = list(categories);
        title = opt(title);
        description = opt(description);
        status = opt(status);
        intent = opt(intent);
        period = opt(period);
        author = opt(author);
        documentUrl = opt(documentUrl);
        activities = list(activities);
        notes = list(notes);
    }
}
