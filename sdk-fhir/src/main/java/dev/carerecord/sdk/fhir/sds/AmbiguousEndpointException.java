package dev.carerecord.sdk.fhir.sds;

import dev.carerecord.sdk.core.exception.SdkClientException;
import java.util.List;

/**
 * SDS answered, but with more than one endpoint (or ASID) for the organisation and interaction, and nothing
 * chose between them: the SDK never picks the first. Resolve again naming the MHS party key (one of
 * {@link #candidatePartyKeys()}). Carries ODS code, interaction and party keys, which are not patient data.
 */
public class AmbiguousEndpointException extends SdkClientException {
    private static final long serialVersionUID = 1L;

    private final String odsCode;
    private final String interactionId;
    private final transient List<String> candidatePartyKeys;

    public AmbiguousEndpointException(String odsCode, String interactionId, List<String> candidatePartyKeys,
            String what) {
        super(what + " for " + odsCode + " and " + interactionId + "; name one of the party keys "
                + candidatePartyKeys + " to choose", null, 0, null);
        this.odsCode = odsCode;
        this.interactionId = interactionId;
        this.candidatePartyKeys = List.copyOf(candidatePartyKeys);
    }

    /** The organisation. */
    public String odsCode() {
        return odsCode;
    }

    /** The interaction. */
    public String interactionId() {
        return interactionId;
    }

    /** The MHS party keys of the candidates (those that have one). */
    public List<String> candidatePartyKeys() {
        return candidatePartyKeys;
    }
}
