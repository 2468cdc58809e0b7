package dev.carerecord.sdk.sandbox;

/**
 * Route names: every request the sandbox receives is classified as one of these, for fault injection
 * ({@code sandbox.faults().on(route)}) and the request log. A fault may also name a group with a trailing
 * {@code .*} (e.g. {@code "gpconnect.*"}, {@code "pds.*"}) or {@code "*"} for everything.
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
    /** A path no simulated API owns. */
    public static final String UNKNOWN = "unknown";

    private SandboxRoutes() {
    }
}
