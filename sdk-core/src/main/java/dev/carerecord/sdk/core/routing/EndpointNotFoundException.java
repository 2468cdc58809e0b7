package dev.carerecord.sdk.core.routing;

import dev.carerecord.sdk.core.exception.SdkClientException;

/**
 * No endpoint serves the organisation for the interaction (no SDS entry, or none configured), so nothing was
 * sent to a provider. Carries the ODS code and interaction, which are not patient data.
 */
public class EndpointNotFoundException extends SdkClientException {
    private static final long serialVersionUID = 1L;

    private final String odsCode;
    private final String interactionId;

    public EndpointNotFoundException(String odsCode, String interactionId, String why) {
        super("No endpoint for " + odsCode + " and " + interactionId + ": " + why, null, 0, null);
        this.odsCode = odsCode;
        this.interactionId = interactionId;
    }

    /** The organisation that could not be routed. */
    public String odsCode() {
        return odsCode;
    }

    /** The interaction that could not be routed. */
    public String interactionId() {
        return interactionId;
    }
}
