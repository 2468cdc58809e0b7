package dev.carerecord.sdk.fhir.sds;

import dev.carerecord.sdk.core.ids.Asid;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An SDS accredited system ({@code Device}): its ASID ({@code Ssp-To} / {@code Ssp-From}), MHS party key, owning
 * organisation, manufacturer and the interactions it is registered for.
 *
 * @param id the resource id
 * @param asid {@code https://fhir.nhs.uk/Id/nhsSpineASID}, when present and well-formed
 * @param partyKey {@code https://fhir.nhs.uk/Id/nhsMhsPartyKey}, when present
 * @param ownerOdsCode {@code owner.identifier} (ODS)
 * @param manufacturerOdsCode the Extension-SDS-ManufacturingOrganisation ODS code
 * @param interactionIds the Extension-SDS-NhsServiceInteractionId values
 */
public record SdsDevice(String id, Optional<Asid> asid, Optional<String> partyKey, Optional<String> ownerOdsCode,
        Optional<String> manufacturerOdsCode, List<String> interactionIds) {
    public SdsDevice {
        Objects.requireNonNull(id, "id");
        asid = asid == null ? Optional.empty() : asid;
        partyKey = partyKey == null ? Optional.empty() : partyKey;
        ownerOdsCode = ownerOdsCode == null ? Optional.empty() : ownerOdsCode;
        manufacturerOdsCode = manufacturerOdsCode == null ? Optional.empty() : manufacturerOdsCode;
        interactionIds = interactionIds == null ? List.of() : List.copyOf(interactionIds);
    }
}
