package dev.carerecord.sdk.fhir.internal.mapping;

import dev.carerecord.sdk.model.SectionKind;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Device;
import org.hl7.fhir.r4.model.DeviceUseStatement;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.Immunization;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.RelatedPerson;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;

/**
 * Sends each resource to its mapper. Supporting resources (Patient, Practitioner, PractitionerRole, Organization,
 * Medication, Location, Specimen, Composition, List, OperationOutcome, and a Device that a DeviceUseStatement
 * names) resolve references and are not entries themselves. Any other type, and any resource whose mapping fails,
 * is reported as an issue; nothing here throws. Not part of the public API.
 */
final class ResourceEntryMapper {
    private static final Set<String> SUPPORTING = Set.of("Patient", "Practitioner", "PractitionerRole",
            "Organization", "Medication", "Location", "Specimen", "Composition", "List", "OperationOutcome",
            "Bundle");

    private ResourceEntryMapper() {
    }

    /** True when the resource only supports others (resolves references) and is not an entry of its own. */
    static boolean isSupporting(Resource resource, MappingSession session) {
        if (SUPPORTING.contains(resource.fhirType())) {
            return true;
        }
        if (resource instanceof Device) {
            for (Resource other : session.resolver().all()) {
                if (other instanceof DeviceUseStatement statement && statement.hasDevice()
                        && session.resolver().resolve(statement.getDevice(), statement).orElse(null) == resource) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True when a Medication or Device is named by a medication statement / request or a device use statement
     * among the resources, and so is already represented by that entry.
     */
    static boolean isRepresentedByAnother(Resource resource, MappingSession session) {
        if (!(resource instanceof Medication) && !(resource instanceof Device)) {
            return false;
        }
        for (Resource other : session.resolver().all()) {
            Reference ref = null;
            if (other instanceof MedicationStatement s && s.getMedication() instanceof Reference r) {
                ref = r;
            } else if (other instanceof MedicationRequest m && m.getMedication() instanceof Reference r) {
                ref = r;
            } else if (other instanceof DeviceUseStatement d && d.hasDevice()) {
                ref = d.getDevice();
            }
            if (ref != null && session.resolver().resolve(ref, other).orElse(null) == resource) {
                return true;
            }
        }
        return false;
    }

    /**
     * The entry a resource maps to, placed in its section; {@code hint} is the section a document put it in
     * (null when none). Empty when it could not be mapped, with the reason recorded as an issue.
     */
    static Optional<PlacedEntry> map(Resource resource, SectionKind hint, MappingSession session) {
        try {
            return dispatch(resource, hint, session);
        } catch (RuntimeException unexpected) {
            session.issue(resource, "could not be mapped (" + unexpected.getClass().getSimpleName() + ")");
            return Optional.empty();
        }
    }

    private static Optional<PlacedEntry> dispatch(Resource resource, SectionKind hint, MappingSession session) {
        if (resource instanceof AllergyIntolerance r) {
            return Optional.of(AllergyMapper.map(r, session));
        } else if (resource instanceof Condition r) {
            return Optional.of(ConditionMapper.map(r, hint, session));
        } else if (resource instanceof MedicationStatement r) {
            return Optional.of(MedicationMapper.statement(r, session));
        } else if (resource instanceof MedicationRequest r) {
            return Optional.of(MedicationMapper.request(r, session));
        } else if (resource instanceof Immunization r) {
            return Optional.of(ImmunizationMapper.map(r, session));
        } else if (resource instanceof Observation r) {
            return Optional.of(ObservationMapper.observation(r, hint, session));
        } else if (resource instanceof DiagnosticReport r) {
            return Optional.of(ObservationMapper.report(r, session));
        } else if (resource instanceof Procedure r) {
            return Optional.of(ProcedureMapper.map(r, session));
        } else if (resource instanceof Encounter r) {
            return Optional.of(EncounterMapper.map(r, session));
        } else if (resource instanceof DocumentReference r) {
            return Optional.of(DocumentReferenceMapper.map(r, session));
        } else if (resource instanceof CarePlan r) {
            return Optional.of(CarePlanMapper.map(r, session));
        } else if (resource instanceof Flag r) {
            return Optional.of(FlagMapper.map(r, session));
        } else if (resource instanceof Consent r) {
            return ConsentMapper.map(r, hint, session);
        } else if (resource instanceof RelatedPerson r) {
            return Optional.of(ContactMapper.relatedPerson(r, session));
        } else if (resource instanceof DeviceUseStatement r) {
            return Optional.of(DeviceMapper.statement(r, session));
        } else if (resource instanceof Device r) {
            return Optional.of(DeviceMapper.device(r, session));
        } else if (resource instanceof ServiceRequest r) {
            return Optional.of(ServiceRequestMapper.map(r, hint, session));
        }
        session.issue(resource, "resource type " + resource.fhirType() + " is not mapped into the care record");
        return Optional.empty();
    }
}
