package dev.carerecord.sdk.model;

import static dev.carerecord.sdk.core.internal.Values.list;
import static dev.carerecord.sdk.core.internal.Values.opt;

import dev.carerecord.sdk.model.provenance.Actor;
import dev.carerecord.sdk.model.provenance.Provenance;
import dev.carerecord.sdk.model.value.Address;
import dev.carerecord.sdk.model.value.CodedValue;
import dev.carerecord.sdk.model.value.ContactPoint;
import dev.carerecord.sdk.model.value.Period;
import java.util.List;
import java.util.Optional;

/** The patient's registered GP practice (PRSB "GP practice"): ODS code, name, contact, usual GP, registration. */
public record GpPractice(Optional<String> odsCode, Optional<String> name, List<Address> addresses,
        List<ContactPoint> telecoms, Optional<Actor> usualGp, Optional<CodedValue> registrationType,
        Optional<Period> registrationPeriod, Optional<Provenance> provenance) {

    public GpPractice {
        odsCode = opt(odsCode);
        name = opt(name);
        addresses = list(addresses);
        telecoms = list(telecoms);
        usualGp = opt(usualGp);
        registrationType = opt(registrationType);
        registrationPeriod = opt(registrationPeriod);
        provenance = opt(provenance);
    }
}
