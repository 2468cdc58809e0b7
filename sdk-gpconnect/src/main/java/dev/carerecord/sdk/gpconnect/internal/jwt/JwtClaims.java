package dev.carerecord.sdk.gpconnect.internal.jwt;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Everything that goes into one GP Connect (1.x, STU3) access token, already chosen: who is asking
 * (practitioner, organisation, device), of whom ({@code audience}: the provider's service root), for what
 * ({@code scope}, {@code reason}) and when.
 */
public record JwtClaims(
        String issuer,
        String audience,
        Instant issuedAt,
        String reasonForRequest,
        String requestedScope,
        String practitionerId,
        String practitionerFamily,
        List<String> practitionerGiven,
        List<String> practitionerPrefix,
        String sdsUserId,
        String sdsRoleProfileId,
        String localUserSystem,
        String localUserId,
        String organisationOds,
        String organisationName,
        String deviceSystem,
        String deviceId,
        String deviceModel,
        String deviceVersion) {

    public JwtClaims {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(reasonForRequest, "reasonForRequest");
        Objects.requireNonNull(requestedScope, "requestedScope");
        Objects.requireNonNull(practitionerId, "practitionerId");
        Objects.requireNonNull(practitionerFamily, "practitionerFamily");
        practitionerGiven = List.copyOf(practitionerGiven);
        practitionerPrefix = practitionerPrefix == null ? List.of() : List.copyOf(practitionerPrefix);
        Objects.requireNonNull(sdsUserId, "sdsUserId");
        Objects.requireNonNull(sdsRoleProfileId, "sdsRoleProfileId");
        Objects.requireNonNull(organisationOds, "organisationOds");
        Objects.requireNonNull(organisationName, "organisationName");
        Objects.requireNonNull(deviceSystem, "deviceSystem");
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(deviceModel, "deviceModel");
        Objects.requireNonNull(deviceVersion, "deviceVersion");
    }
}
