package dev.carerecord.sdk.sandbox;

/**
 * Route names: every request the sandbox receives is classified as one of these, for fault injection
 * ({@code sandbox.faults().on(route)}) and the request log. A fault may also name a group with a trailing
 * {@code .*} (e.g. {@code "gpconnect.*"}, {@code "pds.*"}, {@code "shcr.*"}, {@code "oauth.*"}) or {@code "*"} for everything.
 */
public final class SandboxRoutes {
    /** GP Connect foundations CapabilityStatement ({@code GET .../gpconnect/metadata}). */
    public static final String GPC_METADATA = "gpconnect.metadata";
    public static final String GPC_PATIENT_SEARCH = "gpconnect.patient.search";
    public static final String GPC_PATIENT_READ = "gpconnect.patient.read";
    public static final String GPC_ORGANIZATION_SEARCH = "gpconnect.organization.search";
    public static final String GPC_ORGANIZATION_READ = "gpconnect.organization.read";
    public static final String GPC_PRACTITIONER_SEARCH = "gpconnect.practitioner.search";
    public static final String GPC_PRACTITIONER_READ = "gpconnect.practitioner.read";
    public static final String GPC_LOCATION_READ = "gpconnect.location.read";
    /** {@code POST .../gpconnect/structured/Patient/$gpc.getstructuredrecord}. */
    public static final String GPC_STRUCTURED = "gpconnect.structured";
    public static final String GPC_STRUCTURED_METADATA = "gpconnect.structured.metadata";
    public static final String GPC_DOCUMENTS_METADATA = "gpconnect.documents.metadata";
    public static final String GPC_DOCUMENTS_PATIENT_SEARCH = "gpconnect.documents.patient.search";
    public static final String GPC_DOCUMENTS_SEARCH = "gpconnect.documents.search";
    public static final String GPC_DOCUMENTS_BINARY = "gpconnect.documents.binary";
    /** Any other request under a GP Connect service root (e.g. appointments, which the sandbox does not serve). */
    public static final String GPC_OTHER = "gpconnect.other";
    public static final String SDS_ENDPOINT = "sds.endpoint";
    public static final String SDS_DEVICE = "sds.device";
    public static final String SDS_OTHER = "sds.other";
    public static final String PDS_READ = "pds.read";
    public static final String PDS_SEARCH = "pds.search";
    public static final String PDS_OTHER = "pds.other";
    /** Shared care record CapabilityStatement ({@code GET /shcr/FHIR/R4/metadata}, open without a token). */
    public static final String SHCR_METADATA = "shcr.metadata";
    /** Shared care record read ({@code GET /shcr/FHIR/R4/{type}/{id}}). */
    public static final String SHCR_READ = "shcr.read";
    /** Shared care record search ({@code GET /shcr/FHIR/R4/{type}?...}). */
    public static final String SHCR_SEARCH = "shcr.search";
    /** The next (or previous) page of a shared care record search ({@code GET /shcr/FHIR/R4?_getpages=...}). */
    public static final String SHCR_PAGE = "shcr.page";
    /** IPS {@code Patient/$summary}, type or instance level. */
    public static final String SHCR_SUMMARY = "shcr.summary";
    /** Any other request under the shared care record base (writes, unknown operations). */
    public static final String SHCR_OTHER = "shcr.other";
    /** The OAuth 2.0 token endpoint ({@code POST /oauth2/token}). */
    public static final String OAUTH_TOKEN = "oauth.token";
    /** Any other request under {@code /oauth2}. */
    public static final String OAUTH_OTHER = "oauth.other";
    /** A path no simulated API owns. */
    public static final String UNKNOWN = "unknown";

    private SandboxRoutes() {
    }
}
