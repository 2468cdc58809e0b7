package dev.carerecord.sdk.gpconnect.internal.client;

/**
 * Builds GP Connect request URLs as raw strings: {@code proxy + "/" + endpoint + "/" + path}, the endpoint
 * exactly as the directory gave it (the proxy rejects any difference, and URI normalisation would collapse the
 * embedded {@code https://}).
 */
public final class SspRequests {
    private SspRequests() {
    }

    /** The URL for {@code path} (e.g. {@code Patient/$gpc.getstructuredrecord}) under the endpoint. */
    public static String url(String proxyBaseUrl, String endpointAddress, String path) {
        String endpoint = endpointAddress.endsWith("/") ? endpointAddress : endpointAddress + "/";
        if (proxyBaseUrl == null) {
            return endpoint + path;
        }
        String proxy = proxyBaseUrl.endsWith("/") ? proxyBaseUrl : proxyBaseUrl + "/";
        return proxy + endpoint + path;
    }
}
