package dev.carerecord.sdk.model.provenance;

import static dev.carerecord.sdk.core.internal.Values.opt;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One retrieval from one source: what kind of source, which system and endpoint, which organisation controls
 * the data, when it was retrieved and under which correlation id ({@code Ssp-TraceID}, {@code X-Request-ID}).
 * Entries from the same retrieval share one instance.
 */
public record SourceRef(SourceKind kind, String fhirVersion, String system, Optional<String> endpoint,
        Optional<String> organisationOdsCode, Instant retrievedAt, Optional<String> correlationId) {

    public SourceRef {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(fhirVersion, "fhirVersion");
        Objects.requireNonNull(system, "system");
        endpoint = opt(endpoint);
        organisationOdsCode = opt(organisationOdsCode);
        Objects.requireNonNull(retrievedAt, "retrievedAt");
        correlationId = opt(correlationId);
    }
}
