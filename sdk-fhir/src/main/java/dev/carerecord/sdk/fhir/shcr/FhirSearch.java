package dev.carerecord.sdk.fhir.shcr;

import dev.carerecord.sdk.core.exception.InvalidInputException;
import dev.carerecord.sdk.core.ids.NhsNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A FHIR search ({@code GET [base]/[type]?name=value&...}) for {@link SharedCareRecordClient#search}: the
 * resource type and the parameters in order (a name may repeat: repeated parameters AND, a comma inside one
 * value ORs). Values are given unencoded; the client percent-encodes them (a token's {@code system|code} is sent
 * as {@code system%7Ccode}). The patient it concerns, when set, goes to the audit trail. Immutable.
 *
 * <pre>{@code
 * FhirSearch search = FhirSearch.of("Observation").param("patient", patientId).param("category", "laboratory")
 *     .param("_count", "50");
 * }</pre>
 */
public final class FhirSearch {
    private final String resourceType;
    private final List<Map.Entry<String, String>> params;
    private final Optional<NhsNumber> patient;

    private FhirSearch(String resourceType, List<Map.Entry<String, String>> params, Optional<NhsNumber> patient) {
        this.resourceType = resourceType;
        this.params = List.copyOf(params);
        this.patient = patient;
    }

    /**
     * A search of {@code resourceType} with no parameters yet.
     *
     * @throws InvalidInputException when the type is not a FHIR resource type name
     */
    public static FhirSearch of(String resourceType) {
        if (resourceType == null || !resourceType.matches("[A-Z][A-Za-z]{1,63}")) {
            throw new InvalidInputException("resourceType", "must be a FHIR resource type name such as Observation");
        }
        return new FhirSearch(resourceType, List.of(), Optional.empty());
    }

    /** A copy with one more parameter. */
    public FhirSearch param(String name, String value) {
        if (name == null || !name.matches("[A-Za-z_][A-Za-z0-9_.:\\-]{0,99}")) {
            throw new InvalidInputException("param", "is not a search parameter name");
        }
        if (value == null) {
            throw new InvalidInputException(name, "has no value");
        }
        List<Map.Entry<String, String>> more = new ArrayList<>(params);
        more.add(Map.entry(name, value));
        return new FhirSearch(resourceType, more, patient);
    }

    /** A copy that names the patient the search concerns (audit, cache purge by patient). */
    public FhirSearch forPatient(NhsNumber value) {
        return new FhirSearch(resourceType, params, Optional.of(Objects.requireNonNull(value, "patient")));
    }

    public String resourceType() {
        return resourceType;
    }

    /** The parameters in order, unencoded. */
    public List<Map.Entry<String, String>> params() {
        return params;
    }

    public Optional<NhsNumber> patient() {
        return patient;
    }

    /** The type and parameter names only: values may identify the patient. */
    @Override
    public String toString() {
        return "FhirSearch[" + resourceType + params.stream().map(Map.Entry::getKey).toList() + "]";
    }
}
