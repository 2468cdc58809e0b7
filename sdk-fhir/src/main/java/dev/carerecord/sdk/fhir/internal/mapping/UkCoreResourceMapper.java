package dev.carerecord.sdk.fhir.internal.mapping;

import dev.carerecord.sdk.model.GpPractice;
import dev.carerecord.sdk.model.MappingIssue;
import dev.carerecord.sdk.model.PatientDemographics;
import dev.carerecord.sdk.model.Section;
import dev.carerecord.sdk.model.SectionKind;
import dev.carerecord.sdk.model.entry.ContactEntry;
import dev.carerecord.sdk.model.entry.Entry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.ListResource;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;

/**
 * Maps FHIR R4 (UK Core) resources from a shared care record into the standard model's sections.
 *
 * <p>Input: the resources of one or more search result pages together with their {@code _include}d Medication,
 * Practitioner, PractitionerRole and Organization resources (used to resolve references, not mapped themselves).
 * Each clinical resource becomes one entry in its section (AllergyIntolerance: ALLERGIES; Condition: PROBLEMS or
 * PAST_PROBLEMS; MedicationStatement / MedicationRequest: MEDICATIONS; Immunization: IMMUNISATIONS; Observation by
 * category: RESULTS, VITAL_SIGNS, SOCIAL_CONTEXT or OBSERVATIONS; DiagnosticReport: RESULTS; Procedure: PROCEDURES;
 * Encounter: ENCOUNTERS; DocumentReference: DOCUMENTS; CarePlan: CARE_PLANS; Flag: ALERTS; Consent (advance
 * directive): ADVANCE_DIRECTIVES; RelatedPerson: CONTACTS; DeviceUseStatement / Device: DEVICES; ServiceRequest:
 * REFERRALS or PLANNED_ACTIONS). A List contributes its warnings and empty reason to its sections. Nothing throws
 * on unknown extensions, codes or unresolvable references: they are reported as the section's mapping issues.
 * Stateless and thread-safe.
 */
public final class UkCoreResourceMapper {

    /** Maps resources that arrived without {@code fullUrl}s. */
    public MappedResources map(List<? extends Resource> resources, R4MappingContext context) {
        Objects.requireNonNull(resources, "resources");
        Objects.requireNonNull(context, "context");
        return mapAll(ReferenceResolver.of(resources), context);
    }

    /** Maps every resource of these search result pages (match and include entries), indexed by {@code fullUrl}. */
    public MappedResources mapPages(Collection<Bundle> pages, R4MappingContext context) {
        Objects.requireNonNull(pages, "pages");
        Objects.requireNonNull(context, "context");
        ReferenceResolver resolver = new ReferenceResolver();
        for (Bundle page : pages) {
            for (Bundle.BundleEntryComponent entry : page.getEntry()) {
                boolean outcome = entry.hasSearch()
                        && entry.getSearch().getMode() == Bundle.SearchEntryMode.OUTCOME;
                if (entry.getResource() != null && !outcome) {
                    resolver.add(entry.getFullUrl(), entry.getResource());
                }
            }
        }
        return mapAll(resolver, context);
    }

    /**
     * Maps every resource of these search result pages as {@link #mapPages(Collection, R4MappingContext)} does,
     * with the record's {@code patient} available to resolve references, and its own contacts
     * ({@code Patient.contact}) placed in CONTACTS. A resource met again (the same type and id included on
     * several pages or by several searches) is mapped once.
     */
    public MappedResources mapPages(Collection<Bundle> pages, Patient patient, R4MappingContext context) {
        Objects.requireNonNull(pages, "pages");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(context, "context");
        ReferenceResolver resolver = new ReferenceResolver();
        resolver.add(null, patient);
        java.util.Set<String> seen = new java.util.HashSet<>();
        seen.add("Patient/" + ReferenceResolver.idOf(patient));
        for (Bundle page : pages) {
            for (Bundle.BundleEntryComponent entry : page.getEntry()) {
                Resource resource = entry.getResource();
                boolean outcome = entry.hasSearch()
                        && entry.getSearch().getMode() == Bundle.SearchEntryMode.OUTCOME;
                if (resource == null || outcome) {
                    continue;
                }
                String id = ReferenceResolver.idOf(resource);
                if (id != null && !seen.add(resource.fhirType() + "/" + id)) {
                    continue; // included again on a later page or by another search
                }
                resolver.add(entry.getFullUrl(), resource);
            }
        }
        MappedResources mapped = mapAll(resolver, context);
        MappingSession session = new MappingSession(context, resolver);
        List<ContactEntry> contacts = ContactMapper.patientContacts(patient, session);
        return mapped.withEntries(SectionKind.CONTACTS, contacts, session.takeIssues());
    }

    /** The patient's registered GP practice as the Patient names it ({@code generalPractitioner}), if any. */
    public Optional<GpPractice> gpPractice(Patient patient, List<? extends Resource> included,
            R4MappingContext context) {
        Objects.requireNonNull(patient, "patient");
        List<Resource> all = new ArrayList<>(included == null ? List.of() : included);
        all.add(patient);
        MappingSession session = new MappingSession(context, ReferenceResolver.of(all));
        return IpsDocumentMapper.gpPractice(patient, session);
    }

    /**
     * The section of {@code kind} for the resources returned when the source was asked for it. Entries the
     * resources give for other sections are left out (use {@link #map} to keep them); issues about resources that
     * landed in no section are carried by this section.
     */
    public <T extends Entry> Section<T> section(SectionKind kind, List<? extends Resource> resources,
            SectionRetrieval retrieval, R4MappingContext context) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(retrieval, "retrieval");
        return map(resources == null ? List.of() : resources, context).sectionWithUnplaced(kind, retrieval);
    }

    /** A shared care record's Patient as the model's demographics (NHS number, names, UK Core extensions...). */
    public PatientDemographics demographics(Patient patient, List<? extends Resource> included,
            R4MappingContext context) {
        Objects.requireNonNull(patient, "patient");
        List<Resource> all = new ArrayList<>(included == null ? List.of() : included);
        all.add(patient);
        return PatientDemographicsMapper.map(patient, new MappingSession(context, ReferenceResolver.of(all)));
    }

    /** The patient's own contacts ({@code Patient.contact}) as CONTACTS entries. */
    public List<ContactEntry> patientContacts(Patient patient, List<? extends Resource> included,
            R4MappingContext context) {
        Objects.requireNonNull(patient, "patient");
        List<Resource> all = new ArrayList<>(included == null ? List.of() : included);
        all.add(patient);
        return ContactMapper.patientContacts(patient, new MappingSession(context, ReferenceResolver.of(all)));
    }

    private static MappedResources mapAll(ReferenceResolver resolver, R4MappingContext context) {
        MappingSession session = new MappingSession(context, resolver);
        Map<SectionKind, SectionAssembler.Parts> parts = new EnumMap<>(SectionKind.class);
        Map<Resource, SectionKind> placed = new IdentityHashMap<>();
        List<MappingIssue> unplaced = new ArrayList<>();
        int unplacedUnmapped = 0;
        for (Resource resource : resolver.all()) {
            if (ResourceEntryMapper.isSupporting(resource, session)) {
                continue;
            }
            Optional<PlacedEntry> entry = ResourceEntryMapper.map(resource, null, session);
            List<MappingIssue> issues = session.takeIssues();
            if (entry.isPresent()) {
                SectionAssembler.Parts p = parts.computeIfAbsent(entry.get().kind(), SectionAssembler.Parts::new);
                p.add(entry.get().entry());
                p.issues.addAll(issues);
                placed.put(resource, entry.get().kind());
            } else {
                unplaced.addAll(issues);
                unplacedUnmapped++;
            }
        }
        for (Resource resource : resolver.all()) {
            if (resource instanceof ListResource list) {
                applyList(list, placed, parts, unplaced, session);
            }
        }
        return new MappedResources(parts, unplaced, unplacedUnmapped);
    }

    private static void applyList(ListResource list, Map<Resource, SectionKind> placed,
            Map<SectionKind, SectionAssembler.Parts> parts, List<MappingIssue> unplaced, MappingSession session) {
        var warnings = ListWarnings.warnings(list);
        var emptyReason = R4Types.coded(list.getEmptyReason());
        if (warnings.isEmpty() && emptyReason.isEmpty()) {
            return;
        }
        var kinds = ListWarnings.sections(list, placed::get, session);
        if (kinds.isEmpty()) {
            session.issue(list, "List warnings or empty reason could not be placed: its items and code name no section");
            unplaced.addAll(session.takeIssues());
            return;
        }
        for (SectionKind kind : kinds) {
            SectionAssembler.Parts p = parts.computeIfAbsent(kind, SectionAssembler.Parts::new);
            warnings.stream().filter(w -> !p.warnings.contains(w)).forEach(p.warnings::add);
            if (p.emptyReason == null) {
                p.emptyReason = emptyReason.orElse(null);
            }
        }
        session.takeIssues();
    }
}
