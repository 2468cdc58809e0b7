package dev.carerecord.sdk.fhir.internal.mapping;

import dev.carerecord.sdk.core.exception.MalformedResponseException;
import dev.carerecord.sdk.model.CareRecord;
import dev.carerecord.sdk.model.GpPractice;
import dev.carerecord.sdk.model.OutcomeStatus;
import dev.carerecord.sdk.model.PatientDemographics;
import dev.carerecord.sdk.model.Section;
import dev.carerecord.sdk.model.SectionKind;
import dev.carerecord.sdk.model.SectionWarning;
import dev.carerecord.sdk.model.SourceIssue;
import dev.carerecord.sdk.model.SourceOutcome;
import dev.carerecord.sdk.model.WarningKind;
import dev.carerecord.sdk.model.entry.Entry;
import dev.carerecord.sdk.model.provenance.Actor;
import dev.carerecord.sdk.model.provenance.Confidentiality;
import dev.carerecord.sdk.model.provenance.Sensitivity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;

/**
 * Maps an IPS document (a {@code document} Bundle whose first entry is a Composition, as {@code Patient/$summary}
 * returns) into a {@link CareRecord}.
 *
 * <p>Sections: see {@link IpsSections} for the LOINC codes. Each model section's status:
 * <ul>
 *   <li>present in the document: by {@link SectionAssembler} as an answered retrieval: POPULATED; NONE_KNOWN when
 *       every entry asserts "no known ..." or "no information" ({@link NoKnownCodes}), or when it is empty with an
 *       {@code emptyReason} other than {@code withheld} (WITHHELD); NONE_RETURNED when empty with no reason (a
 *       narrative-only section also gets a warning pointing at its narrative);</li>
 *   <li>absent, but a section IPS defines: NONE_RETURNED (a missing required section - allergies, problems,
 *       medications - also gets a warning, the document being non-conformant);</li>
 *   <li>absent, and not a section IPS has (encounters, referrals, planned actions, documents):
 *       UNSUPPORTED_BY_SOURCE. CONTACTS come from the subject Patient's {@code contact}s (UNSUPPORTED_BY_SOURCE when
 *       it has none).</li>
 * </ul>
 * Section narratives are kept as {@code narrativeHtml}, {@code emptyReason} as the section's empty reason. The
 * Bundle's {@code meta.security} (and the Composition's {@code confidentiality}) is the document's high water mark:
 * every entry's sensitivity is raised to it and carries its labels. The Composition's subject becomes the patient;
 * its author is the recorder of entries that name none; its custodian's ODS code is the provider for entries that
 * name none. Problems that concern no single section are the source outcome's issues (status PARTIAL). Stateless
 * and thread-safe.
 */
public final class IpsDocumentMapper {

    /**
     * Maps the document.
     *
     * @throws MalformedResponseException when the Bundle holds no Composition (it is then not an IPS document)
     */
    public CareRecord map(Bundle document, R4MappingContext context) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(context, "context");
        Composition composition = composition(document).orElseThrow(() -> new MalformedResponseException(
                "IPS document has no Composition", null, 1, context.source().correlationId().orElse(null)));
        MappingSession session = new MappingSession(context, ReferenceResolver.of(document));
        setDocumentDefaults(document, composition, session);
        List<SourceIssue> documentIssues = new ArrayList<>(asSourceIssues(session));

        Optional<Patient> patient = session.resolve(composition.getSubject(), composition, "Composition.subject",
                Patient.class);
        documentIssues.addAll(asSourceIssues(session));
        PatientDemographics demographics = patient.map(p -> PatientDemographicsMapper.map(p, session))
                .orElseGet(() -> {
                    documentIssues.add(issue("the document's subject Patient was not found in the document"));
                    return new PatientDemographics(null, null, null, null, null, null, false, null, null, null,
                            null, null, null, null, null, null);
                });
        session.takeIssues();

        IpsSectionReader reader = new IpsSectionReader(session, composition).read();
        documentIssues.addAll(reader.documentIssues());
        CareRecord.Builder record = CareRecord.builder(demographics).assembledAt(context.source().retrievedAt());
        boolean unmapped = false;
        for (SectionKind kind : SectionKind.values()) {
            Section<Entry> section = section(kind, reader, patient, session);
            unmapped |= section.hasWarning(WarningKind.UNMAPPED_ITEMS);
            record.section(section);
        }
        patient.flatMap(p -> gpPractice(p, session)).ifPresent(record::gpPractice);
        OutcomeStatus status = documentIssues.isEmpty() && !unmapped ? OutcomeStatus.SUCCESS : OutcomeStatus.PARTIAL;
        record.addSource(new SourceOutcome(context.source(), status, null, null, documentIssues));
        return record.build();
    }

    private static Section<Entry> section(SectionKind kind, IpsSectionReader reader, Optional<Patient> patient,
            MappingSession session) {
        Map<SectionKind, SectionAssembler.Parts> parts = reader.parts();
        SectionAssembler.Parts p = parts.get(kind);
        if (kind == SectionKind.CONTACTS) {
            SectionAssembler.Parts contacts = p != null ? p : new SectionAssembler.Parts(kind);
            patient.map(x -> ContactMapper.patientContacts(x, session)).orElse(List.of()).forEach(contacts::add);
            contacts.issues.addAll(session.takeIssues());
            return SectionAssembler.assemble(contacts, contacts.entries.isEmpty()
                    ? SectionRetrieval.unsupported("an IPS document carries contacts only on its Patient, which has none")
                    : SectionRetrieval.answered());
        }
        if (reader.present().contains(kind) || (p != null && !p.entries.isEmpty())) {
            boolean narrativeOnly = p.entries.isEmpty() && p.emptyReason == null && !p.narratives.isEmpty();
            if (narrativeOnly) {
                p.warnings.add(new SectionWarning(WarningKind.OTHER, Optional.of("narrative-only"),
                        Optional.of("the document gives this section as narrative only; see the narrative")));
            }
            return SectionAssembler.assemble(p, SectionRetrieval.answered());
        }
        if (p == null) {
            p = new SectionAssembler.Parts(kind);
        }
        if (!IpsSections.COVERED.contains(kind)) {
            return SectionAssembler.assemble(p, SectionRetrieval.unsupported("an IPS document does not carry "
                    + kind.title().toLowerCase(java.util.Locale.ROOT)));
        }
        if (IpsSections.REQUIRED.contains(kind)) {
            p.warnings.add(new SectionWarning(WarningKind.OTHER, Optional.of("required-section-missing"),
                    Optional.of("the document lacks this section, which IPS requires")));
        }
        return SectionAssembler.assemble(p, SectionRetrieval.answered());
    }

    private static Optional<Composition> composition(Bundle document) {
        for (Bundle.BundleEntryComponent entry : document.getEntry()) {
            if (entry.getResource() instanceof Composition composition) {
                return Optional.of(composition);
            }
        }
        return Optional.empty();
    }

    private static void setDocumentDefaults(Bundle document, Composition composition, MappingSession session) {
        Sensitivity sensitivity = EntryFactory.sensitivity(document.hasMeta() ? document.getMeta().getSecurity()
                : List.of());
        if (composition.hasMeta()) {
            sensitivity = EntryFactory.combine(sensitivity, EntryFactory.sensitivity(
                    composition.getMeta().getSecurity()));
        }
        Confidentiality stated = Confidentiality.fromCode(
                R4Types.code(composition.getConfidentialityElement()).orElse(null));
        sensitivity = new Sensitivity(sensitivity.level().max(stated), sensitivity.securityLabels());
        Optional<Actor> author = composition.getAuthor().isEmpty() ? Optional.empty()
                : session.actors().actor(composition.getAuthor().get(0), composition, "Composition.author");
        Optional<String> custodian = composition.hasCustodian()
                ? session.actors().organisationOds(composition.getCustodian(), composition) : Optional.empty();
        session.documentDefaults(sensitivity, author.orElse(null), custodian.orElse(null),
                R4Types.instant(composition.getDateElement()).orElse(null));
    }

    static Optional<GpPractice> gpPractice(Patient patient, MappingSession session) {
        for (var reference : patient.getGeneralPractitioner()) {
            Optional<Resource> target = session.resolver().resolve(reference, patient);
            if (target.isPresent() && target.get() instanceof Organization organization) {
                Optional<String> ods = ActorResolver.odsCode(R4Types.identifiers(organization.getIdentifier()));
                return Optional.of(new GpPractice(ods, R4Types.text(organization.getName()),
                        R4People.addresses(organization.getAddress()), R4People.telecoms(organization.getTelecom()),
                        null, null, null, null));
            }
            Optional<String> ods = session.actors().organisationOds(reference, patient);
            if (ods.isPresent()) {
                return Optional.of(new GpPractice(ods, R4Types.text(reference.getDisplay()), null, null, null, null,
                        null, null));
            }
        }
        return Optional.empty();
    }

    private static List<SourceIssue> asSourceIssues(MappingSession session) {
        return session.takeIssues().stream().map(i -> issue(i.resourceType() + ": " + i.reason())).toList();
    }

    private static SourceIssue issue(String text) {
        return new SourceIssue("warning", "processing", Optional.empty(), Optional.of(text), Optional.empty());
    }
}
