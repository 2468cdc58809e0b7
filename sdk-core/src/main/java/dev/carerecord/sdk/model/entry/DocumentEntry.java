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
 * Metadata of a document held elsewhere (PRSB "Documents"): what it is, who wrote it and holds it, and how to
 * fetch it ({@code url}, {@code contentType}, {@code sizeBytes}; {@code retrievalMechanism} such as SSP for
 * GP Connect and NRL pointers). The content itself is never part of the record.
 */
public record DocumentEntry(String id, Provenance provenance, Sensitivity sensitivity, Optional<CodedValue> type,
        List<CodedValue> categories, Optional<String> title, Optional<String> description,
        Optional<PartialDateTime> date, Optional<String> status, List<String> authors,
        Optional<String> custodianOdsCode, Optional<String> contentType, Optional<String> url,
        Optional<Long> sizeBytes, Optional<String> retrievalMechanism, List<String> notes) implements Entry {

    public DocumentEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(provenance, "provenance");
        sensitivity = sensitivity == null ? Sensitivity.NORMAL : sensitivity;
        type = opt(type);
        categories = list(categories);
        title = opt(title);
        description = opt(description);
        date = opt(date);
        status = opt(status);
        authors = list(authors);
        custodianOdsCode = opt(custodianOdsCode);
        contentType = opt(contentType);
        url = opt(url);
        sizeBytes = opt(sizeBytes);
        retrievalMechanism = opt(retrievalMechanism);
        notes = list(notes);
    }
}
