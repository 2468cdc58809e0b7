package dev.carerecord.sdk.gpconnect;

import dev.carerecord.sdk.core.PurposeOfUse;
import dev.carerecord.sdk.core.RequesterContext;
import dev.carerecord.sdk.core.exception.InvalidInputException;
import dev.carerecord.sdk.core.http.CorrelationPolicy;
import dev.carerecord.sdk.core.http.HttpMethod;
import dev.carerecord.sdk.core.http.HttpPipeline;
import dev.carerecord.sdk.core.http.HttpResponse;
import dev.carerecord.sdk.core.http.PipelineRequest;
import dev.carerecord.sdk.core.http.ResponseHandler;
import dev.carerecord.sdk.core.ids.NhsNumber;
import dev.carerecord.sdk.core.ids.OdsCode;
import dev.carerecord.sdk.core.routing.EndpointResolver;
import dev.carerecord.sdk.core.routing.ResolvedEndpoint;
import dev.carerecord.sdk.core.cache.CachePolicy;
import dev.carerecord.sdk.gpconnect.internal.client.GpConnectErrorDecoder;
import dev.carerecord.sdk.gpconnect.internal.client.PatientIdentity;
import dev.carerecord.sdk.gpconnect.internal.client.SspRequests;
import dev.carerecord.sdk.gpconnect.internal.fhir.Stu3Fhir;
import dev.carerecord.sdk.gpconnect.internal.jwt.JwtClaims;
import dev.carerecord.sdk.gpconnect.internal.jwt.UnsignedJwt;
import dev.carerecord.sdk.gpconnect.internal.mapping.MappingContext;
import dev.carerecord.sdk.gpconnect.internal.mapping.StructuredRecordMapper;
import dev.carerecord.sdk.gpconnect.internal.mapping.StructuredRecordMapping;
import dev.carerecord.sdk.gpconnect.internal.request.ParametersWriter;
import dev.carerecord.sdk.model.OutcomeStatus;
import dev.carerecord.sdk.model.provenance.SourceKind;
import dev.carerecord.sdk.model.provenance.SourceRef;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hl7.fhir.dstu3.model.Bundle;

/**
 * A GP Connect consumer (1.x, FHIR STU3): Access Record Structured into the standard {@code CareRecord}.
 *
 * <p>Built once with {@link #builder()} and shared: it is immutable and thread-safe. Each call validates its
 * input before anything is sent, routes to the practice (static configuration or SDS, through an
 * {@link EndpointResolver}), and sends through the sdk-core pipeline with a fresh unsigned JWT and a fresh
 * {@code Ssp-TraceID} for every attempt (retries included), {@code Ssp-From}, {@code Ssp-To},
 * {@code Ssp-InteractionID} and FHIR JSON media types. The returned Bundle must be for the patient asked for
 * (its Patient carries the requested NHS number), else {@link PatientMismatchException}. Other errors arrive as
 * the sdk-core exception types.
 *
 * <pre>{@code
 * GpConnectClient client = GpConnectClient.builder()
 *         .consumer(new ConsumerSystem(Asid.of("800000000201"), "https://consumer.example/", ...))
 *         .routing(sdsClient)                               // or a StaticEndpointResolver
 *         .spineSecureProxy("https://proxy.spine.example")  // omit to call providers directly
 *         .build();
 * StructuredRecordResult result = client.getStructuredRecord(requester, nhsNumber, OdsCode.of("A20047"),
 *         StructuredRecordRequest.predefinedSearch1(LocalDate.now(ZoneId.of("Europe/London"))));
 * }</pre>
 */
public final class GpConnectClient implements AutoCloseable {
    private static final String FHIR_JSON = "application/fhir+json;charset=utf-8";
    private static final String STRUCTURED_PATH = "Patient/$gpc.getstructuredrecord";
    /** The spec's date rules ("today", "not in the future") are in UK time. */
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final ConsumerSystem consumer;
    private final EndpointResolver routing;
    private final String proxyBaseUrl;
    private final HttpPipeline pipeline;
    private final boolean ownsPipeline;
    private final String scopeSuffix;
    private final Clock clock;
    private final StructuredRecordMapper mapper;

    private GpConnectClient(Builder b) {
        this.consumer = Objects.requireNonNull(b.consumer, "consumer");
        this.routing = Objects.requireNonNull(b.routing, "routing");
        this.proxyBaseUrl = b.proxyBaseUrl;
        this.clock = b.clock;
        this.ownsPipeline = b.pipeline == null;
        this.pipeline = b.pipeline != null ? b.pipeline
                : HttpPipeline.builder().clientName("gpconnect").clock(b.clock).build();
        this.scopeSuffix = b.scopeSuffix;
        this.mapper = new StructuredRecordMapper(b.clock);
    }

    /** A builder; consumer and routing are required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Retrieves the patient's structured record from their registered practice.
     *
     * @param requester who is asking and why (feeds the JWT, {@code Ssp-From}, the audit and the cache key)
     * @param nhsNumber the patient, as traced on PDS
     * @param practice the patient's registered practice from the latest PDS trace
     * @param request the clinical areas and their filters
     * @throws InvalidInputException before sending, for a forbidden combination, a date rule, a requester
     *     missing what the JWT needs (family and given name, organisation name), or a purpose of use other than
     *     direct care
     * @throws dev.carerecord.sdk.core.exception.PatientNotFoundException when the practice will not share a
     *     record for this patient (not available from this practice)
     * @throws dev.carerecord.sdk.core.exception.AccessDeniedException for dissent, GP Connect disabled, or a
     *     proxy refusal
     * @throws PatientMismatchException when the practice answered with a record that is not confirmed as this
     *     patient's (another NHS number, none, or no Patient): it is discarded, never returned
     * @throws dev.carerecord.sdk.core.exception.SdkClientException when no usable response was had
     */
    public StructuredRecordResult getStructuredRecord(RequesterContext requester, NhsNumber nhsNumber,
            OdsCode practice, StructuredRecordRequest request) {
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(nhsNumber, "nhsNumber");
        Objects.requireNonNull(practice, "practice");
        Objects.requireNonNull(request, "request");
        request.validate(LocalDate.now(clock.withZone(UK)));
        checkRequester(requester);
        checkPurpose(requester);
        Interaction interaction = Interaction.GET_STRUCTURED_RECORD;
        ResolvedEndpoint endpoint = routing.resolve(practice, interaction.id(), requester);
        String source = "GP Connect " + practice.value();
        PipelineRequest call = PipelineRequest.builder(HttpMethod.POST,
                        SspRequests.url(proxyBaseUrl, endpoint.address(), STRUCTURED_PATH))
                .header("Accept", FHIR_JSON)
                .header("Content-Type", FHIR_JSON)
                .header("Ssp-From", requester.consumerAsid().orElse(consumer.asid()).value())
                .header("Ssp-To", endpoint.asid().value())
                .header("Ssp-InteractionID", interaction.id())
                .body(ParametersWriter.write(nhsNumber, request))
                .idempotent(true)
                .endpointKey("gpconnect:" + practice.value() + ":" + interaction.serviceRoot())
                .operation("gpconnect.getstructuredrecord")
                .source(source)
                .requester(requester)
                .patient(nhsNumber)
                .correlation(CorrelationPolicy.freshPerAttempt("Ssp-TraceID"))
                .attemptHeaders((attempt, traceId) -> Map.of("Authorization",
                        "Bearer " + UnsignedJwt.write(claims(requester, endpoint, interaction))))
                .cachePolicy(CachePolicy.clinicalData().noStoreOverridable())
                .errorDecoder(GpConnectErrorDecoder.INSTANCE)
                .build();
        ResponseHandler<StructuredRecordResult> handler = response -> map(response, endpoint, practice, nhsNumber,
                request, source);
        return pipeline.execute(call, ResponseHandler.withPartial(handler,
                result -> result.record().sources().stream().anyMatch(s -> s.status() != OutcomeStatus.SUCCESS)));
    }

    private StructuredRecordResult map(HttpResponse response, ResolvedEndpoint endpoint, OdsCode practice,
            NhsNumber nhsNumber, StructuredRecordRequest request, String sourceName) {
        Bundle bundle = Stu3Fhir.parseBundle(new InputStreamReader(response.bodyStream(), StandardCharsets.UTF_8));
        // before anything is mapped: a record for another patient must never reach the caller
        PatientIdentity.confirm(bundle, nhsNumber, sourceName, response.attempts(), response.correlationId());
        SourceRef source = new SourceRef(SourceKind.GP_CONNECT_STU3, Stu3Fhir.FHIR_VERSION, "GP Connect",
                Optional.of(endpoint.address()), Optional.of(practice.value()), clock.instant(),
                Optional.of(response.correlationId()));
        StructuredRecordMapping mapping = mapper.map(bundle, MappingContext.of(source, request.areas()));
        return new StructuredRecordResult(mapping.record(), mapping.sourceIssues(), mapping.recordIssues(),
                practice.value(), response.correlationId(), response.body());
    }

    private JwtClaims claims(RequesterContext requester, ResolvedEndpoint endpoint, Interaction interaction) {
        String practitionerId = requester.practitionerId().orElse(requester.sdsUserId().value());
        return new JwtClaims(consumer.endpointUrl(), endpoint.address(), clock.instant(),
                requester.purposeOfUse().value(), interaction.scope() + scopeSuffix, practitionerId,
                requester.familyName().orElseThrow(), requester.givenNames(), requester.namePrefixes(),
                requester.sdsUserId().value(), requester.sdsRoleProfileId().value(),
                requester.localUserIdSystem().orElse(null), requester.localUserId().orElse(null),
                requester.organisation().value(), requester.organisationName().orElseThrow(),
                consumer.deviceSystem(), consumer.deviceId(), consumer.productName(), consumer.productVersion());
    }

    /** GP Connect allows {@code migration} only for GP2GP migrate interactions, which this client does not make. */
    private static void checkPurpose(RequesterContext requester) {
        if (!PurposeOfUse.DIRECT_CARE.equals(requester.purposeOfUse())) {
            throw new InvalidInputException("requester.purposeOfUse",
                    "GP Connect's get structured record accepts only reason_for_request 'directcare'");
        }
    }

    private static void checkRequester(RequesterContext requester) {
        if (requester.familyName().filter(f -> !f.isBlank()).isEmpty()) {
            throw new InvalidInputException("requester.familyName", "is required by GP Connect's JWT");
        }
        if (requester.givenNames().isEmpty()) {
            throw new InvalidInputException("requester.givenNames", "at least one is required by GP Connect's JWT");
        }
        if (requester.organisationName().filter(n -> !n.isBlank()).isEmpty()) {
            throw new InvalidInputException("requester.organisationName", "is required by GP Connect's JWT");
        }
    }

    /** The pipeline this client sends through (its circuit state, its cache for purging). */
    public HttpPipeline pipeline() {
        return pipeline;
    }

    /** Closes the pipeline if the client built it; a pipeline passed in is the caller's to close. */
    @Override
    public void close() {
        if (ownsPipeline) {
            pipeline.close();
        }
    }

    /** Builds a {@link GpConnectClient}; not thread-safe. */
    public static final class Builder {
        private ConsumerSystem consumer;
        private EndpointResolver routing;
        private String proxyBaseUrl;
        private HttpPipeline pipeline;
        private String scopeSuffix = "";
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /** The consuming system (ASID, endpoint URL, device). Required. */
        public Builder consumer(ConsumerSystem value) {
            this.consumer = Objects.requireNonNull(value, "consumer");
            return this;
        }

        /** How practices are routed: SDS, or a {@code StaticEndpointResolver}. Required. */
        public Builder routing(EndpointResolver value) {
            this.routing = Objects.requireNonNull(value, "routing");
            return this;
        }

        /**
         * The Spine Secure Proxy base URL (e.g. {@code https://proxy.intspineservices.nhs.uk}); requests go to
         * proxy + "/" + endpoint + "/" + path. Leave unset to call providers directly (the sandbox, or providers
         * reached without a proxy).
         */
        public Builder spineSecureProxy(String value) {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("spineSecureProxy is blank");
            }
            this.proxyBaseUrl = value.strip();
            return this;
        }

        /**
         * The pipeline to send through, with the integrator's TLS (mutual TLS for Spine), retry, circuit breaker,
         * cache and audit settings. When unset the client builds a default one and closes it with itself.
         */
        public Builder pipeline(HttpPipeline value) {
            this.pipeline = Objects.requireNonNull(value, "pipeline");
            return this;
        }

        /**
         * Appends the 1.6 confidentiality scope to {@code requested_scope}: {@code "conf/N"} gives
         * {@code "patient/*.read conf/N"}. Off by default: providers on 1.6.0 refuse it. {@code "conf/R"}
         * (restricted) is for GP2GP migrate interactions only, which this client does not make, so it is refused.
         *
         * @throws IllegalArgumentException for anything but {@code "conf/N"}
         */
        public Builder requestedScopeConfidentiality(String value) {
            if ("conf/R".equals(value)) {
                throw new IllegalArgumentException("conf/R is for GP2GP migrate interactions only; expected conf/N");
            }
            if (!"conf/N".equals(value)) {
                throw new IllegalArgumentException("expected conf/N");
            }
            this.scopeSuffix = " " + value;
            return this;
        }

        /**
         * The clock for JWT times, "today" in date rules (the date in London, whatever the clock's zone), and
         * retrieval times.
         */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * The client.
         *
         * @throws NullPointerException if consumer or routing is missing
         */
        public GpConnectClient build() {
            return new GpConnectClient(this);
        }
    }
}
