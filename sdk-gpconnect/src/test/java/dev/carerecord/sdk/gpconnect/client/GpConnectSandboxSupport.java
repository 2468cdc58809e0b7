package dev.carerecord.sdk.gpconnect.client;

import dev.carerecord.sdk.core.PurposeOfUse;
import dev.carerecord.sdk.core.RequesterContext;
import dev.carerecord.sdk.core.http.HttpPipeline;
import dev.carerecord.sdk.core.http.RetryOptions;
import dev.carerecord.sdk.core.ids.Asid;
import dev.carerecord.sdk.core.ids.OdsCode;
import dev.carerecord.sdk.core.ids.SdsRoleProfileId;
import dev.carerecord.sdk.core.ids.SdsUserId;
import dev.carerecord.sdk.core.routing.StaticEndpointResolver;
import dev.carerecord.sdk.gpconnect.ConsumerSystem;
import dev.carerecord.sdk.gpconnect.GpConnectClient;
import dev.carerecord.sdk.gpconnect.Interaction;
import dev.carerecord.sdk.sandbox.Sandbox;
import dev.carerecord.sdk.sandbox.SandboxOrganisations;
import dev.carerecord.sdk.sandbox.SandboxPractice;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The consumer, requester and static routing the GP Connect client tests use against the sandbox. */
final class GpConnectSandboxSupport {
    private GpConnectSandboxSupport() {
    }

    static ConsumerSystem consumer() {
        return new ConsumerSystem(Asid.of(SandboxOrganisations.CONSUMER_A.asid()), "https://consumer.example/spine",
                "https://consumer.example/devices", "device-1", "Care Record SDK tests", "0.1.0");
    }

    static RequesterContext requester(String sessionId) {
        return RequesterContext.builder().sdsUserId(SdsUserId.of("111122223333"))
                .sdsRoleProfileId(SdsRoleProfileId.of("444455556666")).familyName("Example").givenNames("Ada")
                .namePrefixes("Dr").localUser("u-42", "https://consumer.example/users").practitionerId("prac-42")
                .organisation(OdsCode.of(SandboxOrganisations.CONSUMER_A.ods()))
                .organisationName(SandboxOrganisations.CONSUMER_A.name()).purposeOfUse(PurposeOfUse.DIRECT_CARE)
                .sessionId(sessionId).build();
    }

    static StaticEndpointResolver staticRouting(Sandbox sandbox) {
        StaticEndpointResolver.Builder routing = StaticEndpointResolver.builder();
        for (SandboxPractice practice : SandboxOrganisations.practices()) {
            routing.endpoint(OdsCode.of(practice.ods()), Interaction.GET_STRUCTURED_RECORD.id(),
                    sandbox.urls().gpConnectStructured(practice.ods()), Asid.of(practice.asid()));
        }
        return routing.build();
    }

    /**
     * A pipeline whose retry waits are recorded instead of slept (200 ms first backoff), and a client over it
     * routed to the sandbox's practices.
     */
    static final class SleeplessClient implements AutoCloseable {
        final List<Duration> sleeps = new ArrayList<>();
        final HttpPipeline pipeline;
        final GpConnectClient client;

        SleeplessClient(Sandbox sandbox, String clientName) {
            pipeline = HttpPipeline.builder().clientName(clientName)
                    .retryOptions(RetryOptions.builder().initialBackoff(Duration.ofMillis(200)).build())
                    .sleeper(sleeps::add).build();
            client = GpConnectClient.builder().consumer(consumer()).routing(staticRouting(sandbox))
                    .pipeline(pipeline).build();
        }

        @Override
        public void close() {
            client.close();
            pipeline.close();
        }
    }
}
