package dev.carerecord.sdk.fhir.pds;

import dev.carerecord.sdk.core.ids.NhsNumber;
import dev.carerecord.sdk.model.GpPractice;
import dev.carerecord.sdk.model.PatientDemographics;
import dev.carerecord.sdk.model.value.CodedValue;
import dev.carerecord.sdk.model.value.PartialDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A patient as PDS returned them: the standard demographics plus what only PDS says.
 *
 * @param id the PDS resource id (the NHS number PDS answered with)
 * @param demographics the standard demographics (confidentiality, {@code sourceVersionId} = {@code meta.versionId})
 * @param restricted true for {@code meta.security} R or V: address, telecom, GP and contacts were removed by PDS,
 *     so the absence of a GP says nothing and the record must not be used to route GP Connect
 * @param superseded true when PDS answered a read with a record whose id differs from the NHS number asked for
 * @param newNhsNumber the NHS number of the record PDS answered with, when superseded (and valid)
 * @param currentGpOdsCode the ODS code of the current GP practice (a {@code generalPractitioner} whose
 *     {@code identifier.period} has no end or ends today or later); historic practices are ignored
 * @param gpRegistrations every GP practice the record names, current or not, in PDS order
 * @param deathNotificationStatus UKCore-DeathNotificationStatus, when present
 * @param deathNotificationDate that extension's {@code systemEffectiveDate}, when present
 */
public record PdsPatient(String id, PatientDemographics demographics, boolean restricted, boolean superseded,
        Optional<NhsNumber> newNhsNumber, Optional<String> currentGpOdsCode, List<GpRegistration> gpRegistrations,
        Optional<CodedValue> deathNotificationStatus, Optional<PartialDateTime> deathNotificationDate) {

    public PdsPatient {
        Objects.requireNonNull(demographics, "demographics");
        newNhsNumber = newNhsNumber == null ? Optional.empty() : newNhsNumber;
        currentGpOdsCode = currentGpOdsCode == null ? Optional.empty() : currentGpOdsCode;
        gpRegistrations = gpRegistrations == null ? List.of() : List.copyOf(gpRegistrations);
        deathNotificationStatus = deathNotificationStatus == null ? Optional.empty() : deathNotificationStatus;
        deathNotificationDate = deathNotificationDate == null ? Optional.empty() : deathNotificationDate;
    }

    /** The current GP practice as the model's {@link GpPractice} (ODS code and registration period). */
    public Optional<GpPractice> currentGpPractice() {
        return gpRegistrations.stream().filter(GpRegistration::current).findFirst()
                .map(r -> new GpPractice(Optional.of(r.odsCode()), null, null, null, null, null, r.period(),
                        demographics.provenance()));
    }
}
