package dev.carerecord.sdk.fhir.internal.shcr;

import dev.carerecord.sdk.core.RequesterContext;
import dev.carerecord.sdk.core.cache.CachePolicy;
import dev.carerecord.sdk.core.exception.ErrorCode;
import dev.carerecord.sdk.core.exception.PatientNotFoundException;
import dev.carerecord.sdk.core.exception.ServiceError;
import dev.carerecord.sdk.core.ids.NhsNumber;
import dev.carerecord.sdk.fhir.internal.client.Urls;
import dev.carerecord.sdk.fhir.shcr.AmbiguousPatientException;
import dev.carerecord.sdk.model.value.CodeSystems;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;

/**
 * Finds a patient's logical id by NHS number: {@code GET [base]/Patient?identifier=https://fhir.nhs.uk/Id/nhs-number%7C{nhs}}.
 * Only Patients that actually carry the NHS number count (a server that ignored the parameter and answered
 * with other patients finds nobody, never the wrong patient). None: {@link PatientNotFoundException}; more than
 * one: {@link AmbiguousPatientException}. Not part of the public API.
 */
public final class PatientLookup {
    /** The NHS number identifier system. */
    public static final String NHS_NUMBER = "https://fhir.nhs.uk/Id/nhs-number";

    /**
     * A found patient and the request id of the search that found it.
     *
     * @param patient the Patient
     * @param included resources the search {@code _include}d (e.g. the GP practice Organization)
     * @param correlationId the search's {@code X-Request-ID}
     */
    public record Found(Patient patient, List<Resource> included, String correlationId) {
        public Found {
            included = List.copyOf(included);
        }

        /** The logical id. */
        public String id() {
            return patient.getIdElement().getIdPart();
        }
    }

    /** What the search answered. */
    private record Answer(List<Patient> matching, List<Resource> included, int attempts, String correlationId) {
    }

    private PatientLookup() {
    }

    /** The identifier search parameter value, percent-encoded. */
    public static String identifierQuery(NhsNumber nhs) {
        return "identifier=" + Urls.encode(NHS_NUMBER + "|" + nhs.value());
    }

    /** The patient with this NHS number, {@code _include}-ing {@code includes} (e.g. {@code Patient:general-practitioner}). */
    public static Found find(ShcrHttp http, RequesterContext requester, NhsNumber nhs, Duration deadline,
            List<String> includes) {
        StringBuilder url = new StringBuilder(http.baseUrl() + "/Patient?" + identifierQuery(nhs));
        includes.forEach(i -> url.append("&_include=").append(Urls.encode(i)));
        Answer answer = http.get(url.toString(), "findPatient", requester, nhs, deadline, CachePolicy.clinicalData(),
                ShcrHttp::patientErrors, dev.carerecord.sdk.core.http.ResponseHandler.cacheableWhen(response -> {
                    Bundle bundle = ShcrHttp.searchset(response);
                    List<Patient> matching = bundle.getEntry().stream()
                            .filter(e -> !e.hasSearch() || e.getSearch().getMode() == null
                                    || e.getSearch().getMode() == Bundle.SearchEntryMode.MATCH
                                    || e.getSearch().getMode() == Bundle.SearchEntryMode.NULL)
                            .map(Bundle.BundleEntryComponent::getResource)
                            .filter(r -> r instanceof Patient).map(r -> (Patient) r)
                            .filter(p -> carries(p, nhs)).toList();
                    List<Resource> included = bundle.getEntry().stream()
                            .filter(e -> e.hasSearch() && e.getSearch().getMode() == Bundle.SearchEntryMode.INCLUDE)
                            .map(Bundle.BundleEntryComponent::getResource).filter(r -> r != null).toList();
                    return new Answer(matching, included, response.attempts(), response.correlationId());
                }, a -> a.matching().stream().noneMatch(PatientLookup::restricted)));
        if (answer.matching().isEmpty()) {
            ServiceError error = new ServiceError(200, http.source(), Optional.of(ErrorCode.PATIENT_NOT_FOUND),
                    Optional.of("no Patient with this NHS number"), Optional.of(answer.correlationId()), List.of(),
                    Optional.empty(), answer.attempts());
            throw new PatientNotFoundException(error, http.source() + " holds no record of this patient");
        }
        if (answer.matching().size() > 1) {
            throw new AmbiguousPatientException(http.source(), answer.matching().size(), answer.attempts(),
                    answer.correlationId());
        }
        return new Found(answer.matching().get(0), answer.included(), answer.correlationId());
    }

    /** True when the Patient is labelled restricted or very restricted (never cached). */
    static boolean restricted(Patient patient) {
        return patient.getMeta().getSecurity().stream().anyMatch(c -> "R".equals(c.getCode()) || "V".equals(c.getCode()));
    }

    /** True when the Patient has any identifier with the NHS number system and a value. */
    public static boolean carriesAnNhsNumber(Patient patient) {
        for (Identifier id : patient.getIdentifier()) {
            if (id.hasValue() && CodeSystems.normalise(id.getSystem()).equals(NHS_NUMBER)) {
                return true;
            }
        }
        return false;
    }

    /** True when the Patient has the NHS number as an identifier (system compared normalised). */
    public static boolean carries(Patient patient, NhsNumber nhs) {
        for (Identifier id : patient.getIdentifier()) {
            if (id.hasValue() && CodeSystems.normalise(id.getSystem()).equals(NHS_NUMBER)
                    && id.getValue().replaceAll("[\\s-]", "").equals(nhs.value())) {
                return true;
            }
        }
        return false;
    }
}
