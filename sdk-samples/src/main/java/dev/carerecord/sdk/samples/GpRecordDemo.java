package dev.carerecord.sdk.samples;

import dev.carerecord.sdk.core.PurposeOfUse;
import dev.carerecord.sdk.core.RequesterContext;
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
import dev.carerecord.sdk.gpconnect.StructuredRecordResult;
import dev.carerecord.sdk.sandbox.Sandbox;
import dev.carerecord.sdk.sandbox.SandboxConsumer;
import dev.carerecord.sdk.sandbox.SandboxOrganisations;
import dev.carerecord.sdk.sandbox.SandboxPatients;
import dev.carerecord.sdk.sandbox.SandboxPractice;
import java.io.PrintStream;

/**
 * The README's demo: starts the embedded sandbox, reads the rich synthetic patient's GP record through the real
 * {@link GpConnectClient} over HTTP, and prints it section by section.
 */
public final class GpRecordDemo {
    private GpRecordDemo() {
    }

    /** Runs the demo, printing to standard output. */
    public static void main(String[] args) {
        run(System.out);
    }

    /** Runs the demo, printing to {@code out}; returns the result for tests. */
    public static StructuredRecordResult run(PrintStream out) {
        try (Sandbox sandbox = Sandbox.start()) {
            SandboxPractice practice = SandboxOrganisations.PRACTICE_A;
            SandboxConsumer consumer = SandboxOrganisations.CONSUMER_A;
            out.println("Sandbox running at " + sandbox.urls().base());
            StaticEndpointResolver routing = StaticEndpointResolver.builder()
                    .endpoint(OdsCode.of(practice.ods()), Interaction.GET_STRUCTURED_RECORD.id(),
                            sandbox.urls().gpConnectStructured(practice.ods()), Asid.of(practice.asid()))
                    .build();
            RequesterContext requester = RequesterContext.builder()
                    .sdsUserId(SdsUserId.of("111122223333")).sdsRoleProfileId(SdsRoleProfileId.of("444455556666"))
                    .familyName("Example").givenNames("Ada").namePrefixes("Dr").practitionerId("demo-practitioner")
                    .organisation(OdsCode.of(consumer.ods())).organisationName(consumer.name())
                    .purposeOfUse(PurposeOfUse.DIRECT_CARE).sessionId("demo-session").build();
            try (GpConnectClient client = GpConnectClient.builder()
                    .consumer(new ConsumerSystem(Asid.of(consumer.asid()), "https://demo.carerecord.dev/spine",
                            "https://demo.carerecord.dev/devices", "demo-1", "Care Record SDK demo", "0.1.0"))
                    .routing(routing).build()) {
                StructuredRecordResult result = client.getStructuredRecord(requester,
                        NhsNumber.parse(SandboxPatients.RICH.nhsNumber()), OdsCode.of(practice.ods()),
                        StructuredRecordRequest.everything());
                out.println("GP Connect answered (trace " + result.traceId() + ", " + result.bundleSize()
                        + " bytes)");
                out.println();
                new RecordPrinter(out).print(result.record());
                return result;
            }
        }
    }
}
