package dev.carerecord.sdk.sandbox.http;

import dev.carerecord.sdk.sandbox.GpConnectError;

/** One simulated national API mounted under a path prefix of the single sandbox server. */
public interface Api {
    /** Whether this API serves {@code path}. */
    boolean owns(String path);

    /** The route name of a request (see {@code SandboxRoutes}), used by faults and the request log. */
    String route(SandboxRequest request);

    /** Serves the request; never throws for bad input (answers with the API's error format instead). */
    SandboxResponse handle(SandboxRequest request);

    /** An error response in this API's format, for an injected fault with this HTTP status. */
    SandboxResponse failure(int status, SandboxRequest request);

    /**
     * The answer for an injected GP Connect error. Only GP Connect has these; every other API answers with its
     * own error for the same status.
     */
    default SandboxResponse gpConnectError(GpConnectError error, SandboxRequest request) {
        return failure(error.status(), request);
    }
}
