package dev.carerecord.sdk.gpconnect.internal.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.hl7.fhir.dstu3.model.AllergyIntolerance;
import org.hl7.fhir.dstu3.model.Condition;
import org.hl7.fhir.dstu3.model.DiagnosticReport;
import org.hl7.fhir.dstu3.model.DocumentReference;
import org.hl7.fhir.dstu3.model.Encounter;
import org.hl7.fhir.dstu3.model.Identifier;
import org.hl7.fhir.dstu3.model.Immunization;
import org.hl7.fhir.dstu3.model.ListResource;
import org.hl7.fhir.dstu3.model.Location;
import org.hl7.fhir.dstu3.model.MedicationRequest;
import org.hl7.fhir.dstu3.model.MedicationStatement;
import org.hl7.fhir.dstu3.model.Observation;
import org.hl7.fhir.dstu3.model.Organization;
import org.hl7.fhir.dstu3.model.Patient;
import org.hl7.fhir.dstu3.model.Practitioner;
import org.hl7.fhir.dstu3.model.PractitionerRole;
import org.hl7.fhir.dstu3.model.ProcedureRequest;
import org.hl7.fhir.dstu3.model.ReferralRequest;
import org.hl7.fhir.dstu3.model.Resource;
import org.hl7.fhir.dstu3.model.Specimen;

/** Fields every resource type has but no common STU3 supertype declares. */
final class ResourceFields {
    private ResourceFields() {
    }

    /** The business identifiers of a resource (DocumentReference: master identifier first). */
    static List<Identifier> identifiers(Resource resource) {
        if (resource instanceof AllergyIntolerance r) {
            return r.getIdentifier();
        }
        if (resource instanceof MedicationStatement r) {
            return r.getIdentifier();
        }
        if (resource instanceof MedicationRequest r) {
            return r.getIdentifier();
        }
        if (resource instanceof Condition r) {
            return r.getIdentifier();
        }
        if (resource instanceof Encounter r) {
            return r.getIdentifier();
        }
        if (resource instanceof Immunization r) {
            return r.getIdentifier();
        }
        if (resource instanceof Observation r) {
            return r.getIdentifier();
        }
        if (resource instanceof DiagnosticReport r) {
            return r.getIdentifier();
        }
        if (resource instanceof ReferralRequest r) {
            return r.getIdentifier();
        }
        if (resource instanceof ProcedureRequest r) {
            return r.getIdentifier();
        }
        if (resource instanceof DocumentReference r) {
            List<Identifier> all = new ArrayList<>();
            if (r.hasMasterIdentifier()) {
                all.add(r.getMasterIdentifier());
            }
            all.addAll(r.getIdentifier());
            return all;
        }
        if (resource instanceof Patient r) {
            return r.getIdentifier();
        }
        if (resource instanceof Practitioner r) {
            return r.getIdentifier();
        }
        if (resource instanceof PractitionerRole r) {
            return r.getIdentifier();
        }
        if (resource instanceof Organization r) {
            return r.getIdentifier();
        }
        if (resource instanceof Location r) {
            return r.getIdentifier();
        }
        if (resource instanceof Specimen r) {
            return r.hasAccessionIdentifier()
                    ? Stream.concat(r.getIdentifier().stream(),
                            Stream.of(r.getAccessionIdentifier())).toList()
                    : r.getIdentifier();
        }
        if (resource instanceof ListResource r) {
            return r.getIdentifier();
        }
        return List.of();
    }
}
