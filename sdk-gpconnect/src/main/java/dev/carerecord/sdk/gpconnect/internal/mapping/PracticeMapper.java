package dev.carerecord.sdk.gpconnect.internal.mapping;

import dev.carerecord.sdk.model.GpPractice;
import dev.carerecord.sdk.model.provenance.Actor;
import dev.carerecord.sdk.model.value.CodedValue;
import dev.carerecord.sdk.model.value.Period;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.dstu3.model.CodeableConcept;
import org.hl7.fhir.dstu3.model.Extension;
import org.hl7.fhir.dstu3.model.Organization;
import org.hl7.fhir.dstu3.model.Patient;
import org.hl7.fhir.dstu3.model.Practitioner;
import org.hl7.fhir.dstu3.model.PractitionerRole;
import org.hl7.fhir.dstu3.model.Reference;
import org.hl7.fhir.dstu3.model.Resource;

/**
 * Finds the patient's registered practice and maps it to {@link GpPractice}: ODS code, name, address, telecom,
 * usual GP (Practitioner, with the job role and organisation of its PractitionerRole where one exists) and the
 * registration details extension (type, period).
 *
 * <p>The practice is, in order: an Organization in {@code Patient.generalPractitioner}; the organisation of the
 * PractitionerRole of a Practitioner there (the examples put the usual GP, not the practice, in
 * {@code generalPractitioner}); the Organization whose ODS code is the one the request was routed to (which may
 * be {@code managingOrganization}); and only then {@code Patient.managingOrganization}, reported as a guess,
 * because it is the organisation serving the request, which may be a hub rather than the registered practice
 * (spec section 7). Any other Organization (a laboratory, say) is never taken for the practice.
 */
final class PracticeMapper {
    private PracticeMapper() {
    }

    /**
     * What the Bundle says about the registered practice; {@code fromServingOrganisation} when the practice is
     * {@code managingOrganization} taken for want of anything better.
     */
    record Found(Optional<Organization> practice, Optional<Resource> usualGp, boolean fromServingOrganisation) {
    }

    /** Finds the practice and usual GP (before any entry is mapped: the practice's ODS code keys entry ids). */
    static Found find(ResourceIndex index, Optional<Patient> patient, Optional<String> routedOds) {
        Optional<Organization> practice = Optional.empty();
        Optional<Resource> usualGp = Optional.empty();
        if (patient.isPresent()) {
            for (Reference reference : patient.get().getGeneralPractitioner()) {
                Optional<Resource> target = index.resolve(reference, patient.get());
                if (target.isEmpty()) {
                    continue;
                }
                Resource resource = target.get();
                if (resource instanceof Organization organisation && practice.isEmpty()) {
                    practice = Optional.of(organisation);
                } else if ((resource instanceof Practitioner || resource instanceof PractitionerRole)
                        && usualGp.isEmpty()) {
                    usualGp = Optional.of(resource);
                }
            }
            if (practice.isEmpty() && usualGp.isPresent()) {
                practice = organisationOf(index, usualGp.get());
            }
        }
        if (practice.isEmpty() && routedOds.isPresent()) {
            practice = index.ofType(Organization.class).stream()
                    .filter(o -> ActorResolver.odsCode(o).filter(routedOds.get()::equalsIgnoreCase).isPresent())
                    .findFirst();
        }
        if (practice.isEmpty() && patient.isPresent() && patient.get().hasManagingOrganization()) {
            practice = index.resolve(patient.get().getManagingOrganization(), patient.get())
                    .filter(Organization.class::isInstance).map(Organization.class::cast);
            return new Found(practice, usualGp, practice.isPresent());
        }
        return new Found(practice, usualGp, false);
    }

    private static Optional<Organization> organisationOf(ResourceIndex index, Resource gp) {
        PractitionerRole role = null;
        if (gp instanceof PractitionerRole direct) {
            role = direct;
        } else if (gp instanceof Practitioner practitioner) {
            role = new ActorResolver(index).onlyRole(practitioner).orElse(null);
        }
        if (role == null || !role.hasOrganization()) {
            return Optional.empty();
        }
        return index.resolve(role.getOrganization(), role).filter(Organization.class::isInstance)
                .map(Organization.class::cast);
    }

    /** The practice for the record; empty when the Bundle says nothing about it. */
    static Optional<GpPractice> map(MappingRun run, Found found, Optional<Patient> patient) {
        Optional<Extension> registration = patient.flatMap(p -> Extensions.first(p, Extensions.REGISTRATION_DETAILS));
        Optional<Period> period = registration.flatMap(r -> Extensions.part(r, "registrationPeriod"))
                .map(Extension::getValue).flatMap(Stu3Values::period);
        Optional<CodedValue> type = registration.flatMap(r -> Extensions.part(r, "registrationType"))
                .map(Extension::getValue).filter(CodeableConcept.class::isInstance)
                .flatMap(v -> Stu3Values.optionalCoded((CodeableConcept) v));
        Optional<Actor> usualGp = found.usualGp().flatMap(run.actors::actor);
        if (found.practice().isEmpty()) {
            run.recordIssue(patient.orElse(null), "the registered practice Organization was not found in the Bundle");
            if (usualGp.isEmpty() && period.isEmpty() && type.isEmpty() && run.providerOds().isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new GpPractice(run.providerOds(), Optional.empty(), List.of(), List.of(), usualGp,
                    type, period, Optional.empty()));
        }
        Organization practice = found.practice().get();
        if (found.fromServingOrganisation()) {
            run.recordIssue(practice, "the registered practice was not identified; Patient.managingOrganization "
                    + "was taken for it, but it is the organisation serving the request and may not be the practice");
        }
        return Optional.of(new GpPractice(ActorResolver.odsCode(practice).or(run::providerOds),
                Stu3Values.text(practice.getName()), Stu3Values.addresses(practice.getAddress()),
                Stu3Values.telecoms(practice.getTelecom()), usualGp, type, period,
                Optional.of(run.provenance(practice, Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.empty()))));
    }
}
