package dev.carerecord.sdk.benchmarks;

import dev.carerecord.sdk.core.PurposeOfUse;
import dev.carerecord.sdk.core.RequesterContext;
import dev.carerecord.sdk.core.http.HttpPipeline;
import dev.carerecord.sdk.core.ids.Asid;
import dev.carerecord.sdk.core.ids.NhsNumber;
import dev.carerecord.sdk.core.ids.OdsCode;
import dev.carerecord.sdk.core.ids.SdsRoleProfileId;
import dev.carerecord.sdk.core.ids.SdsUserId;
import dev.carerecord.sdk.core.routing.StaticEndpointResolver;
import dev.carerecord.sdk.gpconnect.ConsumerSystem;
import dev.carerecord.sdk.gpconnect.GpConnectClient;
import dev.carerecord.sdk.gpconnect.Interaction;
import dev.carerecord.sdk.gpconnect.StructuredRecordRequest;
import dev.carerecord.sdk.sandbox.SandboxOrganisations;

/**
 * The consumer, requester, routing and request every GP Connect benchmark sends to the sandbox: the rich
 * patient's whole record from practice Y90001, asked for by a consumer the sandbox knows.
 */
public final class GpConnectSetup {
    /** The practice that holds the rich patient. */
    public static final OdsCode PRACTICE = OdsCode.of(SandboxOrganisations.PRACTICE_A.ods());
    /** The rich patient. */
    public static final NhsNumber PATIENT = NhsNumber.parse(BenchInputs.RICH_NHS_NUMBER);

    private GpConnectSetup() {
    }

    /** Every clinical area, as a record viewer opening the whole GP record asks. */
    public static StructuredRecordRequest request() {
        return StructuredRecordRequest.everything();
    }

    /** A professional at the sandbox's first consumer organisation, for direct care. */
    public static RequesterContext requester() {
        return RequesterContext.builder().sdsUserId(SdsUserId.of("111122223333"))
                .sdsRoleProfileId(SdsRoleProfileId.of("444455556666")).familyName("Bench").givenNames("Ada")
                .namePrefixes("Dr").practitionerId("prac-bench")
                .organisation(OdsCode.of(SandboxOrganisations.CONSUMER_A.ods()))
                .organisationName(SandboxOrganisations.CONSUMER_A.name()).purposeOfUse(PurposeOfUse.DIRECT_CARE)
                .build();
    }

    /** A client for the sandbox whose structured-record endpoint is {@code structuredUrl}. */
    public static GpConnectClient client(String structuredUrl, HttpPipeline pipeline) {
        ConsumerSystem consumer = new ConsumerSystem(Asid.of(SandboxOrganisations.CONSUMER_A.asid()),
                "https://consumer.example/spine", "https://consumer.example/devices", "bench-1",
                "Care Record SDK benchmarks", "0.1.0");
        StaticEndpointResolver routing = StaticEndpointResolver.builder()
                .endpoint(PRACTICE, Interaction.GET_STRUCTURED_RECORD.id(), structuredUrl,
                        Asid.of(SandboxOrganisations.PRACTICE_A.asid()))
                .build();
        GpConnectClient.Builder builder = GpConnectClient.builder().consumer(consumer).routing(routing);
        if (pipeline != null) {
            builder.pipeline(pipeline);
        }
        return builder.build();
    }
}
