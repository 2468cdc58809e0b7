package dev.carerecord.sdk.fhir.internal.shcr;

import dev.carerecord.sdk.core.RequesterContext;
import dev.carerecord.sdk.core.cache.CachePolicy;
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
import dev.carerecord.sdk.core.paging.Page;
import dev.carerecord.sdk.core.paging.PageFetcher;
import dev.carerecord.sdk.fhir.auth.AccessTokenProvider;
import dev.carerecord.sdk.fhir.internal.client.AttemptAuth;
import dev.carerecord.sdk.fhir.internal.client.FhirBodies;
import dev.carerecord.sdk.fhir.internal.client.Urls;
import dev.carerecord.sdk.fhir.shcr.ForeignLinkException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.Supplier;
import org.hl7.fhir.r4.model.Bundle;

/**
 * The shared care record client's HTTP calls: every request through the pipeline with {@code Accept:
 * application/fhir+json}, a UUID {@code X-Request-ID} kept on retries, the bearer token per attempt, the
 * patient for audit, and the call's deadline; search pages fetched by link, refusing links to another origin.
 * Not part of the public API.
 */
public final class ShcrHttp {
    private final HttpPipeline pipeline;
    private final String baseUrl;
    private final String source;
    private final Optional<AccessTokenProvider> tokens;

    public ShcrHttp(HttpPipeline pipeline, String baseUrl, String source, Optional<AccessTokenProvider> tokens) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
        this.source = Objects.requireNonNull(source, "source");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
    }

    public String baseUrl() {
        return baseUrl;
    }

    public String source() {
        return source;
    }

    /** One GET. {@code deadline} null uses the pipeline's default. */
    public <T> T get(String url, String operation, RequesterContext requester, NhsNumber patient, Duration deadline,
            CachePolicy cache, ErrorDecoder errors, ResponseHandler<T> handler) {
        PipelineRequest.Builder b = PipelineRequest.builder(HttpMethod.GET, url)
                .source(source).operation(operation).requester(requester).patient(patient)
                .correlation(CorrelationPolicy.stableAcrossRetries("X-Request-ID"))
                .cachePolicy(cache)
                .errorDecoder(errors)
                .header("Accept", "application/fhir+json");
        if (deadline != null) {
            b.deadline(deadline);
        }
        AttemptAuth.of(tokens, requester, null).ifPresent(b::attemptHeaders);
        return pipeline.execute(b.build(), handler);
    }

    /** {@code [base]/[type]?name=value&...}, values percent-encoded. */
    public String searchUrl(String resourceType, List<Map.Entry<String, String>> params) {
        StringJoiner query = new StringJoiner("&");
        params.forEach(p -> query.add(p.getKey() + "=" + Urls.encode(p.getValue())));
        return baseUrl + "/" + resourceType + (params.isEmpty() ? "" : "?" + query);
    }

    /**
     * Fetches the pages of a search: the first at {@code firstUrl}, the next at each page's {@code next} link
     * (as the server gave it, made absolute if relative) when it is on the base URL's origin.
     *
     * @param deadline per page, the deadline left (null: the pipeline's default)
     */
    public PageFetcher<Bundle.BundleEntryComponent> pages(String firstUrl, String operation, RequesterContext requester,
            NhsNumber patient, Supplier<Duration> deadline) {
        return link -> {
            String url = firstUrl;
            if (link != null) {
                url = Urls.sameOrigin(baseUrl, link).orElseThrow(() -> new ForeignLinkException(
                        "the server's next link points to " + Urls.origin(link).orElse("an unusable address")
                                + ", not to " + Urls.origin(baseUrl).orElse(baseUrl) + "; not followed",
                        0, null));
            }
            Bundle bundle = get(url, operation, requester, patient, deadline == null ? null : deadline.get(),
                    CachePolicy.clinicalData(), ErrorDecoder.operationOutcome(), ShcrHttp::searchset);
            String next = bundle.getLink().stream().filter(l -> "next".equalsIgnoreCase(l.getRelation()))
                    .map(Bundle.BundleLinkComponent::getUrl).filter(u -> u != null && !u.isBlank()).findFirst()
                    .orElse(null);
            return Page.of(bundle.getEntry(), next);
        };
    }

    /** A searchset Bundle, or a typed error when the body is something else. */
    static Bundle searchset(HttpResponse response) {
        Bundle bundle = FhirBodies.as(Bundle.class, response);
        if (bundle.getType() != null && bundle.getType() != Bundle.BundleType.SEARCHSET
                && bundle.getType() != Bundle.BundleType.NULL) {
            throw new MalformedResponseException("a search answered with a " + bundle.getType().toCode()
                    + " Bundle, not a searchset", null, response.attempts(), response.correlationId());
        }
        return bundle;
    }

    /** The pipeline's decoding, with 404/410 read as "no such patient" (for calls about one patient). */
    public static ServiceException patientErrors(PipelineRequest request, HttpResponse response) {
        ServiceException error = ErrorDecoder.operationOutcome().decode(request, response);
        if (response.status() == 404 || response.status() == 410) {
            return new PatientNotFoundException(error.error(), request.source() + " has no record of this patient");
        }
        return error;
    }
}
