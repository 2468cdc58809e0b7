package dev.carerecord.sdk.fhir.sds;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An SDS MHS record ({@code Endpoint}): the address (for GP Connect the practice's FHIR service root, to be used
 * verbatim), its status, MHS party key, FQDN, managing organisation and interactions.
 *
 * @param id the resource id
 * @param address {@code Endpoint.address} exactly as SDS gave it; may be blank in a broken record
 * @param status {@code Endpoint.status} (e.g. {@code active}), when given
 * @param partyKey {@code https://fhir.nhs.uk/Id/nhsMhsPartyKey}, when present
 * @param fqdn {@code https://fhir.nhs.uk/Id/nhsMhsFQDN}, when present
 * @param managingOdsCode {@code managingOrganization.identifier} (ODS)
 * @param interactionIds the Extension-SDS-NhsServiceInteractionId values
 */
public record SdsEndpoint(String id, String address, Optional<String> status, Optional<String> partyKey,
        Optional<String> fqdn, Optional<String> managingOdsCode, List<String> interactionIds) {
    public SdsEndpoint {
        Objects.requireNonNull(id, "id");
        address = address == null ? "" : address;
        status = status == null ? Optional.empty() : status;
        partyKey = partyKey == null ? Optional.empty() : partyKey;
        fqdn = fqdn == null ? Optional.empty() : fqdn;
        managingOdsCode = managingOdsCode == null ? Optional.empty() : managingOdsCode;
        interactionIds = interactionIds == null ? List.of() : List.copyOf(interactionIds);
    }

    /** True when the endpoint has an address and is not marked other than active. */
    public boolean isUsable() {
        return !address.isBlank() && status.map("active"::equalsIgnoreCase).orElse(true);
    }
}
