package dev.carerecord.sdk.fhir.pds;

import dev.carerecord.sdk.core.RequesterContext;
import dev.carerecord.sdk.core.cache.CachePolicy;
import dev.carerecord.sdk.core.exception.InvalidInputException;
import dev.carerecord.sdk.core.exception.MalformedResponseException;
import dev.carerecord.sdk.core.exception.PatientNotFoundException;
import dev.carerecord.sdk.core.exception.ServiceException;
import dev.carerecord.sdk.core.http.CorrelationPolicy;
import dev.carerecord.sdk.core.http.ErrorDecoder;
import dev.carerecord.sdk.core.http.HttpMethod;
import dev.carerecord.sdk.core.http.HttpPipeline;
import dev.carerecord.sdk.core.http.HttpResponse;
import dev.carerecord.sdk.core.http.PipelineRequest;
import dev.carerecord.sdk.core.http.ResponseHandler;
import dev.carerecord.sdk.core.ids.NhsNumber;
import dev.carerecord.sdk.core.ids.SdsRoleProfileId;
import dev.carerecord.sdk.fhir.PipelineClientBuilder;
import dev.carerecord.sdk.fhir.auth.AccessTokenProvider;
import dev.carerecord.sdk.fhir.internal.client.AttemptAuth;
import dev.carerecord.sdk.fhir.internal.client.FhirBodies;
import dev.carerecord.sdk.fhir.internal.client.Urls;
import dev.carerecord.sdk.fhir.internal.mapping.PdsPatientMapper;
import dev.carerecord.sdk.fhir.internal.mapping.PdsSearchMapper;
import dev.carerecord.sdk.fhir.internal.mapping.R4MappingContext;
import dev.carerecord.sdk.fhir.internal.pds.PdsQuery;
import dev.carerecord.sdk.model.provenance.SourceKind;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Patient;

/**
 * The Personal Demographics Service FHIR R4 API: read a patient by NHS number ({@link #read}) and search for
 * patients ({@link #search}).
 *
 * <p>Every request carries a new UUID {@code X-Request-ID}, kept on retries (PDS de-duplicates on it), the same
 * value in {@code X-Correlation-ID}, {@code NHSD-End-User-Organisation-ODS} from the requester's organisation
 * (mandatory for multi-tenant clients), {@code Accept: application/fhir+json}, and {@code Authorization: Bearer}
 * when a token provider is set (the PDS sandbox needs none; application-restricted access uses
 * {@link dev.carerecord.sdk.fhir.auth.SignedJwtTokenProvider}). In user-restricted mode
 * ({@code applicationRestricted(false)}) the requester's role profile id is sent as {@code NHSD-Session-URID}.
 * Results are clinical data: cached only when the integrator turns clinical caching on, and a restricted
 * patient's demographics are never cached. Immutable and thread-safe; {@link #close()} releases its own
 * pipeline.
 *
 * <pre>{@code
 * try (PdsClient pds = PdsClient.builder().baseUrl("https://int.api.service.nhs.uk/personal-demographics/FHIR/R4")
 *         .accessTokenProvider(tokens).build()) {
 *     PdsTrace trace = pds.read(requester, NhsNumber.parse("9990000018"));
 *     if (!trace.isRestricted()) { trace.currentGpOdsCode().ifPresent(...); }
 * }
 * }</pre>
 */
public final class PdsClient implements AutoCloseable {
    /** The source name in audit events, logs and errors. */
    public static final String SOURCE = "PDS";
    private static final String REQUEST_ID = "X-Request-ID";

    private final String baseUrl;
    private final Optional<AccessTokenProvider> tokens;
    private final boolean applicationRestricted;
    private final HttpPipeline pipeline;
    private final boolean ownsPipeline;
    private final Clock clock;
    private final PdsPatientMapper patientMapper;
    private final PdsSearchMapper searchMapper;

    private PdsClient(Builder b, HttpPipeline pipeline, boolean owns) {
        this.baseUrl = b.baseUrl;
        this.tokens = Optional.ofNullable(b.tokens);
        this.applicationRestricted = b.applicationRestricted;
        this.pipeline = pipeline;
        this.ownsPipeline = owns;
        this.clock = b.clockValue();
        this.patientMapper = new PdsPatientMapper(clock);
        this.searchMapper = new PdsSearchMapper(patientMapper);
    }

    /** A builder; the base URL is required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads ("traces") the patient with this NHS number ({@code GET /Patient/{nhsNumber}}).
     *
     * @return the patient, with restricted and superseded flags, current GP and trace time
     * @throws PatientNotFoundException when PDS has no record (404 {@code RESOURCE_NOT_FOUND}) or the record was
     *     invalidated (404 {@code INVALIDATED_RESOURCE}); the code is on the exception
     * @throws dev.carerecord.sdk.core.exception.InvalidRequestException when PDS refused the request (400:
     *     {@code INVALID_RESOURCE_ID}, {@code MISSING_VALUE}, {@code INVALID_VALUE}...)
     * @throws dev.carerecord.sdk.core.exception.SdkException for every other failure, typed by the pipeline
     */
    public PdsTrace read(RequesterContext requester, NhsNumber nhsNumber) {
        Objects.requireNonNull(requester, "requester");
        if (nhsNumber == null) {
            throw new InvalidInputException("nhsNumber", "is missing");
        }
        PipelineRequest request = request(baseUrl + "/Patient/" + nhsNumber.value(), "readPatient", requester)
                .patient(nhsNumber)
                .errorDecoder(PdsClient::decodeReadError)
                .build();
        ResponseHandler<PdsTrace> handler = response -> trace(nhsNumber, response);
        return pipeline.execute(request, ResponseHandler.cacheableWhen(handler, trace -> !trace.isRestricted()));
    }

    /**
     * Searches for patients ({@code GET /Patient?...}). An application-restricted client sends
     * {@code _max-results=1} unless the search sets it, and refuses any other value before sending.
     *
     * @return the matches (best first), or {@link PdsSearchResult.TooManyMatches} when PDS found more patients
     *     than it may return (PDS answers that with HTTP 200: it is a result, not an error; refine the search), or
     *     {@link PdsSearchResult.Outcome} for another OperationOutcome sent with 200
     * @throws InvalidInputException when an application-restricted client is asked for more than one result
     * @throws dev.carerecord.sdk.core.exception.InvalidRequestException when PDS refused the search (400
     *     {@code INVALID_SEARCH_DATA}, {@code ADDITIONAL_PROPERTIES}...)
     * @throws MalformedResponseException when PDS answered with neither a Bundle nor an OperationOutcome
     */
    public PdsSearchResult search(RequesterContext requester, PdsSearch search) {
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(search, "search");
        Integer max = search.maxResults().orElse(null);
        if (applicationRestricted) {
            if (max != null && max != 1) {
                throw new InvalidInputException("maxResults",
                        "must be 1 for an application-restricted client (PDS returns only unique matches)");
            }
            max = 1;
        }
        PipelineRequest request = request(baseUrl + "/Patient?" + PdsQuery.of(search, max), "searchPatients",
                requester).build();
        ResponseHandler<PdsSearchResult> handler = response -> searchResult(response);
        return pipeline.execute(request, ResponseHandler.cacheableWhen(handler, PdsClient::noRestrictedMatch));
    }

    /** The base URL. */
    public String baseUrl() {
        return baseUrl;
    }

    @Override
    public void close() {
        if (ownsPipeline) {
            pipeline.close();
        }
    }

    @Override
    public String toString() {
        return "PdsClient[" + baseUrl + "]";
    }

    private PipelineRequest.Builder request(String url, String operation, RequesterContext requester) {
        PipelineRequest.Builder b = PipelineRequest.builder(HttpMethod.GET, url)
                .source(SOURCE).operation(operation).requester(requester)
                .correlation(CorrelationPolicy.stableAcrossRetries(REQUEST_ID))
                .cachePolicy(CachePolicy.clinicalData())
                .header("Accept", "application/fhir+json")
                .header("NHSD-End-User-Organisation-ODS", requester.organisation().value());
        if (!applicationRestricted && !requester.sdsRoleProfileId().equals(SdsRoleProfileId.UNKNOWN)) {
            b.header("NHSD-Session-URID", requester.sdsRoleProfileId().value());
        }
        AttemptAuth.of(tokens, requester, "X-Correlation-ID").ifPresent(b::attemptHeaders);
        return b;
    }

    private PdsTrace trace(NhsNumber requested, HttpResponse response) {
        Patient patient = FhirBodies.as(Patient.class, response);
        R4MappingContext context = context(response);
        PdsPatient mapped = patientMapper.map(patient, requested.value(), context);
        return new PdsTrace(requested, mapped, context.source().retrievedAt(), response.headers().firstValue("ETag"),
                response.correlationId());
    }

    private PdsSearchResult searchResult(HttpResponse response) {
        IBaseResource body = FhirBodies.any(response);
        PdsSearchResult result = searchMapper.map(body, context(response));
        if (result instanceof PdsSearchResult.Unexpected unexpected) {
            throw new MalformedResponseException("PDS search answered with a " + unexpected.resourceType()
                    + ", not a Bundle or OperationOutcome", null, response.attempts(), response.correlationId());
        }
        return result;
    }

    private R4MappingContext context(HttpResponse response) {
        return R4MappingContext.of(SourceKind.PDS, SOURCE, baseUrl, null, clock.instant(), response.correlationId(),
                null);
    }

    private static boolean noRestrictedMatch(PdsSearchResult result) {
        return !(result instanceof PdsSearchResult.Matches matches)
                || matches.matches().stream().noneMatch(m -> m.patient().restricted());
    }

    /** PDS's 404s (not found, invalidated) say the patient is not available: {@link PatientNotFoundException}. */
    private static ServiceException decodeReadError(PipelineRequest request, HttpResponse response) {
        ServiceException error = ErrorDecoder.operationOutcome().decode(request, response);
        if (response.status() == 404 || response.status() == 410) {
            return new PatientNotFoundException(error.error(), "PDS has no record it will return for this NHS number");
        }
        return error;
    }

    /** Collects a {@link PdsClient}. Not thread-safe. */
    public static final class Builder extends PipelineClientBuilder<Builder> {
        private String baseUrl;
        private AccessTokenProvider tokens;
        private boolean applicationRestricted = true;

        private Builder() {
        }

        /** The PDS FHIR R4 base URL, e.g. {@code https://int.api.service.nhs.uk/personal-demographics/FHIR/R4}. */
        public Builder baseUrl(String value) {
            this.baseUrl = Urls.requireBaseUrl(value, "baseUrl");
            return this;
        }

        /** Where bearer tokens come from; none by default (the PDS sandbox is open). */
        public Builder accessTokenProvider(AccessTokenProvider value) {
            this.tokens = Objects.requireNonNull(value, "accessTokenProvider");
            return this;
        }

        /**
         * Whether the client uses PDS in application-restricted mode (default true): searches then ask for one
         * result ({@code _max-results=1}) and refuse any other value before sending, as the PDS proxy does. Set
         * false for healthcare-worker (user-restricted) access, which allows up to 50.
         */
        public Builder applicationRestricted(boolean value) {
            this.applicationRestricted = value;
            return this;
        }

        Clock clockValue() {
            return clock();
        }

        /**
         * The client.
         *
         * @throws IllegalStateException when the base URL is missing
         */
        public PdsClient build() {
            if (baseUrl == null) {
                throw new IllegalStateException("baseUrl is required");
            }
            boolean owns = pipelineOwned();
            return new PdsClient(this, buildPipeline("pds"), owns);
        }
    }
}
