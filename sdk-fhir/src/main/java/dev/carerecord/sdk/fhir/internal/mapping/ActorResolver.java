package dev.carerecord.sdk.fhir.internal.mapping;

import dev.carerecord.sdk.model.provenance.Actor;
import dev.carerecord.sdk.model.value.CodeSystems;
import dev.carerecord.sdk.model.value.CodedValue;
import dev.carerecord.sdk.model.value.HumanName;
import dev.carerecord.sdk.model.value.Identifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.Device;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.RelatedPerson;
import org.hl7.fhir.r4.model.Resource;

/**
 * Turns references to people and organisations into {@link Actor}s: a Practitioner gives name and identifiers
 * (GMC, SDS user id...); a PractitionerRole adds its identifiers (SDS role profile id), its role and its
 * organisation; an Organization gives its ODS code and name. An unresolved reference still gives what it carries
 * itself (identifier, display). Not part of the public API.
 */
final class ActorResolver {
    private final MappingSession session;

    ActorResolver(MappingSession session) {
        this.session = session;
    }

    /** The actor a reference names; issues are reported for literal references that do not resolve. */
    Optional<Actor> actor(Reference reference, Resource from, String element) {
        if (ReferenceResolver.isEmpty(reference)) {
            return Optional.empty();
        }
        Optional<Resource> target = session.resolve(reference, from, element);
        if (target.isPresent()) {
            Optional<Actor> actor = actorOf(target.get(), 0);
            if (actor.isPresent()) {
                return actor;
            }
        }
        return fromReferenceItself(reference);
    }

    /** A name to show for whoever a reference names (person or organisation), issues reported as for actor. */
    Optional<String> displayName(Reference reference, Resource from, String element) {
        return actor(reference, from, element).flatMap(a -> a.name().or(a::organisationName))
                .or(() -> R4Types.text(reference == null ? null : reference.getDisplay()));
    }

    /** The ODS code of the organisation a reference names (directly or through a PractitionerRole); quiet. */
    Optional<String> organisationOds(Reference reference, Resource from) {
        if (ReferenceResolver.isEmpty(reference)) {
            return Optional.empty();
        }
        Optional<Resource> target = session.resolver().resolve(reference, from);
        if (target.isPresent()) {
            if (target.get() instanceof Organization organization) {
                return odsCode(R4Types.identifiers(organization.getIdentifier()));
            }
            if (target.get() instanceof PractitionerRole role) {
                return organisationOds(role.getOrganization(), role);
            }
            return Optional.empty();
        }
        return R4Types.identifier(reference.getIdentifier()).flatMap(id -> odsCode(List.of(id)));
    }

    /** The name of a Location a reference names, or the reference's display. */
    Optional<String> locationName(Reference reference, Resource from, String element) {
        if (ReferenceResolver.isEmpty(reference)) {
            return Optional.empty();
        }
        return session.resolve(reference, from, element, Location.class).flatMap(l -> R4Types.text(l.getName()))
                .or(() -> R4Types.text(reference.getDisplay()));
    }

    /** The first ODS organisation or site code among identifiers. */
    static Optional<String> odsCode(List<Identifier> identifiers) {
        return identifiers.stream()
                .filter(id -> id.system().map(ActorResolver::isOdsSystem).orElse(false))
                .map(Identifier::value).findFirst();
    }

    private static boolean isOdsSystem(String system) {
        String s = CodeSystems.normalise(system).toLowerCase(java.util.Locale.ROOT);
        return s.endsWith("/id/ods-organization-code") || s.endsWith("/id/ods-site-code");
    }

    private Optional<Actor> actorOf(Resource target, int depth) {
        if (target instanceof Practitioner practitioner) {
            return Optional.of(new Actor(R4People.preferredName(practitioner.getName()).map(HumanName::display),
                    R4Types.identifiers(practitioner.getIdentifier()), null, null, null));
        }
        if (target instanceof PractitionerRole role) {
            return Optional.of(roleActor(role, depth));
        }
        if (target instanceof Organization organization) {
            return Optional.of(new Actor(null, R4Types.identifiers(organization.getIdentifier()), null,
                    odsCode(R4Types.identifiers(organization.getIdentifier())), R4Types.text(organization.getName())));
        }
        if (target instanceof Patient patient) {
            return Optional.of(new Actor(R4People.preferredName(patient.getName()).map(HumanName::display),
                    List.of(), null, null, null));
        }
        if (target instanceof RelatedPerson person) {
            return Optional.of(new Actor(R4People.preferredName(person.getName()).map(HumanName::display),
                    R4Types.identifiers(person.getIdentifier()), R4Types.coded(R4Types.first(person.getRelationship())),
                    null, null));
        }
        if (target instanceof Device device) {
            Optional<String> name = device.getDeviceName().stream().map(n -> R4Types.text(n.getName()))
                    .flatMap(Optional::stream).findFirst();
            return Optional.of(new Actor(name, R4Types.identifiers(device.getIdentifier()),
                    R4Types.coded(device.getType()), null, null));
        }
        return Optional.empty();
    }

    private Actor roleActor(PractitionerRole role, int depth) {
        Optional<String> name = Optional.empty();
        List<Identifier> identifiers = new ArrayList<>();
        if (role.hasPractitioner() && depth == 0) {
            Optional<Actor> practitioner = actor(role.getPractitioner(), role, "PractitionerRole.practitioner");
            if (practitioner.isPresent()) {
                name = practitioner.get().name();
                identifiers.addAll(practitioner.get().identifiers());
            }
        }
        identifiers.addAll(R4Types.identifiers(role.getIdentifier()));
        Optional<CodedValue> roleCode = R4Types.coded(R4Types.first(role.getCode()));
        Optional<String> orgOds = Optional.empty();
        Optional<String> orgName = Optional.empty();
        if (role.hasOrganization()) {
            Optional<Organization> organization = session.resolve(role.getOrganization(), role,
                    "PractitionerRole.organization", Organization.class);
            orgOds = organization.flatMap(o -> odsCode(R4Types.identifiers(o.getIdentifier())))
                    .or(() -> organisationOds(role.getOrganization(), role));
            orgName = organization.flatMap(o -> R4Types.text(o.getName()))
                    .or(() -> R4Types.text(role.getOrganization().getDisplay()));
        }
        return new Actor(name, identifiers, roleCode, orgOds, orgName);
    }

    private static Optional<Actor> fromReferenceItself(Reference reference) {
        Optional<Identifier> identifier = R4Types.identifier(reference.getIdentifier());
        Optional<String> display = R4Types.text(reference.getDisplay());
        if (identifier.isEmpty() && display.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> ods = identifier.flatMap(id -> odsCode(List.of(id)));
        boolean organisation = ods.isPresent()
                || ReferenceResolver.targetType(reference).filter("Organization"::equals).isPresent();
        return Optional.of(new Actor(organisation ? Optional.empty() : display,
                identifier.map(List::of).orElse(List.of()), null, ods, organisation ? display : Optional.empty()));
    }
}
