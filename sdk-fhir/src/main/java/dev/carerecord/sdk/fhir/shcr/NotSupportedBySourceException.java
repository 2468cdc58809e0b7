package dev.carerecord.sdk.fhir.shcr;

import dev.carerecord.sdk.core.exception.SdkClientException;

/**
 * The server's CapabilityStatement says it does not offer what was asked (e.g. {@code Patient/$summary}, or
 * searching Patients by identifier), so nothing was sent.
 */
public class NotSupportedBySourceException extends SdkClientException {
    private static final long serialVersionUID = 1L;

    public NotSupportedBySourceException(String message) {
        super(message, null, 0, null);
    }
}
