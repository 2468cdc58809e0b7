package dev.carerecord.sdk.fhir.shcr;

import dev.carerecord.sdk.core.RequesterContext;
import dev.carerecord.sdk.core.cache.CachePolicy;
import dev.carerecord.sdk.core.exception.InvalidInputException;
import dev.carerecord.sdk.core.exception.MalformedResponseException;
import dev.carerecord.sdk.core.http.ErrorDecoder;
import dev.carerecord.sdk.core.http.HttpPipeline;
import dev.carerecord.sdk.core.http.ResponseHandler;
import dev.carerecord.sdk.core.ids.NhsNumber;
import dev.carerecord.sdk.core.ids.OdsCode;
import dev.carerecord.sdk.core.paging.Page;
import dev.carerecord.sdk.core.paging.PageFetcher;
import dev.carerecord.sdk.core.paging.PagedIterable;
import dev.carerecord.sdk.fhir.PipelineClientBuilder;
import dev.carerecord.sdk.fhir.auth.AccessTokenProvider;
import dev.carerecord.sdk.fhir.internal.client.FhirBodies;
import dev.carerecord.sdk.fhir.internal.client.Urls;
import dev.carerecord.sdk.fhir.internal.mapping.IpsDocumentMapper;
import dev.carerecord.sdk.fhir.internal.mapping.R4MappingContext;
import dev.carerecord.sdk.fhir.internal.shcr.CapabilityReader;
import dev.carerecord.sdk.fhir.internal.shcr.Deadline;
import dev.carerecord.sdk.fhir.internal.shcr.PatientLookup;
import dev.carerecord.sdk.fhir.internal.shcr.RecordAssembler;
import dev.carerecord.sdk.fhir.internal.shcr.SearchRun;
import dev.carerecord.sdk.fhir.internal.shcr.SearchRunner;
import dev.carerecord.sdk.fhir.internal.shcr.SectionPlanner;
import dev.carerecord.sdk.fhir.internal.shcr.ShcrHttp;
import dev.carerecord.sdk.model.CareRecord;
import dev.carerecord.sdk.model.provenance.SourceKind;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A client for any FHIR R4 shared care record (UK Core searches, IPS {@code Patient/$summary}), relying only on
 * what a spec-compliant FHIR R4 server does.
 *
 * <ul>
 *   <li>{@link #capabilities}: the CapabilityStatement ({@code GET metadata}), cached as reference data.</li>
 *   <li>{@link #findPatient}: the Patient with an NHS number ({@code Patient?identifier=https://fhir.nhs.uk/Id/nhs-number%7C...}).</li>
 *   <li>{@link #getRecord}: the patient's record section by section. Each section is read with a search by
 *       patient (see {@link ShcrRecordRequest} for which), only for resource types the server can search
 *       (others are UNSUPPORTED_BY_SOURCE), {@code _include}-ing referenced resources the server advertises;
 *       the searches run in parallel within one deadline and follow {@code next} links up to a page cap (a
 *       TRUNCATED warning when hit). A failed search makes its sections SOURCE_ERROR and the source outcome
 *       PARTIAL; only a failed patient lookup fails the whole call.</li>
 *   <li>{@link #getSummary}: the IPS document, mapped into the same {@link CareRecord}.</li>
 *   <li>{@link #search}: any search, its pages followed lazily.</li>
 * </ul>
 * Next links are followed as the server gives them (they may carry opaque tokens) but only on the base URL's
 * origin: a link elsewhere is refused ({@link ForeignLinkException}), so the bearer token goes nowhere else.
 * Every request carries {@code Accept: application/fhir+json}, a UUID {@code X-Request-ID} kept on retries, and
 * the bearer token from the {@link AccessTokenProvider} (asked per attempt). Clinical results are cached only
 * when the integrator turns clinical caching on. Immutable and thread-safe; {@link #close()} stops its own
 * search threads and pipeline.
 *
 * <pre>{@code
 * try (SharedCareRecordClient shcr = SharedCareRecordClient.builder()
 *         .baseUrl("https://shcr.example.nhs.uk/fhir/R4").systemName("Westshire Shared Care Record")
 *         .organisationOdsCode(OdsCode.of("Y60009")).accessTokenProvider(tokens).build()) {
 *     CareRecord record = shcr.getRecord(requester, NhsNumber.parse("9990000018"), ShcrRecordRequest.defaults());
 *     CareRecord summary = shcr.getSummary(requester, NhsNumber.parse("9990000018"));
 * }
 * }</pre>
 */
public final class SharedCareRecordClient implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SharedCareRecordClient.class);

    private final ShcrHttp http;
    private final HttpPipeline pipeline;
    private final boolean ownsPipeline;
    private final ExecutorService executor;
    private final boolean ownsExecutor;
    private final SearchRunner runner;
    private final Optional<OdsCode> organisation;
    private final SummaryInvocation summaryInvocation;
    private final Duration summaryDeadline;
    private final Clock clock;
    private final RecordAssembler assembler = new RecordAssembler();
    private final IpsDocumentMapper ipsMapper = new IpsDocumentMapper();

    private SharedCareRecordClient(Builder b, HttpPipeline pipeline, boolean owns) {
        this.pipeline = pipeline;
        this.ownsPipeline = owns;
        this.http = new ShcrHttp(pipeline, b.baseUrl, b.systemName, Optional.ofNullable(b.tokens));
        this.ownsExecutor = b.executor == null;
        this.executor = b.executor != null ? b.executor : newExecutor(b.maxConcurrentSearches);
        this.runner = new SearchRunner(http, executor);
        this.organisation = Optional.ofNullable(b.organisation);
        this.summaryInvocation = b.summaryInvocation;
        this.summaryDeadline = b.summaryDeadline;
        this.clock = b.clockValue();
    }

    /** A builder; the base URL is required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * What the server offers, from its CapabilityStatement ({@code GET [base]/metadata}), cached as reference
     * data (per requester, for the cache's reference TTL).
     */
    public ServerCapabilities capabilities(RequesterContext requester) {
        Objects.requireNonNull(requester, "requester");
        return http.get(http.baseUrl() + "/metadata", "capabilities", requester, null, null,
                CachePolicy.referenceData(), ErrorDecoder.operationOutcome(),
                response -> CapabilityReader.read(FhirBodies.as(CapabilityStatement.class, response)));
    }

    /**
     * The Patient holding this NHS number.
     *
     * @throws dev.carerecord.sdk.core.exception.PatientNotFoundException when no Patient carries it
     * @throws AmbiguousPatientException when several do
     */
    public Patient findPatient(RequesterContext requester, NhsNumber nhsNumber) {
        check(requester, nhsNumber);
        return PatientLookup.find(http, requester, nhsNumber, null, List.of()).patient();
    }

    /**
     * The patient's record, read section by section; see the class description.
     *
     * @throws dev.carerecord.sdk.core.exception.PatientNotFoundException when the record holds no Patient with
     *     this NHS number
     * @throws AmbiguousPatientException when it holds several
     * @throws dev.carerecord.sdk.core.exception.DeadlineExceededException when the deadline passes before the
     *     patient is found (a section still running at the deadline becomes SOURCE_ERROR instead)
     * @throws dev.carerecord.sdk.core.exception.SdkException when the patient lookup fails otherwise
     */
    public CareRecord getRecord(RequesterContext requester, NhsNumber nhsNumber, ShcrRecordRequest request) {
        check(requester, nhsNumber);
        Objects.requireNonNull(request, "request");
        Deadline deadline = Deadline.in(request.deadline());
        ServerCapabilities capabilities = capabilitiesOrUnknown(requester, deadline);
        List<String> includes = request.includeReferenced()
                && capabilities.supportsInclude("Patient", "Patient:general-practitioner")
                ? List.of("Patient:general-practitioner") : List.of();
        PatientLookup.Found found = PatientLookup.find(http, requester, nhsNumber,
                deadline.require("finding the patient"), includes);
        SectionPlanner.Plan plan = SectionPlanner.plan(request, capabilities, found.id());
        List<SearchRun> runs = runner.runAll(plan.searches(), requester, nhsNumber, deadline,
                request.maxPagesPerSearch());
        R4MappingContext context = R4MappingContext.of(SourceKind.SHARED_CARE_RECORD_R4, http.source(),
                http.baseUrl(), organisation.map(OdsCode::value).orElse(null), clock.instant(), found.correlationId(),
                null);
        return assembler.assemble(found, plan, runs, request.sections(), context, request.maxPagesPerSearch());
    }

    /** {@link #getRecord(RequesterContext, NhsNumber, ShcrRecordRequest)} with {@link ShcrRecordRequest#defaults()}. */
    public CareRecord getRecord(RequesterContext requester, NhsNumber nhsNumber) {
        return getRecord(requester, nhsNumber, ShcrRecordRequest.defaults());
    }

    /**
     * The patient's International Patient Summary ({@code Patient/$summary}, sent with {@code Accept:
     * application/fhir+json}), instance level on the patient found by NHS number or type level with the
     * identifier (see {@link Builder#summaryInvocation}), mapped into a {@link CareRecord} (sections as the
     * document gives them, empty reasons and narratives kept).
     *
     * @throws NotSupportedBySourceException when the CapabilityStatement offers no {@code $summary}
     * @throws dev.carerecord.sdk.core.exception.PatientNotFoundException when the record has no such patient
     * @throws MalformedResponseException when the answer is not an IPS document, or is about another patient
     */
    public CareRecord getSummary(RequesterContext requester, NhsNumber nhsNumber) {
        check(requester, nhsNumber);
        Deadline deadline = Deadline.in(summaryDeadline);
        ServerCapabilities capabilities = capabilitiesOrUnknown(requester, deadline);
        if (!capabilities.supportsSummary()) {
            throw new NotSupportedBySourceException(http.source() + " does not offer Patient/$summary");
        }
        SummaryInvocation invocation = summaryInvocation;
        if (invocation == SummaryInvocation.AUTO) {
            invocation = capabilities.supportsSearchParam("Patient", "identifier") ? SummaryInvocation.INSTANCE
                    : SummaryInvocation.TYPE;
        }
        String url = invocation == SummaryInvocation.INSTANCE
                ? http.baseUrl() + "/Patient/" + PatientLookup.find(http, requester, nhsNumber,
                        deadline.require("finding the patient"), List.of()).id() + "/$summary"
                : http.baseUrl() + "/Patient/$summary?" + PatientLookup.identifierQuery(nhsNumber);
        SummaryAnswer answer = http.get(url, "getSummary", requester, nhsNumber,
                deadline.require("asking for the summary"), CachePolicy.clinicalData(), ShcrHttp::patientErrors,
                ResponseHandler.cacheableWhen(response -> {
                    Bundle bundle = FhirBodies.as(Bundle.class, response);
                    if (bundle.getType() != Bundle.BundleType.DOCUMENT) {
                        throw new MalformedResponseException("Patient/$summary answered with a "
                                + (bundle.getType() == null ? "typeless" : bundle.getType().toCode())
                                + " Bundle, not a document", null, response.attempts(), response.correlationId());
                    }
                    // here, before the answer can be cached under this patient's key
                    if (aboutAnotherPatient(bundle, nhsNumber)) {
                        throw new MalformedResponseException("the summary returned is about another patient", null,
                                response.attempts(), response.correlationId());
                    }
                    return new SummaryAnswer(bundle, response.correlationId());
                }, a -> a.document().getMeta().getSecurity().stream()
                        .noneMatch(c -> "R".equals(c.getCode()) || "V".equals(c.getCode()))));
        R4MappingContext context = R4MappingContext.of(SourceKind.IPS_DOCUMENT, http.source(), http.baseUrl(),
                organisation.map(OdsCode::value).orElse(null), clock.instant(), answer.correlationId(), null);
        return ipsMapper.map(answer.document(), context);
    }

    /** True when a Patient in the document carries NHS numbers, none of them {@code nhsNumber}. */
    private static boolean aboutAnotherPatient(Bundle document, NhsNumber nhsNumber) {
        for (Bundle.BundleEntryComponent entry : document.getEntry()) {
            if (entry.getResource() instanceof org.hl7.fhir.r4.model.Patient patient
                    && PatientLookup.carriesAnNhsNumber(patient) && !PatientLookup.carries(patient, nhsNumber)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Any search, its pages read lazily as the iteration reaches them ({@link PagedIterable}): nothing is sent
     * until iteration starts, and errors (including a refused foreign next link) surface during it. Yields the
     * resources of the {@code match} and {@code include} entries; OperationOutcome entries ({@code outcome})
     * are left out. Each page is one call with the pipeline's default deadline.
     */
    public PagedIterable<Resource> search(RequesterContext requester, FhirSearch search) {
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(search, "search");
        PageFetcher<Bundle.BundleEntryComponent> entries = entryPages(requester, search);
        PageFetcher<Resource> resources = link -> {
            Page<Bundle.BundleEntryComponent> page = entries.fetch(link);
            List<Resource> items = page.items().stream()
                    .filter(e -> e.getResource() != null)
                    .filter(e -> !e.hasSearch() || e.getSearch().getMode() != Bundle.SearchEntryMode.OUTCOME)
                    .map(Bundle.BundleEntryComponent::getResource).toList();
            return new Page<>(items, page.nextLink());
        };
        return PagedIterable.of(resources);
    }

    /** As {@link #search}, with the Bundle entries themselves ({@code fullUrl}, {@code search.mode}, score). */
    public PagedIterable<Bundle.BundleEntryComponent> searchEntries(RequesterContext requester, FhirSearch search) {
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(search, "search");
        return PagedIterable.of(entryPages(requester, search));
    }

    private PageFetcher<Bundle.BundleEntryComponent> entryPages(RequesterContext requester, FhirSearch search) {
        String url = http.searchUrl(search.resourceType(), search.params());
        return http.pages(url, "search" + search.resourceType(), requester, search.patient().orElse(null), null);
    }

    /** The base URL. */
    public String baseUrl() {
        return http.baseUrl();
    }

    @Override
    public void close() {
        if (ownsExecutor) {
            executor.shutdownNow();
        }
        if (ownsPipeline) {
            pipeline.close();
        }
    }

    @Override
    public String toString() {
        return "SharedCareRecordClient[" + http.source() + ", " + http.baseUrl() + "]";
    }

    private ServerCapabilities capabilitiesOrUnknown(RequesterContext requester, Deadline deadline) {
        try {
            return http.get(http.baseUrl() + "/metadata", "capabilities", requester, null,
                    deadline.require("reading the CapabilityStatement"), CachePolicy.referenceData(),
                    ErrorDecoder.operationOutcome(),
                    response -> CapabilityReader.read(FhirBodies.as(CapabilityStatement.class, response)));
        } catch (dev.carerecord.sdk.core.exception.DeadlineExceededException
                | dev.carerecord.sdk.core.exception.CallInterruptedException e) {
            throw e;
        } catch (dev.carerecord.sdk.core.exception.SdkException e) {
            LOG.debug("CapabilityStatement of {} unavailable ({}): every search will be tried", http.source(),
                    e.getClass().getSimpleName());
            return ServerCapabilities.unknown();
        }
    }

    /** An IPS document and the request id it answered. */
    private record SummaryAnswer(Bundle document, String correlationId) {
    }

    private static void check(RequesterContext requester, NhsNumber nhsNumber) {
        Objects.requireNonNull(requester, "requester");
        if (nhsNumber == null) {
            throw new InvalidInputException("nhsNumber", "is missing");
        }
    }

    private static ExecutorService newExecutor(int threads) {
        AtomicInteger count = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "shcr-search-" + count.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    /** Collects a {@link SharedCareRecordClient}. Not thread-safe. */
    public static final class Builder extends PipelineClientBuilder<Builder> {
        private String baseUrl;
        private String systemName = "Shared care record";
        private OdsCode organisation;
        private AccessTokenProvider tokens;
        private ExecutorService executor;
        private int maxConcurrentSearches = 4;
        private SummaryInvocation summaryInvocation = SummaryInvocation.AUTO;
        private Duration summaryDeadline = Duration.ofSeconds(30);

        private Builder() {
        }

        /** The FHIR R4 base URL. Required. */
        public Builder baseUrl(String value) {
            this.baseUrl = Urls.requireBaseUrl(value, "baseUrl");
            return this;
        }

        /** The record's name, in provenance, audit and errors; default {@code "Shared care record"}. */
        public Builder systemName(String value) {
            if (value == null || value.isBlank()) {
                throw new InvalidInputException("systemName", "is blank");
            }
            this.systemName = value.strip();
            return this;
        }

        /** The ODS code of the organisation that runs the record (provenance, and the provider of entries naming none). */
        public Builder organisationOdsCode(OdsCode value) {
            this.organisation = Objects.requireNonNull(value, "organisationOdsCode");
            return this;
        }

        /** Where bearer tokens come from; none by default. */
        public Builder accessTokenProvider(AccessTokenProvider value) {
            this.tokens = Objects.requireNonNull(value, "accessTokenProvider");
            return this;
        }

        /** Runs the searches of {@link #getRecord} on the caller's executor (not shut down by the client). */
        public Builder searchExecutor(ExecutorService value) {
            this.executor = Objects.requireNonNull(value, "searchExecutor");
            return this;
        }

        /** Threads of the client's own search executor (when none is given); 1 to 64, default 4. */
        public Builder maxConcurrentSearches(int value) {
            if (value < 1 || value > 64) {
                throw new IllegalArgumentException("maxConcurrentSearches must be 1 to 64");
            }
            this.maxConcurrentSearches = value;
            return this;
        }

        /** How {@code $summary} is invoked; {@link SummaryInvocation#AUTO} by default. */
        public Builder summaryInvocation(SummaryInvocation value) {
            this.summaryInvocation = Objects.requireNonNull(value, "summaryInvocation");
            return this;
        }

        /** The deadline of {@link #getSummary} (lookups included); default 30 s. */
        public Builder summaryDeadline(Duration value) {
            Objects.requireNonNull(value, "summaryDeadline");
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException("summaryDeadline must be positive");
            }
            this.summaryDeadline = value;
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
        public SharedCareRecordClient build() {
            if (baseUrl == null) {
                throw new IllegalStateException("baseUrl is required");
            }
            boolean owns = pipelineOwned();
            return new SharedCareRecordClient(this, buildPipeline("shcr"), owns);
        }
    }
}
