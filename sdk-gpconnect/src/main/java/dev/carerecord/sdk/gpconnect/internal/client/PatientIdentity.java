package dev.carerecord.sdk.gpconnect.internal.client;

import dev.carerecord.sdk.core.ids.NhsNumber;
import dev.carerecord.sdk.gpconnect.PatientMismatchException;
import dev.carerecord.sdk.gpconnect.PatientMismatchException.Reason;
import dev.carerecord.sdk.model.value.CodeSystems;
import java.util.Optional;
import org.hl7.fhir.dstu3.model.Bundle;
import org.hl7.fhir.dstu3.model.Identifier;
import org.hl7.fhir.dstu3.model.Patient;

/**
 * Confirms that a structured record Bundle is about the patient requested: it must hold a Patient, and every
 * Patient in it must carry the requested NHS number (system {@code https://fhir.nhs.uk/Id/nhs-number}) and no
 * other. Never puts the NHS numbers in what it throws.
 */
public final class PatientIdentity {
    private PatientIdentity() {
    }

    /** Why {@code bundle} is not the requested patient's, or empty when it is. */
    public static Optional<Reason> problem(Bundle bundle, NhsNumber requested) {
        boolean anyPatient = false;
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            if (!(entry.getResource() instanceof Patient patient)) {
                continue;
            }
            anyPatient = true;
            Optional<Reason> problem = problem(patient, requested);
            if (problem.isPresent()) {
                return problem;
            }
        }
        return anyPatient ? Optional.empty() : Optional.of(Reason.NO_PATIENT);
    }

    /**
     * Throws when {@code bundle} is not the requested patient's.
     *
     * @throws PatientMismatchException naming {@code source}, with the attempts and trace id of the response
     */
    public static void confirm(Bundle bundle, NhsNumber requested, String source, int attempts, String traceId) {
        Optional<Reason> problem = problem(bundle, requested);
        if (problem.isPresent()) {
            throw new PatientMismatchException(problem.get(), source, attempts, traceId);
        }
    }

    private static Optional<Reason> problem(Patient patient, NhsNumber requested) {
        boolean found = false;
        for (Identifier identifier : patient.getIdentifier()) {
            if (!CodeSystems.normalise(identifier.getSystem()).equals(CodeSystems.NHS_NUMBER)) {
                continue;
            }
            String value = identifier.getValue();
            if (value == null || value.isBlank()) {
                continue; // a value with no text (a data-absent extension) is no NHS number, as in the mapper
            }
            found = true;
            if (!NhsNumber.isValid(value)) {
                // a second, broken number beside the right one still refuses the record: it cannot be told apart
                // from a merge of two patients, so the reason says what was seen
                return Optional.of(Reason.INVALID_NHS_NUMBER);
            }
            if (!NhsNumber.parse(value).equals(requested)) {
                return Optional.of(Reason.OTHER_NHS_NUMBER);
            }
        }
        return found ? Optional.empty() : Optional.of(Reason.NO_NHS_NUMBER);
    }
}
