package dev.carerecord.sdk.fhir.sds;

import dev.carerecord.sdk.core.RequesterContext;
import dev.carerecord.sdk.core.cache.CachePolicy;
import dev.carerecord.sdk.core.exception.InvalidInputException;
import dev.carerecord.sdk.core.http.CorrelationPolicy;
import dev.carerecord.sdk.core.http.HttpMethod;
import dev.carerecord.sdk.core.http.HttpPipeline;
import dev.carerecord.sdk.core.http.PipelineRequest;
import dev.carerecord.sdk.core.ids.Asid;
import dev.carerecord.sdk.core.ids.OdsCode;
import dev.carerecord.sdk.core.routing.EndpointNotFoundException;
import dev.carerecord.sdk.core.routing.EndpointResolver;
import dev.carerecord.sdk.core.routing.ResolvedEndpoint;
import dev.carerecord.sdk.fhir.PipelineClientBuilder;
import dev.carerecord.sdk.fhir.auth.ApiKeyProvider;
import dev.carerecord.sdk.fhir.internal.client.FhirBodies;
import dev.carerecord.sdk.fhir.internal.client.Urls;
import dev.carerecord.sdk.fhir.internal.sds.SdsResources;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import org.hl7.fhir.r4.model.Bundle;

/**
 * The Spine Directory Service FHIR R4 API: accredited systems ({@code GET /Device}) and MHS endpoints
 * ({@code GET /Endpoint}) by organisation, interaction and party key; and an {@link EndpointResolver}, so GP
 * Connect clients can route through it.
 *
 * <p><b>Resolution</b> ({@link #resolve(OdsCode, String, RequesterContext)}): Devices and Endpoints of the
 * organisation for the interaction are joined on the MHS party key. Exactly one usable pair (a Device with an
 * ASID, an Endpoint that has an address and is active) gives a {@link ResolvedEndpoint} with the address
 * verbatim, the ASID and the party key. Several pairs: {@link AmbiguousEndpointException} (never the first one
 * silently); resolve again naming the party key. None: {@link EndpointNotFoundException} saying what was
 * missing. A single Device and a single Endpoint are paired even when one lacks a party key.
 *
 * <p><b>Caching</b>: lookups are reference data, cached by the pipeline per requester <em>including the
 * requester's session id</em> (the cache key holds the whole requester context): a lookup is reused within one
 * user session and never across sessions, as the GP Connect specification requires (consumers SHOULD cache
 * endpoint lookups per session and MUST NOT reuse them across sessions or patient encounters). A requester with
 * no session id is never served from the cache, since its sessions cannot be told apart. The reference-data TTL
 * of the cache options (10 minutes by default) bounds a long session.
 *
 * <p>Every request carries {@code apikey} (from the {@link ApiKeyProvider}, asked on every attempt and never
 * logged), a new {@code X-Correlation-Id} (kept on retries) and {@code Accept: application/fhir+json}.
 * Immutable and thread-safe; {@link #close()} releases its own pipeline.
 *
 * <pre>{@code
 * SdsClient sds = SdsClient.builder().baseUrl("https://int.api.service.nhs.uk/spine-directory/FHIR/R4")
 *     .apiKey(ApiKeyProvider.of(apiKey)).build();
 * ResolvedEndpoint gp = sds.resolve(OdsCode.of("A20047"),
 *     "urn:nhs:names:services:gpconnect:fhir:operation:gpc.getstructuredrecord-1", requester);
 * }</pre>
 */
public final class SdsClient implements EndpointResolver, AutoCloseable {
    /** The source name in audit events, logs and errors. */
    public static final String SOURCE = "SDS";

    private final String baseUrl;
    private final ApiKeyProvider apiKey;
    private final HttpPipeline pipeline;
    private final boolean ownsPipeline;

    private SdsClient(Builder b, HttpPipeline pipeline, boolean owns) {
        this.baseUrl = b.baseUrl;
        this.apiKey = b.apiKey;
        this.pipeline = pipeline;
        this.ownsPipeline = owns;
    }

    /** A builder; base URL and API key are required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The endpoint and ASID serving {@code organisation} for {@code interactionId}; see the class description.
     *
     * @throws EndpointNotFoundException when SDS has no usable Device and Endpoint pair
     * @throws AmbiguousEndpointException when several pairs match
     */
    @Override
    public ResolvedEndpoint resolve(OdsCode organisation, String interactionId, RequesterContext requester) {
        return resolve(organisation, interactionId, null, requester);
    }

    /**
     * As {@link #resolve(OdsCode, String, RequesterContext)}, restricted to the MHS party key {@code partyKey}
     * (null for any), e.g. to choose among the candidates of an {@link AmbiguousEndpointException}.
     */
    public ResolvedEndpoint resolve(OdsCode organisation, String interactionId, String partyKey,
            RequesterContext requester) {
        check(organisation, interactionId, requester);
        String party = partyKey == null || partyKey.isBlank() ? null : partyKey.strip();
        List<SdsEndpoint> endpoints = findEndpoints(requester, organisation, interactionId, party).stream()
                .filter(SdsEndpoint::isUsable).filter(e -> party == null || e.partyKey().filter(party::equals)
                        .isPresent()).toList();
        if (endpoints.isEmpty()) {
            throw new EndpointNotFoundException(organisation.value(), interactionId,
                    "SDS has no active Endpoint with an address");
        }
        List<SdsDevice> devices = findDevices(requester, organisation, interactionId, party, null).stream()
                .filter(d -> d.asid().isPresent()).filter(d -> party == null || d.partyKey().filter(party::equals)
                        .isPresent()).toList();
        if (devices.isEmpty()) {
            throw new EndpointNotFoundException(organisation.value(), interactionId,
                    "SDS has no accredited system (Device) with an ASID");
        }
        Map<String, ResolvedEndpoint> pairs = new LinkedHashMap<>();
        for (SdsEndpoint endpoint : endpoints) {
            for (SdsDevice device : devices) {
                if (endpoint.partyKey().isPresent() && endpoint.partyKey().equals(device.partyKey())) {
                    ResolvedEndpoint resolved = new ResolvedEndpoint(endpoint.address(), device.asid().get(),
                            endpoint.partyKey());
                    pairs.putIfAbsent(resolved.address() + "|" + resolved.asid().value(), resolved);
                }
            }
        }
        if (pairs.isEmpty() && endpoints.size() == 1 && devices.size() == 1
                && (endpoints.get(0).partyKey().isEmpty() || devices.get(0).partyKey().isEmpty())) {
            SdsEndpoint endpoint = endpoints.get(0);
            SdsDevice device = devices.get(0);
            return new ResolvedEndpoint(endpoint.address(), device.asid().get(),
                    endpoint.partyKey().or(device::partyKey));
        }
        if (pairs.isEmpty()) {
            throw new EndpointNotFoundException(organisation.value(), interactionId,
                    "no SDS Device and Endpoint share an MHS party key");
        }
        if (pairs.size() > 1) {
            Set<String> keys = new LinkedHashSet<>();
            pairs.values().forEach(p -> p.partyKey().ifPresent(keys::add));
            throw new AmbiguousEndpointException(organisation.value(), interactionId, new ArrayList<>(keys),
                    pairs.size() + " SDS endpoints match");
        }
        return pairs.values().iterator().next();
    }

    /**
     * The consumer system's own ASID for the requester's organisation ({@code Ssp-From}): the Device of that
     * organisation, made by {@code manufacturer} (the consumer system's supplier), registered for
     * {@code interactionId}.
     *
     * @throws EndpointNotFoundException when SDS has no such Device with an ASID
     * @throws AmbiguousEndpointException when several Devices with different ASIDs match
     */
    public Asid consumerAsid(RequesterContext requester, OdsCode manufacturer, String interactionId) {
        Objects.requireNonNull(requester, "requester");
        return consumerAsid(requester, requester.organisation(), manufacturer, interactionId);
    }

    /** As {@link #consumerAsid(RequesterContext, OdsCode, String)} for the consumer organisation {@code consumer}. */
    public Asid consumerAsid(RequesterContext requester, OdsCode consumer, OdsCode manufacturer,
            String interactionId) {
        check(consumer, interactionId, requester);
        if (manufacturer == null) {
            throw new InvalidInputException("manufacturer", "is missing");
        }
        List<SdsDevice> devices = findDevices(requester, consumer, interactionId, null, manufacturer);
        Map<String, SdsDevice> byAsid = new LinkedHashMap<>();
        devices.stream().filter(d -> d.asid().isPresent()).forEach(d -> byAsid.putIfAbsent(d.asid().get().value(), d));
        if (byAsid.isEmpty()) {
            throw new EndpointNotFoundException(consumer.value(), interactionId,
                    "SDS has no Device with an ASID for this consumer and manufacturer");
        }
        if (byAsid.size() > 1) {
            List<String> keys = byAsid.values().stream().map(SdsDevice::partyKey).flatMap(Optional::stream).toList();
            throw new AmbiguousEndpointException(consumer.value(), interactionId, keys,
                    byAsid.size() + " consumer ASIDs match");
        }
        return byAsid.values().iterator().next().asid().orElseThrow();
    }

    /**
     * The accredited systems ({@code GET /Device}) of {@code organisation} registered for {@code interactionId},
     * optionally with this party key and manufacturer (null for any).
     */
    public List<SdsDevice> findDevices(RequesterContext requester, OdsCode organisation, String interactionId,
            String partyKey, OdsCode manufacturer) {
        check(organisation, interactionId, requester);
        StringJoiner q = new StringJoiner("&");
        q.add("organization=" + Urls.encode(SdsResources.ODS + "|" + organisation.value()));
        q.add("identifier=" + Urls.encode(SdsResources.INTERACTION + "|" + interactionId.strip()));
        if (partyKey != null && !partyKey.isBlank()) {
            q.add("identifier=" + Urls.encode(SdsResources.PARTY_KEY + "|" + partyKey.strip()));
        }
        if (manufacturer != null) {
            q.add("manufacturing-organization=" + Urls.encode(SdsResources.ODS + "|" + manufacturer.value()));
        }
        Bundle bundle = search("/Device?" + q, "findDevices", requester);
        return SdsResources.devices(bundle);
    }

    /** The MHS endpoints ({@code GET /Endpoint}) of {@code organisation} for {@code interactionId}, optionally with this party key. */
    public List<SdsEndpoint> findEndpoints(RequesterContext requester, OdsCode organisation, String interactionId,
            String partyKey) {
        check(organisation, interactionId, requester);
        StringJoiner q = new StringJoiner("&");
        q.add("organization=" + Urls.encode(SdsResources.ODS + "|" + organisation.value()));
        q.add("identifier=" + Urls.encode(SdsResources.INTERACTION + "|" + interactionId.strip()));
        if (partyKey != null && !partyKey.isBlank()) {
            q.add("identifier=" + Urls.encode(SdsResources.PARTY_KEY + "|" + partyKey.strip()));
        }
        Bundle bundle = search("/Endpoint?" + q, "findEndpoints", requester);
        return SdsResources.endpoints(bundle);
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
        return "SdsClient[" + baseUrl + "]";
    }

    private Bundle search(String pathAndQuery, String operation, RequesterContext requester) {
        CachePolicy cache = requester.sessionId().isPresent() ? CachePolicy.referenceData() : CachePolicy.none();
        PipelineRequest request = PipelineRequest.builder(HttpMethod.GET, baseUrl + pathAndQuery)
                .source(SOURCE).operation(operation).requester(requester)
                .correlation(CorrelationPolicy.stableAcrossRetries("X-Correlation-Id"))
                .cachePolicy(cache)
                .header("Accept", "application/fhir+json")
                .attemptHeaders((attempt, correlationId) -> Map.of("apikey", key()))
                .build();
        return pipeline.execute(request, response -> FhirBodies.as(Bundle.class, response));
    }

    private String key() {
        String key = apiKey.apiKey();
        if (key == null || key.isBlank()) {
            throw new InvalidInputException("apiKey", "the API key provider gave no key");
        }
        return key;
    }

    private static void check(OdsCode organisation, String interactionId, RequesterContext requester) {
        Objects.requireNonNull(requester, "requester");
        if (organisation == null) {
            throw new InvalidInputException("organisation", "is missing");
        }
        if (interactionId == null || interactionId.isBlank()) {
            throw new InvalidInputException("interactionId", "is missing");
        }
        if (interactionId.contains("|")) {
            throw new InvalidInputException("interactionId", "must not contain '|'");
        }
    }

    /** Collects an {@link SdsClient}. Not thread-safe. */
    public static final class Builder extends PipelineClientBuilder<Builder> {
        private String baseUrl;
        private ApiKeyProvider apiKey;

        private Builder() {
        }

        /** The SDS FHIR R4 base URL, e.g. {@code https://int.api.service.nhs.uk/spine-directory/FHIR/R4}. */
        public Builder baseUrl(String value) {
            this.baseUrl = Urls.requireBaseUrl(value, "baseUrl");
            return this;
        }

        /** Where the API key comes from (asked on every attempt). Required. */
        public Builder apiKey(ApiKeyProvider value) {
            this.apiKey = Objects.requireNonNull(value, "apiKey");
            return this;
        }

        /** A fixed API key. */
        public Builder apiKey(String value) {
            return apiKey(ApiKeyProvider.of(value));
        }

        /**
         * The client.
         *
         * @throws IllegalStateException when the base URL or API key is missing
         */
        public SdsClient build() {
            if (baseUrl == null || apiKey == null) {
                throw new IllegalStateException("baseUrl and apiKey are required");
            }
            boolean owns = pipelineOwned();
            return new SdsClient(this, buildPipeline("sds"), owns);
        }
    }
}
