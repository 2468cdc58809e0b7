package dev.carerecord.sdk.gpconnect.internal.mapping;

import dev.carerecord.sdk.model.provenance.Actor;
import dev.carerecord.sdk.model.value.CodeSystems;
import dev.carerecord.sdk.model.value.CodedValue;
import dev.carerecord.sdk.model.value.HumanName;
import dev.carerecord.sdk.model.value.Identifier;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hl7.fhir.dstu3.model.HealthcareService;
import org.hl7.fhir.dstu3.model.Location;
import org.hl7.fhir.dstu3.model.Organization;
import org.hl7.fhir.dstu3.model.Practitioner;
import org.hl7.fhir.dstu3.model.PractitionerRole;
import org.hl7.fhir.dstu3.model.Resource;

/**
 * Turns a Practitioner, PractitionerRole, Organization (or Location, HealthcareService) into an {@link Actor}:
 * name, every identifier (SDS user id, GMC, SDS role profile id...), job role and organisation.
 *
 * <p>A Practitioner gets its job role and organisation from the PractitionerRole that points at it, when one
 * does, or when several do and agree (providers send none when a practitioner has several roles, so roles that
 * disagree would be ambiguous).
 */
final class ActorResolver {
    private final ResourceIndex index;
    private final Map<Resource, Optional<Actor>> cache = new IdentityHashMap<>();
    private final Map<Practitioner, List<PractitionerRole>> rolesByPractitioner = new IdentityHashMap<>();

    ActorResolver(ResourceIndex index) {
        this.index = index;
        for (PractitionerRole role : index.ofType(PractitionerRole.class)) {
            if (role.hasPractitioner()) {
                index.resolve(role.getPractitioner(), role)
                        .filter(Practitioner.class::isInstance)
                        .map(Practitioner.class::cast)
                        .ifPresent(p -> rolesByPractitioner.computeIfAbsent(p, k -> new ArrayList<>()).add(role));
            }
        }
    }

    /** The actor for a resolved resource, or empty when the resource type is not an actor. */
    Optional<Actor> actor(Resource resource) {
        return cache.computeIfAbsent(resource, this::build);
    }

    /**
     * The PractitionerRole of a practitioner: the one that refers to it, or the first of several that agree on
     * organisation and job role; empty when none does or they disagree.
     */
    Optional<PractitionerRole> onlyRole(Practitioner practitioner) {
        List<PractitionerRole> roles = rolesByPractitioner.getOrDefault(practitioner, List.of());
        if (roles.isEmpty()) {
            return Optional.empty();
        }
        PractitionerRole first = roles.get(0);
        for (PractitionerRole other : roles.subList(1, roles.size())) {
            boolean sameOrganisation = Objects.equals(first.getOrganization().getReference(),
                    other.getOrganization().getReference());
            boolean sameRole = Stu3Values.codedList(first.getCode()).equals(Stu3Values.codedList(other.getCode()));
            if (!sameOrganisation || !sameRole) {
                return Optional.empty();
            }
        }
        return Optional.of(first);
    }

    private Optional<Actor> build(Resource resource) {
        if (resource instanceof Practitioner practitioner) {
            Optional<PractitionerRole> role = onlyRole(practitioner);
            return Optional.of(practitioner(practitioner, role.orElse(null)));
        }
        if (resource instanceof PractitionerRole role) {
            Practitioner practitioner = role.hasPractitioner()
                    ? index.resolve(role.getPractitioner(), role).filter(Practitioner.class::isInstance)
                            .map(Practitioner.class::cast).orElse(null)
                    : null;
            return Optional.of(practitioner(practitioner, role));
        }
        if (resource instanceof Organization organisation) {
            return Optional.of(new Actor(Stu3Values.text(organisation.getName()),
                    Stu3Values.identifiers(organisation.getIdentifier()), Optional.empty(), odsCode(organisation),
                    Stu3Values.text(organisation.getName())));
        }
        if (resource instanceof Location location) {
            return Optional.of(new Actor(Stu3Values.text(location.getName()),
                    Stu3Values.identifiers(location.getIdentifier()), Optional.empty(), Optional.empty(),
                    Optional.empty()));
        }
        if (resource instanceof HealthcareService service) {
            return Optional.of(new Actor(Stu3Values.text(service.getName()),
                    Stu3Values.identifiers(service.getIdentifier()), Optional.empty(), Optional.empty(),
                    Optional.empty()));
        }
        return Optional.empty();
    }

    private Actor practitioner(Practitioner practitioner, PractitionerRole role) {
        Optional<String> name = Optional.empty();
        List<Identifier> identifiers = new ArrayList<>();
        if (practitioner != null) {
            name = displayName(Stu3Values.names(practitioner.getName()));
            identifiers.addAll(Stu3Values.identifiers(practitioner.getIdentifier()));
        }
        Optional<CodedValue> jobRole = Optional.empty();
        Optional<String> ods = Optional.empty();
        Optional<String> organisationName = Optional.empty();
        if (role != null) {
            identifiers.addAll(Stu3Values.identifiers(role.getIdentifier()));
            jobRole = role.getCode().stream().map(Stu3Values::optionalCoded).flatMap(Optional::stream).findFirst();
            if (role.hasOrganization()) {
                Optional<Organization> organisation = index.resolve(role.getOrganization(), role)
                        .filter(Organization.class::isInstance).map(Organization.class::cast);
                ods = organisation.flatMap(ActorResolver::odsCode);
                organisationName = organisation.flatMap(o -> Stu3Values.text(o.getName()))
                        .or(() -> Stu3Values.text(role.getOrganization().getDisplay()));
            }
        }
        return new Actor(name, identifiers, jobRole, ods, organisationName);
    }

    /** The official name's display form, else the first name's. */
    static Optional<String> displayName(List<HumanName> names) {
        Optional<HumanName> chosen = names.stream().filter(n -> n.use().filter("official"::equals).isPresent())
                .findFirst().or(() -> names.stream().findFirst());
        return chosen.map(HumanName::display).filter(s -> !s.isBlank());
    }

    /** The ODS organisation code of an Organization. */
    static Optional<String> odsCode(Organization organisation) {
        for (Identifier identifier : Stu3Values.identifiers(organisation.getIdentifier())) {
            if (identifier.system().map(CodeSystems::normalise).filter(CodeSystems.ODS_ORGANISATION::equals)
                    .isPresent()) {
                return Optional.of(identifier.value());
            }
        }
        return Optional.empty();
    }
}
