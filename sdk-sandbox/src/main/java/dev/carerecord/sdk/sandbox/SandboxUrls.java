package dev.carerecord.sdk.sandbox;

/**
 * The base URLs of a running sandbox (all on one 127.0.0.1 port). GP Connect roots are per practice and never end
 * with '/', like SDS Endpoint addresses.
 */
public final class SandboxUrls {
    private final String base;
    private final int port;

    SandboxUrls(String base, int port) {
        this.base = base;
        this.port = port;
    }

    /** {@code http://127.0.0.1:<port>}. */
    public String base() {
        return base;
    }

    public int port() {
        return port;
    }

    /** The foundations (and appointments) service root: {@code {base}/{ODS}/STU3/1/gpconnect}. */
    public String gpConnect(String ods) {
        return base + "/" + ods + "/STU3/1/gpconnect";
    }

    /** The Access Record Structured service root: {@code .../gpconnect/structured}. */
    public String gpConnectStructured(String ods) {
        return gpConnect(ods) + "/structured";
    }

    /** The Access Document service root: {@code .../gpconnect/documents}. */
    public String gpConnectDocuments(String ods) {
        return gpConnect(ods) + "/documents";
    }

    /** The SDS FHIR R4 base: {@code {base}/spine-directory/FHIR/R4}. */
    public String sds() {
        return base + "/spine-directory/FHIR/R4";
    }

    /** The PDS FHIR R4 base: {@code {base}/personal-demographics/FHIR/R4}. */
    public String pds() {
        return base + "/personal-demographics/FHIR/R4";
    }

    /** The shared care record FHIR R4 base: {@code {base}/shcr/FHIR/R4}. */
    public String shcr() {
        return base + "/shcr/FHIR/R4";
    }

    /**
     * The OAuth 2.0 token endpoint: {@code {base}/oauth2/token}. A signed-JWT client assertion's {@code aud}
     * must be exactly this URL.
     */
    public String oauthToken() {
        return base + "/oauth2/token";
    }

    /** The admin base: {@code {base}/_sandbox} (faults, requests, patients). */
    public String admin() {
        return base + "/_sandbox";
    }

    @Override
    public String toString() {
        return base;
    }
}
