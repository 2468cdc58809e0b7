package dev.carerecord.sdk.core.routing;

import dev.carerecord.sdk.core.RequesterContext;
import dev.carerecord.sdk.core.ids.OdsCode;

/**
 * Finds the endpoint and Spine ASID that serve an organisation for one interaction. GP Connect clients route
 * through this interface; implementations are static configuration ({@link StaticEndpointResolver}) or a
 * Spine Directory Service lookup (in {@code sdk-fhir}), so GP Connect never depends on the SDS client.
 */
@FunctionalInterface
public interface EndpointResolver {

    /**
     * The endpoint for {@code organisation} and {@code interactionId}. The requester is passed so that an
     * implementation may cache per requester session, as the GP Connect specification allows, and must not
     * share a lookup across sessions.
     *
     * @throws EndpointNotFoundException when no endpoint serves the organisation for the interaction
     */
    ResolvedEndpoint resolve(OdsCode organisation, String interactionId, RequesterContext requester);
}
