package dev.carerecord.sdk.fhir.internal.mapping;

import dev.carerecord.sdk.model.MappingIssue;
import dev.carerecord.sdk.model.provenance.Actor;
import dev.carerecord.sdk.model.provenance.Sensitivity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * The state of one mapping call: the retrieval's context, the resources references resolve against, defaults a
 * document supplies (its security high water mark, author, custodian ODS code, date), the issues raised while the
 * current resource is mapped, and reverse links (which report holds an observation, which statement a medication
 * authorisation belongs to). Used from one thread. Not part of the public API.
 */
final class MappingSession {
    private final R4MappingContext context;
    private final ReferenceResolver resolver;
    private final ActorResolver actors;
    private final EntryFactory entries;
    private final List<MappingIssue> pending = new ArrayList<>();
    private Sensitivity documentSensitivity;
    private Actor documentAuthor;
    private String documentProviderOds;
    private Instant documentDate;
    private Map<Resource, DiagnosticReport> reports;
    private Map<Resource, MedicationStatement> statements;

    MappingSession(R4MappingContext context, ReferenceResolver resolver) {
        this.context = context;
        this.resolver = resolver;
        this.actors = new ActorResolver(this);
        this.entries = new EntryFactory(this);
    }

    R4MappingContext context() {
        return context;
    }

    ReferenceResolver resolver() {
        return resolver;
    }

    ActorResolver actors() {
        return actors;
    }

    EntryFactory entries() {
        return entries;
    }

    /** Records an issue about {@code resource}; it is attached to the section the resource lands in. */
    void issue(Resource resource, String reason) {
        pending.add(MappingIssue.of(resource == null ? "unknown" : resource.fhirType(),
                ReferenceResolver.idOf(resource), reason));
    }

    /** Records an issue about something that is not a resource (e.g. a document section). */
    void issue(String resourceType, String resourceId, String reason) {
        pending.add(MappingIssue.of(resourceType, resourceId, reason));
    }

    /** The issues raised since the last call, each once, which are then forgotten. */
    List<MappingIssue> takeIssues() {
        List<MappingIssue> taken = pending.stream().distinct().toList();
        pending.clear();
        return taken;
    }

    /**
     * The resource a reference points to. A literal reference that does not resolve is reported as an issue
     * naming {@code element} and the target type (never the target id, which may be an NHS number); a reference
     * holding only an identifier or a display is not an error and resolves to empty.
     */
    Optional<Resource> resolve(Reference reference, Resource from, String element) {
        Optional<Resource> found = resolver.resolve(reference, from);
        if (found.isEmpty() && reference != null && reference.hasReference()) {
            issue(from, element + " reference to " + ReferenceResolver.targetType(reference).orElse("a resource")
                    + " could not be resolved among the retrieved resources");
        }
        return found;
    }

    /** As {@link #resolve(Reference, Resource, String)}, keeping only a target of the expected type. */
    <T extends Resource> Optional<T> resolve(Reference reference, Resource from, String element, Class<T> type) {
        Optional<Resource> found = resolve(reference, from, element);
        if (found.isPresent() && !type.isInstance(found.get())) {
            issue(from, element + " reference points to a " + found.get().fhirType() + ", not a "
                    + type.getSimpleName());
            return Optional.empty();
        }
        return found.map(type::cast);
    }

    /** The SDK id of the entry a reference points to, when it resolves (issues reported as for resolve). */
    Optional<String> entryIdOf(Reference reference, Resource from, String element) {
        return resolve(reference, from, element).map(entries::id);
    }

    /** Sets what a document says about all its content. */
    void documentDefaults(Sensitivity sensitivity, Actor author, String providerOds, Instant date) {
        this.documentSensitivity = sensitivity;
        this.documentAuthor = author;
        this.documentProviderOds = providerOds;
        this.documentDate = date;
    }

    Optional<Sensitivity> documentSensitivity() {
        return Optional.ofNullable(documentSensitivity);
    }

    Optional<Actor> documentAuthor() {
        return Optional.ofNullable(documentAuthor);
    }

    Optional<String> documentProviderOds() {
        return Optional.ofNullable(documentProviderOds);
    }

    Optional<Instant> documentDate() {
        return Optional.ofNullable(documentDate);
    }

    /** The DiagnosticReport whose {@code result} lists this observation, directly or through a test group. */
    Optional<DiagnosticReport> reportOf(Observation observation) {
        if (reports == null) {
            reports = new IdentityHashMap<>();
            for (Resource resource : resolver.all()) {
                if (resource instanceof DiagnosticReport report) {
                    for (Reference result : report.getResult()) {
                        resolver.resolve(result, report).ifPresent(member -> linkReport(member, report, 0));
                    }
                }
            }
        }
        return Optional.ofNullable(reports.get(observation));
    }

    private void linkReport(Resource member, DiagnosticReport report, int depth) {
        if (depth > 5 || reports.putIfAbsent(member, report) != null) {
            return;
        }
        if (member instanceof Observation group) {
            for (Reference child : group.getHasMember()) {
                resolver.resolve(child, group).ifPresent(m -> linkReport(m, report, depth + 1));
            }
        }
    }

    /** The MedicationStatement whose {@code basedOn} names this medication request (its authorisation). */
    Optional<MedicationStatement> statementOf(MedicationRequest request) {
        if (statements == null) {
            statements = new IdentityHashMap<>();
            for (Resource resource : resolver.all()) {
                if (resource instanceof MedicationStatement statement) {
                    for (Reference basis : statement.getBasedOn()) {
                        resolver.resolve(basis, statement).ifPresent(r -> statements.putIfAbsent(r, statement));
                    }
                }
            }
        }
        return Optional.ofNullable(statements.get(request));
    }
}
