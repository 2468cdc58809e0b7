package dev.carerecord.sdk.gpconnect;

/**
 * GP Connect interactions this SDK performs: the {@code Ssp-InteractionID} value, the JWT
 * {@code requested_scope} it needs, and which of the practice's service roots serves it.
 */
public enum Interaction {
    GET_STRUCTURED_RECORD("urn:nhs:names:services:gpconnect:fhir:operation:gpc.getstructuredrecord-1",
            "patient/*.read", ServiceRoot.STRUCTURED),
    READ_METADATA("urn:nhs:names:services:gpconnect:fhir:rest:read:metadata-1", "organization/*.read",
            ServiceRoot.FOUNDATIONS),
    SEARCH_PATIENT("urn:nhs:names:services:gpconnect:fhir:rest:search:patient-1", "patient/*.read",
            ServiceRoot.FOUNDATIONS),
    SEARCH_ORGANIZATION("urn:nhs:names:services:gpconnect:fhir:rest:search:organization-1", "organization/*.read",
            ServiceRoot.FOUNDATIONS),
    SEARCH_PRACTITIONER("urn:nhs:names:services:gpconnect:fhir:rest:search:practitioner-1", "organization/*.read",
            ServiceRoot.FOUNDATIONS);

    /** Which service root of a practice serves an interaction. */
    public enum ServiceRoot { FOUNDATIONS, STRUCTURED, DOCUMENTS }

    private final String id;
    private final String scope;
    private final ServiceRoot root;

    Interaction(String id, String scope, ServiceRoot root) {
        this.id = id;
        this.scope = scope;
        this.root = root;
    }

    /** The interaction id ({@code Ssp-InteractionID}, and the SDS lookup key). */
    public String id() {
        return id;
    }

    /** The bare {@code requested_scope} (a {@code conf/N} suffix may be added by configuration). */
    public String scope() {
        return scope;
    }

    /** The service root that serves it. */
    public ServiceRoot serviceRoot() {
        return root;
    }
}
