package dev.carerecord.sdk.fhir.shcr;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a FHIR R4 server says it offers, read from its CapabilityStatement ({@code GET [base]/metadata}): the
 * resource types it can search, each type's search parameters and {@code _include} values, and whether it
 * offers {@code Patient/$everything} and the IPS {@code Patient/$summary}. When the CapabilityStatement could
 * not be had, {@link #unknown()} says "assume it is there" for searches and operations, and offers no
 * includes. Immutable.
 */
public final class ServerCapabilities {
    private static final ServerCapabilities UNKNOWN = new ServerCapabilities(false, Optional.empty(), Map.of(),
            Map.of(), Map.of(), false, false);

    private final boolean known;
    private final Optional<String> fhirVersion;
    private final Map<String, Set<String>> searchParams;
    private final Map<String, Set<String>> includes;
    private final Map<String, Set<String>> interactions;
    private final boolean everything;
    private final boolean summary;

    /**
     * Capabilities as read.
     *
     * @param fhirVersion the statement's {@code fhirVersion}
     * @param interactions per resource type, its interaction codes ({@code read}, {@code search-type}...)
     * @param searchParams per resource type, its search parameter names
     * @param includes per resource type, its {@code searchInclude} values (e.g. {@code MedicationRequest:medication})
     * @param everything whether {@code Patient/$everything} is offered
     * @param summary whether {@code Patient/$summary} is offered
     */
    public ServerCapabilities(Optional<String> fhirVersion, Map<String, Set<String>> interactions,
            Map<String, Set<String>> searchParams, Map<String, Set<String>> includes, boolean everything,
            boolean summary) {
        this(true, fhirVersion, interactions, searchParams, includes, everything, summary);
    }

    private ServerCapabilities(boolean known, Optional<String> fhirVersion, Map<String, Set<String>> interactions,
            Map<String, Set<String>> searchParams, Map<String, Set<String>> includes, boolean everything,
            boolean summary) {
        this.known = known;
        this.fhirVersion = Objects.requireNonNull(fhirVersion, "fhirVersion");
        this.interactions = copy(interactions);
        this.searchParams = copy(searchParams);
        this.includes = copy(includes);
        this.everything = everything;
        this.summary = summary;
    }

    /** Capabilities of a server whose CapabilityStatement could not be read: everything is assumed offered. */
    public static ServerCapabilities unknown() {
        return UNKNOWN;
    }

    /** False when these are {@link #unknown()}. */
    public boolean isKnown() {
        return known;
    }

    /** The FHIR version the server states. */
    public Optional<String> fhirVersion() {
        return fhirVersion;
    }

    /** The resource types the statement lists. */
    public Set<String> resourceTypes() {
        return interactions.keySet();
    }

    /** True when {@code type} can be searched ({@code search-type}), or the capabilities are unknown. */
    public boolean supportsSearch(String type) {
        return !known || interactions.getOrDefault(type, Set.of()).contains("search-type");
    }

    /**
     * True when {@code type} lists the search parameter {@code name}; when the type lists no parameters at all
     * (the statement is silent) or the capabilities are unknown, true for any parameter of a searchable type.
     */
    public boolean supportsSearchParam(String type, String name) {
        if (!supportsSearch(type)) {
            return false;
        }
        Set<String> params = searchParams.getOrDefault(type, Set.of());
        return params.isEmpty() || params.contains(name);
    }

    /** The search parameters {@code type} lists. */
    public Set<String> searchParams(String type) {
        return searchParams.getOrDefault(type, Set.of());
    }

    /** True when {@code type} lists {@code include} (e.g. {@code MedicationRequest:medication}) or {@code *}. */
    public boolean supportsInclude(String type, String include) {
        Set<String> values = includes.getOrDefault(type, Set.of());
        return values.contains(include) || values.contains("*");
    }

    /** The {@code _include} values {@code type} lists. */
    public Set<String> includes(String type) {
        return includes.getOrDefault(type, Set.of());
    }

    /** Whether {@code Patient/$everything} is offered. */
    public boolean supportsEverything() {
        return everything;
    }

    /** Whether {@code Patient/$summary} is offered (assumed when the capabilities are unknown). */
    public boolean supportsSummary() {
        return summary || !known;
    }

    @Override
    public String toString() {
        return known ? "ServerCapabilities[" + fhirVersion.orElse("?") + ", types=" + resourceTypes().size()
                + ", $everything=" + everything + ", $summary=" + summary + "]" : "ServerCapabilities[unknown]";
    }

    private static Map<String, Set<String>> copy(Map<String, Set<String>> map) {
        java.util.Map<String, Set<String>> copy = new java.util.TreeMap<>();
        map.forEach((k, v) -> copy.put(k, Set.copyOf(v)));
        return java.util.Collections.unmodifiableMap(copy);
    }
}
