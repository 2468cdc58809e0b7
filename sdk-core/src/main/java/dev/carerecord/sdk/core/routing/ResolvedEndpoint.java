package dev.carerecord.sdk.core.routing;

import dev.carerecord.sdk.core.ids.Asid;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an interaction for an organisation is served: the endpoint address exactly as the directory gives it
 * (GP Connect: the practice's service root, to be used verbatim), the provider's ASID ({@code Ssp-To}) and the
 * MHS party key where known.
 */
public record ResolvedEndpoint(String address, Asid asid, Optional<String> partyKey) {
    public ResolvedEndpoint {
        Objects.requireNonNull(address, "address");
        if (address.isBlank()) {
            throw new IllegalArgumentException("endpoint address is blank");
        }
        Objects.requireNonNull(asid, "asid");
        partyKey = partyKey == null ? Optional.empty() : partyKey;
    }

    /** An endpoint with no party key. */
    public static ResolvedEndpoint of(String address, Asid asid) {
        return new ResolvedEndpoint(address, asid, Optional.empty());
    }
}
