package dev.carerecord.sdk.gpconnect;

import dev.carerecord.sdk.core.ids.Asid;
import java.util.Objects;

/**
 * The consuming system as GP Connect sees it: its ASID ({@code Ssp-From}, unless a requester carries its own
 * organisation's ASID), its Spine endpoint URL (the JWT {@code iss}) and the device it presents
 * ({@code requesting_device}: an identifier in a consumer-defined system, product name and version).
 */
public record ConsumerSystem(Asid asid, String endpointUrl, String deviceSystem, String deviceId,
        String productName, String productVersion) {

    public ConsumerSystem {
        Objects.requireNonNull(asid, "asid");
        requireText(endpointUrl, "endpointUrl");
        requireText(deviceSystem, "deviceSystem");
        requireText(deviceId, "deviceId");
        requireText(productName, "productName");
        requireText(productVersion, "productVersion");
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }
}
