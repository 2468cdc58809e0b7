package dev.carerecord.sdk.fhir.internal.mapping;

import dev.carerecord.sdk.fhir.internal.fhir.R4Fhir;
import dev.carerecord.sdk.model.provenance.SourceKind;
import dev.carerecord.sdk.model.provenance.SourceRef;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the R4 mappers need to know about one retrieval: the model {@link SourceRef} every mapped entry points to
 * (kind {@link SourceKind#SHARED_CARE_RECORD_R4}, {@link SourceKind#IPS_DOCUMENT} or {@link SourceKind#PDS},
 * FHIR version 4.0.1, system name, endpoint, organisation ODS code, retrieval time, correlation id), and the
 * provider ODS code to use for entries whose resources name no organisation.
 *
 * @param source the retrieval
 * @param defaultProviderOdsCode the provider ODS code for entries that name none (else the source's organisation)
 */
public record R4MappingContext(SourceRef source, Optional<String> defaultProviderOdsCode) {
    private static final Set<SourceKind> R4_KINDS =
            EnumSet.of(SourceKind.SHARED_CARE_RECORD_R4, SourceKind.IPS_DOCUMENT, SourceKind.PDS);

    /** Checks the source is an R4 source of a kind these mappers serve. */
    public R4MappingContext {
        Objects.requireNonNull(source, "source");
        if (!R4_KINDS.contains(source.kind())) {
            throw new IllegalArgumentException("R4 mapping serves " + R4_KINDS + ", not " + source.kind());
        }
        if (!R4Fhir.FHIR_VERSION.equals(source.fhirVersion())) {
            throw new IllegalArgumentException("R4 mapping needs FHIR version " + R4Fhir.FHIR_VERSION + ", not "
                    + source.fhirVersion());
        }
        defaultProviderOdsCode = defaultProviderOdsCode == null ? Optional.empty()
                : defaultProviderOdsCode.filter(s -> !s.isBlank());
    }

    /**
     * A context for one retrieval.
     *
     * @param kind shared care record, IPS document or PDS
     * @param system the source system's name (e.g. the shared care record's name)
     * @param endpoint the base URL asked, or null
     * @param organisationOdsCode the ODS code of the organisation that controls the data, or null
     * @param retrievedAt when the response arrived
     * @param correlationId the request's correlation id, or null
     * @param defaultProviderOdsCode the provider ODS code for entries naming none, or null
     */
    public static R4MappingContext of(SourceKind kind, String system, String endpoint, String organisationOdsCode,
            Instant retrievedAt, String correlationId, String defaultProviderOdsCode) {
        SourceRef source = new SourceRef(kind, R4Fhir.FHIR_VERSION, system, Optional.ofNullable(endpoint),
                Optional.ofNullable(organisationOdsCode), retrievedAt, Optional.ofNullable(correlationId));
        return new R4MappingContext(source, Optional.ofNullable(defaultProviderOdsCode));
    }

    /** The provider ODS code for an entry that names no organisation: the default, else the source's organisation. */
    public Optional<String> fallbackProviderOdsCode() {
        return defaultProviderOdsCode.or(source::organisationOdsCode);
    }
}
