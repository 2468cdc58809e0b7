package dev.carerecord.sdk.model.provenance;

import static dev.carerecord.sdk.core.internal.Values.list;
import static dev.carerecord.sdk.core.internal.Values.opt;

import dev.carerecord.sdk.model.value.Identifier;
import dev.carerecord.sdk.model.value.PartialDateTime;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an entry came from and who is behind it: the retrieval ({@link SourceRef}), the source resource (type,
 * id, version, last updated), its business identifiers (which GP Connect consumers must keep), the provider
 * organisation, who recorded and who performed or asserted it, when it was recorded, and where. When the same
 * item arrived from several sources and was de-duplicated, {@code mergedFrom} keeps the other sources' provenance.
 */
public record Provenance(SourceRef source, String resourceType, Optional<String> resourceId,
        Optional<String> versionId, Optional<Instant> lastUpdated, List<Identifier> businessIdentifiers,
        Optional<String> providerOdsCode, Optional<Actor> recorder, Optional<Actor> performer,
        Optional<PartialDateTime> recordedAt, Optional<String> location, List<Provenance> mergedFrom) {

    public Provenance {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(resourceType, "resourceType");
        resourceId = opt(resourceId);
        versionId = opt(versionId);
        lastUpdated = opt(lastUpdated);
        businessIdentifiers = list(businessIdentifiers);
        providerOdsCode = opt(providerOdsCode);
        recorder = opt(recorder);
        performer = opt(performer);
        recordedAt = opt(recordedAt);
        location = opt(location);
        mergedFrom = list(mergedFrom);
    }

    /** A copy that also records {@code other}: the same item seen in another source and merged into this one. */
    public Provenance withMerged(Provenance other) {
        java.util.List<Provenance> all = new java.util.ArrayList<>(mergedFrom);
        all.add(other);
        return new Provenance(source, resourceType, resourceId, versionId, lastUpdated, businessIdentifiers,
                providerOdsCode, recorder, performer, recordedAt, location, all);
    }
}
