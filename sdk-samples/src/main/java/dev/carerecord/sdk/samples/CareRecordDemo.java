package dev.carerecord.sdk.samples;

import dev.carerecord.sdk.core.PurposeOfUse;
import dev.carerecord.sdk.core.RequesterContext;
import dev.carerecord.sdk.core.ids.Asid;
import dev.carerecord.sdk.core.ids.NhsNumber;
import dev.carerecord.sdk.core.ids.OdsCode;
import dev.carerecord.sdk.core.ids.SdsRoleProfileId;
import dev.carerecord.sdk.core.ids.SdsUserId;
import dev.carerecord.sdk.core.routing.ResolvedEndpoint;
import dev.carerecord.sdk.fhir.auth.ApiKeyProvider;
import dev.carerecord.sdk.fhir.auth.ClientCredentialsTokenProvider;
import dev.carerecord.sdk.fhir.pds.PdsClient;
import dev.carerecord.sdk.fhir.pds.PdsTrace;
import dev.carerecord.sdk.fhir.sds.SdsClient;
import dev.carerecord.sdk.fhir.shcr.SharedCareRecordClient;
import dev.carerecord.sdk.fhir.shcr.ShcrRecordRequest;
import dev.carerecord.sdk.gpconnect.ConsumerSystem;
import dev.carerecord.sdk.gpconnect.GpConnectClient;
import dev.carerecord.sdk.gpconnect.Interaction;
import dev.carerecord.sdk.gpconnect.StructuredRecordRequest;
import dev.carerecord.sdk.gpconnect.StructuredRecordResult;
import dev.carerecord.sdk.model.CareRecord;
import dev.carerecord.sdk.model.Section;
import dev.carerecord.sdk.model.SectionKind;
import dev.carerecord.sdk.model.entry.Entry;
import dev.carerecord.sdk.model.merge.CareRecordMerger;
import dev.carerecord.sdk.model.merge.MergeResult;
import dev.carerecord.sdk.sandbox.Sandbox;
import dev.carerecord.sdk.sandbox.SandboxConsumer;
import dev.carerecord.sdk.sandbox.SandboxOrganisations;
import dev.carerecord.sdk.sandbox.SandboxPatients;
import java.io.PrintStream;
import java.util.List;

/**
 * The README's demo, on the embedded sandbox and through the real clients over HTTP: trace the rich synthetic
 * patient on PDS, route to their registered practice with SDS, read the GP record with GP Connect and print it
 * section by section; then read the regional shared care record and merge the two, printing what the shared
 * record adds and how many items both sources held.
 */
public final class CareRecordDemo {
    private CareRecordDemo() {
    }

    /** Runs the demo, printing to standard output. */
    public static void main(String[] args) {
        run(System.out);
    }

    /** What the demo produced, for its test. */
    public record Outcome(PdsTrace trace, StructuredRecordResult gpRecord, CareRecord sharedRecord,
            MergeResult merged) {
    }

    /** Runs the demo, printing to {@code out}. */
    public static Outcome run(PrintStream out) {
        try (Sandbox sandbox = Sandbox.start()) {
            out.println("Sandbox running at " + sandbox.urls().base());
            SandboxConsumer consumer = SandboxOrganisations.CONSUMER_A;
            RequesterContext requester = RequesterContext.builder()
                    .sdsUserId(SdsUserId.of("111122223333")).sdsRoleProfileId(SdsRoleProfileId.of("444455556666"))
                    .familyName("Example").givenNames("Ada").namePrefixes("Dr").practitionerId("demo-practitioner")
                    .organisation(OdsCode.of(consumer.ods())).organisationName(consumer.name())
                    .purposeOfUse(PurposeOfUse.DIRECT_CARE).sessionId("demo-session").build();
            NhsNumber nhsNumber = NhsNumber.parse(SandboxPatients.RICH.nhsNumber());

            try (PdsClient pds = PdsClient.builder().baseUrl(sandbox.urls().pds()).build();
                    SdsClient sds = SdsClient.builder().baseUrl(sandbox.urls().sds())
                            .apiKey(ApiKeyProvider.of("demo-api-key")).build();
                    GpConnectClient gpConnect = GpConnectClient.builder()
                            .consumer(new ConsumerSystem(Asid.of(consumer.asid()), "https://demo.carerecord.dev/spine",
                                    "https://demo.carerecord.dev/devices", "demo-1", "Care Record SDK demo", "0.1.0"))
                            .routing(sds).build();
                    ClientCredentialsTokenProvider tokens = ClientCredentialsTokenProvider.builder()
                            .tokenUrl(sandbox.urls().oauthToken()).clientId("sandbox-demo-client")
                            .clientSecret("sandbox-demo-secret").build();
                    SharedCareRecordClient sharedCareRecord = SharedCareRecordClient.builder()
                            .baseUrl(sandbox.urls().shcr()).systemName(SandboxOrganisations.SHARED_CARE_RECORD_NAME)
                            .organisationOdsCode(OdsCode.of(SandboxOrganisations.SHARED_CARE_RECORD_ODS))
                            .accessTokenProvider(tokens).build()) {

                PdsTrace trace = pds.read(requester, nhsNumber);
                OdsCode practice = trace.currentGpOdsCode().orElseThrow();
                out.println("PDS:         traced " + nhsNumber.formatted() + ", registered at " + practice.value()
                        + (trace.isRestricted() ? " (restricted)" : ""));
                ResolvedEndpoint endpoint = sds.resolve(practice, Interaction.GET_STRUCTURED_RECORD.id(), requester);
                out.println("SDS:         " + practice.value() + " structured record at " + endpoint.address()
                        + ", ASID " + endpoint.asid().value());

                StructuredRecordResult gpRecord = gpConnect.getStructuredRecord(requester, nhsNumber, practice,
                        StructuredRecordRequest.everything());
                out.println("GP Connect:  answered (trace " + gpRecord.traceId() + ", " + gpRecord.bundleSize()
                        + " bytes); demographic check "
                        + (gpRecord.crossCheck(trace.demographics(), practice.value()).matches() ? "matches PDS"
                        : "DIFFERS from PDS: show the user"));
                out.println();
                new RecordPrinter(out).print(gpRecord.record());

                CareRecord shared = sharedCareRecord.getRecord(requester, nhsNumber, ShcrRecordRequest.defaults());
                MergeResult merged = CareRecordMerger.standard().mergeWithDetails(List.of(gpRecord.record(), shared));
                out.println();
                out.println("== Shared care record (" + SandboxOrganisations.SHARED_CARE_RECORD_NAME + ")");
                out.println("   " + merged.mergedCount() + " items were held by both the GP and the shared care record"
                        + " and were merged (both provenances kept)");
                for (SectionKind kind : List.of(SectionKind.CARE_PLANS, SectionKind.ALERTS,
                        SectionKind.ADVANCE_DIRECTIVES, SectionKind.CONTACTS, SectionKind.PROCEDURES)) {
                    Section<? extends Entry> section = merged.record().section(kind);
                    out.println("   " + kind.title() + ": " + section.entries().size() + " ("
                            + section.status() + ")");
                }
                return new Outcome(trace, gpRecord, shared, merged);
            }
        }
    }
}
