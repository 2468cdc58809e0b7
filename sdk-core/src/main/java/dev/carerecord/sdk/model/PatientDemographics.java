package dev.carerecord.sdk.model;

import static dev.carerecord.sdk.core.internal.Values.list;
import static dev.carerecord.sdk.core.internal.Values.opt;

import dev.carerecord.sdk.core.ids.NhsNumber;
import dev.carerecord.sdk.model.provenance.Confidentiality;
import dev.carerecord.sdk.model.provenance.Provenance;
import dev.carerecord.sdk.model.value.Address;
import dev.carerecord.sdk.model.value.CodedValue;
import dev.carerecord.sdk.model.value.Coding;
import dev.carerecord.sdk.model.value.ContactPoint;
import dev.carerecord.sdk.model.value.HumanName;
import dev.carerecord.sdk.model.value.Identifier;
import dev.carerecord.sdk.model.value.PartialDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import jakarta.json.bind.annotation.JsonbTransient;

/**
 * Who the patient is (PRSB "Person demographics"): NHS number and its verification status, every identifier,
 * names, gender, birth date, death, addresses, contact details, language, ethnicity, and confidentiality.
 * A restricted patient ({@link Confidentiality#RESTRICTED}) has no address, telecom or GP by design.
 */
public record PatientDemographics(Optional<NhsNumber> nhsNumber, Optional<Coding> nhsNumberVerification,
        List<Identifier> identifiers, List<HumanName> names, Optional<Gender> gender,
        Optional<PartialDateTime> birthDate, boolean deceased, Optional<PartialDateTime> deceasedAt,
        List<Address> addresses, List<ContactPoint> telecoms, List<CodedValue> languages,
        Optional<Boolean> interpreterRequired, Optional<CodedValue> ethnicCategory, Confidentiality confidentiality,
        Optional<String> sourceVersionId, Optional<Provenance> provenance) {

    public PatientDemographics {
        nhsNumber = opt(nhsNumber);
        nhsNumberVerification = opt(nhsNumberVerification);
        identifiers = list(identifiers);
        names = list(names);
        gender = opt(gender);
        birthDate = opt(birthDate);
        deceasedAt = opt(deceasedAt);
        deceased = deceased || deceasedAt.isPresent();
        addresses = list(addresses);
        telecoms = list(telecoms);
        languages = list(languages);
        interpreterRequired = opt(interpreterRequired);
        ethnicCategory = opt(ethnicCategory);
        confidentiality = confidentiality == null ? Confidentiality.NORMAL : confidentiality;
        sourceVersionId = opt(sourceVersionId);
        provenance = opt(provenance);
    }

    /** A patient known only by NHS number (the starting point before demographics arrive). */
    public static PatientDemographics of(NhsNumber nhsNumber) {
        Objects.requireNonNull(nhsNumber, "nhsNumber");
        return new PatientDemographics(Optional.of(nhsNumber), null, null, null, null, null, false, null, null,
                null, null, null, null, null, null, null);
    }

    /** The official name, else the first name recorded. */
    public Optional<HumanName> officialName() {
        return names.stream().filter(n -> n.use().filter("official"::equals).isPresent()).findFirst()
                .or(() -> names.stream().findFirst());
    }

    /** True when the patient's record is restricted (PDS {@code R}) or very restricted. */
    @JsonbTransient
    public boolean isRestricted() {
        return confidentiality != Confidentiality.NORMAL;
    }
}
