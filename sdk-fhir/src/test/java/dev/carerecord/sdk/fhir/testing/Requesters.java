package dev.carerecord.sdk.fhir.testing;

import dev.carerecord.sdk.core.RequesterContext;
import dev.carerecord.sdk.core.ids.OdsCode;
import dev.carerecord.sdk.core.ids.SdsRoleProfileId;
import dev.carerecord.sdk.core.ids.SdsUserId;

/** Requesters of the sandbox's consumer organisations. */
public final class Requesters {
    private Requesters() {
    }

    /** A practitioner of the consumer Y80001 in session {@code session}. */
    public static RequesterContext westshire(String session) {
        return RequesterContext.builder()
                .sdsUserId(SdsUserId.of("111122223333"))
                .sdsRoleProfileId(SdsRoleProfileId.of("444455556666"))
                .familyName("Okafor").givenNames("Ngozi").namePrefixes("Ms")
                .organisation(OdsCode.of("Y80001"))
                .organisationName("Westshire Social Care")
                .sessionId(session)
                .build();
    }

    /** A practitioner of Y80001 with no session id. */
    public static RequesterContext westshire() {
        return westshire(null);
    }

    /** A practitioner of the consumer Y80002. */
    public static RequesterContext millbridge() {
        return RequesterContext.builder()
                .sdsUserId(SdsUserId.of("777788889999"))
                .organisation(OdsCode.of("Y80002"))
                .build();
    }
}
