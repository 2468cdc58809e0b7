package dev.carerecord.sdk.fhir.internal.mapping;

import dev.carerecord.sdk.model.value.PartialDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;

/**
 * Per resource type, which reference names who recorded it, who performed or asserted it, which organisations
 * may be its provider, where it happened, and which date is its recording date. One place, so that an entry's
 * provenance and the id other entries use to refer to it are always derived the same way.
 *
 * <p>Provider organisation order: the recorder's organisation, then the performer's / asserter's, then the
 * resource's own managing organisation reference (Encounter {@code serviceProvider}, DocumentReference
 * {@code custodian}, Consent {@code organization}, Device {@code owner}, Patient {@code managingOrganization}).
 * {@code meta.source} is not used. When none of these names an ODS code the document's or the context's default
 * applies (see {@link EntryFactory}). Not part of the public API.
 */
final class ResourceRoles {
    private ResourceRoles() {
    }

    /** Who recorded the item (the person completing the record), or null. */
    static Reference recorder(Resource resource) {
        if (resource instanceof AllergyIntolerance r) {
            return r.hasRecorder() ? r.getRecorder() : null;
        } else if (resource instanceof Condition r) {
            return r.hasRecorder() ? r.getRecorder() : null;
        } else if (resource instanceof MedicationRequest r) {
            return r.hasRecorder() ? r.getRecorder() : null;
        } else if (resource instanceof Procedure r) {
            return r.hasRecorder() ? r.getRecorder() : null;
        } else if (resource instanceof DocumentReference r) {
            return R4Types.first(r.getAuthor());
        } else if (resource instanceof CarePlan r) {
            return r.hasAuthor() ? r.getAuthor() : null;
        } else if (resource instanceof Flag r) {
            return r.hasAuthor() ? r.getAuthor() : null;
        } else if (resource instanceof ServiceRequest r) {
            return r.hasRequester() ? r.getRequester() : null;
        }
        return null;
    }

    /** Who performed, asserted, requested or was the source of the item, or null. */
    static Reference performer(Resource resource) {
        if (resource instanceof AllergyIntolerance r) {
            return r.hasAsserter() ? r.getAsserter() : null;
        } else if (resource instanceof Condition r) {
            return r.hasAsserter() ? r.getAsserter() : null;
        } else if (resource instanceof MedicationStatement r) {
            return r.hasInformationSource() ? r.getInformationSource() : null;
        } else if (resource instanceof MedicationRequest r) {
            return r.hasRequester() ? r.getRequester() : null;
        } else if (resource instanceof Immunization r) {
            return r.getPerformer().stream().filter(p -> p.hasActor()).map(p -> p.getActor()).findFirst().orElse(null);
        } else if (resource instanceof Observation r) {
            return R4Types.first(r.getPerformer());
        } else if (resource instanceof DiagnosticReport r) {
            return R4Types.first(r.getPerformer());
        } else if (resource instanceof Procedure r) {
            return r.getPerformer().stream().filter(p -> p.hasActor()).map(p -> p.getActor()).findFirst().orElse(null);
        } else if (resource instanceof Encounter r) {
            return r.getParticipant().stream().filter(p -> p.hasIndividual()).map(p -> p.getIndividual())
                    .findFirst().orElse(null);
        } else if (resource instanceof Consent r) {
            return R4Types.first(r.getPerformer());
        } else if (resource instanceof DeviceUseStatement r) {
            return r.hasSource() ? r.getSource() : null;
        } else if (resource instanceof ServiceRequest r) {
            return R4Types.first(r.getPerformer());
        }
        return null;
    }

    /** The references that may name the provider organisation, in the order they are tried. */
    static List<Reference> organisationCandidates(Resource resource) {
        List<Reference> refs = new ArrayList<>();
        add(refs, recorder(resource));
        add(refs, performer(resource));
        if (resource instanceof Immunization r) {
            r.getPerformer().forEach(p -> add(refs, p.getActor()));
        } else if (resource instanceof Observation r) {
            r.getPerformer().forEach(p -> add(refs, p));
        } else if (resource instanceof DiagnosticReport r) {
            r.getPerformer().forEach(p -> add(refs, p));
        } else if (resource instanceof Procedure r) {
            r.getPerformer().forEach(p -> {
                add(refs, p.getActor());
                add(refs, p.getOnBehalfOf());
            });
        } else if (resource instanceof Encounter r) {
            add(refs, r.getServiceProvider());
        } else if (resource instanceof DocumentReference r) {
            r.getAuthor().forEach(a -> add(refs, a));
            add(refs, r.getCustodian());
        } else if (resource instanceof Consent r) {
            r.getOrganization().forEach(o -> add(refs, o));
        } else if (resource instanceof Device r) {
            add(refs, r.getOwner());
        } else if (resource instanceof Patient r) {
            add(refs, r.getManagingOrganization());
        }
        return refs;
    }

    /** Where the item happened, or null. */
    static Reference location(Resource resource) {
        if (resource instanceof Immunization r) {
            return r.hasLocation() ? r.getLocation() : null;
        } else if (resource instanceof Procedure r) {
            return r.hasLocation() ? r.getLocation() : null;
        } else if (resource instanceof Encounter r) {
            return r.getLocation().stream().filter(l -> l.hasLocation()).map(l -> l.getLocation()).findFirst()
                    .orElse(null);
        }
        return null;
    }

    /** When the item was recorded (recordedDate, dateAsserted, authoredOn, issued, recorded, date, created). */
    static Optional<PartialDateTime> recordedAt(Resource resource) {
        if (resource instanceof AllergyIntolerance r) {
            return R4Types.date(r.getRecordedDateElement());
        } else if (resource instanceof Condition r) {
            return R4Types.date(r.getRecordedDateElement());
        } else if (resource instanceof MedicationStatement r) {
            return R4Types.date(r.getDateAssertedElement());
        } else if (resource instanceof MedicationRequest r) {
            return R4Types.date(r.getAuthoredOnElement());
        } else if (resource instanceof Immunization r) {
            return R4Types.date(r.getRecordedElement());
        } else if (resource instanceof Observation r) {
            return R4Types.date(r.getIssuedElement());
        } else if (resource instanceof DiagnosticReport r) {
            return R4Types.date(r.getIssuedElement());
        } else if (resource instanceof DocumentReference r) {
            return R4Types.date(r.getDateElement());
        } else if (resource instanceof CarePlan r) {
            return R4Types.date(r.getCreatedElement());
        } else if (resource instanceof Consent r) {
            return R4Types.date(r.getDateTimeElement());
        } else if (resource instanceof DeviceUseStatement r) {
            return R4Types.date(r.getRecordedOnElement());
        } else if (resource instanceof ServiceRequest r) {
            return R4Types.date(r.getAuthoredOnElement());
        }
        return Optional.empty();
    }

    private static void add(List<Reference> refs, Reference ref) {
        if (ref != null && !ref.isEmpty() && !refs.contains(ref)) {
            refs.add(ref);
        }
    }
}
