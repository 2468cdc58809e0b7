package dev.carerecord.sdk.model.entry;

import static dev.carerecord.sdk.core.internal.Values.list;
import static dev.carerecord.sdk.core.internal.Values.opt;

import dev.carerecord.sdk.model.provenance.Provenance;
import dev.carerecord.sdk.model.provenance.Sensitivity;
import dev.carerecord.sdk.model.value.Address;
import dev.carerecord.sdk.model.value.CodedValue;
import dev.carerecord.sdk.model.value.ContactPoint;
import dev.carerecord.sdk.model.value.HumanName;
import dev.carerecord.sdk.model.value.Period;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A personal contact (next of kin, carer, lasting power of attorney) or a professional contact (PRSB
 * "Personal contacts", "Professional contacts").
 */
public record ContactEntry(String id, Provenance provenance, Sensitivity sensitivity, ContactKind kind,
        List<CodedValue> relationships, Optional<HumanName> name, Optional<String> organisationName,
        Optional<CodedValue> role, List<ContactPoint> telecoms, List<Address> addresses, Optional<Integer> rank,
        Optional<Boolean> copyCorrespondence, Optional<Boolean> legalAuthority, Optional<Period> period,
        List<String> notes) implements Entry {

    public ContactEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(provenance, "provenance");
        sensitivity = sensitivity == null ? Sensitivity.NORMAL : sensitivity;
        kind = kind == null ? ContactKind.PERSONAL : kind;
        relationships = list(relationships);
        name = opt(name);
        organisationName = opt(organisationName);
        role = opt(role);
        telecoms = list(telecoms);
        addresses = list(addresses);
        rank = opt(rank);
        copyCorrespondence = opt(copyCorrespondence);
        legalAuthority = opt(legalAuthority);
        period = opt(period);
        notes = list(notes);
    }
}
