package dev.carerecord.sdk.core.routing;

import dev.carerecord.sdk.core.RequesterContext;
import dev.carerecord.sdk.core.ids.Asid;
import dev.carerecord.sdk.core.ids.OdsCode;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Routing from configuration: endpoints registered per organisation and interaction, with an optional
 * per-organisation fallback for interactions not registered one by one. Immutable once built.
 */
public final class StaticEndpointResolver implements EndpointResolver {
    private static final String ANY = "*";

    private final Map<String, ResolvedEndpoint> endpoints;

    private StaticEndpointResolver(Map<String, ResolvedEndpoint> endpoints) {
        this.endpoints = Map.copyOf(endpoints);
    }

    /** A builder with nothing registered. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public ResolvedEndpoint resolve(OdsCode organisation, String interactionId, RequesterContext requester) {
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(interactionId, "interactionId");
        ResolvedEndpoint endpoint = endpoints.get(key(organisation, interactionId));
        if (endpoint == null) {
            endpoint = endpoints.get(key(organisation, ANY));
        }
        if (endpoint == null) {
            throw new EndpointNotFoundException(organisation.value(), interactionId, "not configured");
        }
        return endpoint;
    }

    private static String key(OdsCode organisation, String interactionId) {
        return organisation.value() + "|" + interactionId;
    }

    /** Builds a {@link StaticEndpointResolver}; not thread-safe. */
    public static final class Builder {
        private final Map<String, ResolvedEndpoint> endpoints = new HashMap<>();

        private Builder() {
        }

        /** Registers the endpoint for one interaction of an organisation. */
        public Builder endpoint(OdsCode organisation, String interactionId, String address, Asid asid) {
            endpoints.put(key(organisation, Objects.requireNonNull(interactionId, "interactionId")),
                    ResolvedEndpoint.of(address, asid));
            return this;
        }

        /** Registers the endpoint for every interaction of an organisation not registered one by one. */
        public Builder fallback(OdsCode organisation, String address, Asid asid) {
            endpoints.put(key(organisation, ANY), ResolvedEndpoint.of(address, asid));
            return this;
        }

        /** The resolver. */
        public StaticEndpointResolver build() {
            return new StaticEndpointResolver(endpoints);
        }
    }
}
