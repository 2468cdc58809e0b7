package dev.carerecord.sdk.sandbox.sds;

import dev.carerecord.sdk.sandbox.gpconnect.GpConnectApi;
import java.util.List;

/** The GP Connect interactions the sandbox practices are registered for in SDS, with their service roots. */
final class GpConnectInteractions {
    /** One interaction and the routing segment of its service root ({@code gpconnect/structured}...). */
    record Entry(String interactionId, String rootSegment) {
    }

    static final List<Entry> ALL = GpConnectApi.servedInteractions().entrySet().stream()
            .map(e -> new Entry(e.getKey(), e.getValue())).toList();

    private GpConnectInteractions() {
    }

    static boolean known(String interactionId) {
        return ALL.stream().anyMatch(e -> e.interactionId().equals(interactionId));
    }
}
