package dev.carerecord.sdk.gpconnect.internal.mapping;

import dev.carerecord.sdk.gpconnect.ClinicalArea;
import dev.carerecord.sdk.model.CareRecord;
import dev.carerecord.sdk.model.GpPractice;
import dev.carerecord.sdk.model.MappingIssue;
import dev.carerecord.sdk.model.OutcomeStatus;
import dev.carerecord.sdk.model.PatientDemographics;
import dev.carerecord.sdk.model.Section;
import dev.carerecord.sdk.model.SectionKind;
import dev.carerecord.sdk.model.SectionStatus;
import dev.carerecord.sdk.model.SourceOutcome;
import dev.carerecord.sdk.model.entry.Entry;
import dev.carerecord.sdk.model.entry.ObservationKind;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.hl7.fhir.dstu3.model.AllergyIntolerance;
import org.hl7.fhir.dstu3.model.Bundle;
import org.hl7.fhir.dstu3.model.Condition;
import org.hl7.fhir.dstu3.model.DiagnosticReport;
import org.hl7.fhir.dstu3.model.DocumentReference;
import org.hl7.fhir.dstu3.model.Encounter;
import org.hl7.fhir.dstu3.model.Immunization;
import org.hl7.fhir.dstu3.model.MedicationRequest;
import org.hl7.fhir.dstu3.model.MedicationStatement;
import org.hl7.fhir.dstu3.model.Observation;
import org.hl7.fhir.dstu3.model.Patient;
import org.hl7.fhir.dstu3.model.ProcedureRequest;
import org.hl7.fhir.dstu3.model.ReferralRequest;
import org.hl7.fhir.dstu3.model.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps a GP Connect Access Record Structured (1.6.x, FHIR STU3) response Bundle into the standard
 * {@link CareRecord}.
 *
 * <p>Every clinical resource in the Bundle (and every one contained in a List, such as ended allergies) is mapped
 * exactly once, into the section its type and role decide, whichever lists name it: an item that appears both in
 * a primary List and in a consultation is one entry, and an item that only arrives through a consultation or a
 * problem still appears in its own section. Lists decide section status and warnings, and give consultations
 * their structure. References are resolved through an index built per Bundle; anything that cannot be resolved
 * or mapped is reported as a {@link dev.carerecord.sdk.model.MappingIssue}, never thrown.
 *
 * <p>Stateless and thread-safe: one instance can serve every call. Nothing is logged above DEBUG, and nothing
 * logged carries clinical content or identifiers. The Bundle's content is not changed, but HAPI's getters may
 * attach empty child objects to it as they are read, so one Bundle instance must not be mapped by two threads
 * at the same time (different Bundles may).
 */
public final class StructuredRecordMapper {
    private static final Logger LOG = LoggerFactory.getLogger(StructuredRecordMapper.class);

    private final Clock clock;

    /** A mapper that stamps records with the system clock. */
    public StructuredRecordMapper() {
        this(Clock.systemUTC());
    }

    /** A mapper that stamps records ({@code assembledAt}) with this clock. */
    public StructuredRecordMapper(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Maps one response Bundle. Never throws because of the Bundle's content: a Bundle without a Patient, with
     * dangling references or with unknown content still gives a record, with what could not be mapped reported.
     *
     * @param bundle the parsed response (see {@link dev.carerecord.sdk.gpconnect.internal.fhir.Stu3Fhir}); null is
     *     read as an empty Bundle
     * @param context the retrieval and the areas that were requested
     * @return the record, the provider's in-Bundle warnings, and counts
     */
    public StructuredRecordMapping map(Bundle bundle, MappingContext context) {
        Objects.requireNonNull(context, "context");
        try {
            return ValuePool.during(() -> mapBundle(bundle, context));
        } catch (RuntimeException failure) {
            // last resort: per-resource failures are already contained; this covers a failure in between
            LOG.debug("mapping of a GP Connect structured Bundle failed with {}", failure.getClass().getName());
            return failed(context, failure);
        }
    }

    private StructuredRecordMapping mapBundle(Bundle bundle, MappingContext context) {
        ResourceIndex index = ResourceIndex.of(bundle == null ? new Bundle() : bundle);
        Optional<Patient> patient = PatientMapper.find(index);
        PracticeMapper.Found practice = PracticeMapper.find(index, patient, context.source().organisationOdsCode());
        String providerOds = practice.practice().flatMap(ActorResolver::odsCode)
                .or(() -> context.source().organisationOdsCode()).orElse(null);
        MappingRun run = new MappingRun(context, index, providerOds);
        if (bundle == null) {
            run.recordIssue(null, "no Bundle was given");
        }
        PatientMapper.check(run);
        ListCatalogue lists = ListCatalogue.build(run);
        List<Resource> items = new ArrayList<>();
        for (Resource resource : index.resources()) {
            if (MappingRun.isEntryResource(resource)) {
                items.add(resource);
            }
        }
        items.addAll(lists.containedItems());
        run.useIds(new EntryIdRegistry(providerOds, index, items));
        OperationOutcomes outcomes = OperationOutcomes.read(run);

        PatientDemographics demographics = guarded(run, patient.orElse(null),
                () -> PatientMapper.map(run, patient),
                () -> PatientMapper.map(run, Optional.empty()));
        Optional<GpPractice> gpPractice = guarded(run, practice.practice().orElse(null),
                () -> PracticeMapper.map(run, practice, patient), Optional::empty);

        ReportRoles roles = new ReportRoles(index);
        MedicationMapper medications = new MedicationMapper(run);
        EncounterMapper encounters = new EncounterMapper(run, lists);
        for (Resource item : items) {
            guarded(run, item, () -> {
                mapItem(run, lists, roles, medications, encounters, item);
                return null;
            }, () -> null);
        }
        reportUnmappedTypes(run, index);

        CareRecord.Builder builder = CareRecord.builder(demographics).gpPractice(gpPractice.orElse(null))
                .assembledAt(clock.instant());
        List<Section<? extends Entry>> sections = SectionAssembler.sections(run, lists, outcomes);
        sections.forEach(builder::section);
        int issueCount = run.issueCount();
        builder.addSource(outcome(run, sections, issueCount));
        CareRecord record = builder.build();
        LOG.debug("mapped GP Connect structured Bundle: {} entries, {} mapping issues, {} source issues",
                run.entryCount(), issueCount, run.sourceIssues().size());
        return new StructuredRecordMapping(record, run.sourceIssues(), run.recordIssues(), run.entryCount(),
                issueCount);
    }

    /** A record that says the Bundle could not be mapped: every requested section is a source error. */
    private StructuredRecordMapping failed(MappingContext context, RuntimeException failure) {
        PatientDemographics nobody = new PatientDemographics(null, null, null, null, null, null, false, null, null,
                null, null, null, null, null, null, null);
        CareRecord.Builder builder = CareRecord.builder(nobody).assembledAt(clock.instant());
        String why = "the GP Connect response could not be mapped (" + failure.getClass().getSimpleName() + ")";
        for (ClinicalArea area : context.requestedAreas()) {
            for (SectionKind kind : area.sectionKinds()) {
                builder.section(Section.sourceError(kind, why));
            }
        }
        builder.addSource(new SourceOutcome(context.source(), OutcomeStatus.FAILED, Optional.empty(),
                Optional.of(why), List.of()));
        List<MappingIssue> issues = List.of(MappingIssue.of("Bundle", null, why));
        return new StructuredRecordMapping(builder.build(), List.of(), issues, 0, 1);
    }

    private static void mapItem(MappingRun run, ListCatalogue lists, ReportRoles roles, MedicationMapper medications,
            EncounterMapper encounters, Resource item) {
        if (item instanceof AllergyIntolerance allergy) {
            boolean ended = run.index.container(allergy).map(lists::isEndedAllergiesList).orElse(false);
            AllergyMapper.map(run, allergy, ended);
        } else if (item instanceof MedicationStatement statement) {
            medications.statement(statement);
        } else if (item instanceof MedicationRequest request) {
            medications.request(request);
        } else if (item instanceof Condition condition) {
            ProblemMapper.map(run, condition);
        } else if (item instanceof Encounter encounter) {
            encounters.map(encounter);
        } else if (item instanceof Immunization immunisation) {
            ImmunisationMapper.map(run, immunisation);
        } else if (item instanceof Observation observation) {
            mapObservation(run, lists, roles, observation);
        } else if (item instanceof DiagnosticReport report) {
            InvestigationMapper.map(run, report);
        } else if (item instanceof ReferralRequest referral) {
            ReferralMapper.map(run, referral);
        } else if (item instanceof ProcedureRequest request) {
            Optional<DiagnosticReport> report = roles.reportOfRequest(request);
            if (report.isPresent() && !lists.inDiaryList(request)) {
                run.alias(request, report.get());
            } else {
                PlannedActionMapper.map(run, request);
            }
        } else if (item instanceof DocumentReference document) {
            DocumentMapper.map(run, document);
        }
    }

    private static void mapObservation(MappingRun run, ListCatalogue lists, ReportRoles roles,
            Observation observation) {
        Optional<ObservationKind> inReport = roles.kind(observation);
        if (inReport.isPresent()) {
            ObservationMapper.map(run, observation, SectionKind.RESULTS, inReport.get(),
                    roles.report(observation).map(run::id));
        } else if (lists.inImmunisationList(observation)) {
            ImmunisationMapper.mapStatus(run, observation);
        } else {
            SectionKind section = ObservationMapper.sectionFor(observation);
            ObservationMapper.map(run, observation, section,
                    section == SectionKind.VITAL_SIGNS ? ObservationKind.VITAL_SIGN : ObservationKind.OBSERVATION,
                    Optional.empty());
        }
    }

    /** Reports top-level resources of a type the mapper neither maps nor uses for support. */
    private static void reportUnmappedTypes(MappingRun run, ResourceIndex index) {
        for (Resource resource : index.resources()) {
            switch (resource.fhirType()) {
                case "Patient", "Organization", "Practitioner", "PractitionerRole", "Location", "HealthcareService",
                        "Medication", "Specimen", "List", "OperationOutcome", "Device" -> {
                    // support resources: read when referenced
                }
                default -> {
                    if (!MappingRun.isEntryResource(resource)) {
                        run.recordIssue(resource, "resource type " + resource.fhirType() + " is not mapped");
                    }
                }
            }
        }
    }

    private static SourceOutcome outcome(MappingRun run, List<Section<? extends Entry>> sections, int issueCount) {
        boolean incomplete = sections.stream().anyMatch(s -> s.status() == SectionStatus.UNSUPPORTED_BY_SOURCE
                || s.status() == SectionStatus.WITHHELD);
        boolean partial = incomplete || issueCount > 0 || !run.sourceIssues().isEmpty();
        String message = run.entryCount() + " entries mapped; " + issueCount + " mapping issues; "
                + run.sourceIssues().size() + " issues reported by the source";
        return new SourceOutcome(run.context.source(), partial ? OutcomeStatus.PARTIAL : OutcomeStatus.SUCCESS,
                Optional.empty(), Optional.of(message), run.sourceIssues());
    }

    /**
     * Runs one step; if it fails unexpectedly the failure is reported against the resource (by type and id only)
     * and {@code fallback} is used, so one bad resource never loses the rest of the record.
     */
    private static <T> T guarded(MappingRun run, Resource about, Supplier<T> step, Supplier<T> fallback) {
        try {
            return step.get();
        } catch (RuntimeException failure) {
            String type = about == null ? "Bundle" : about.fhirType();
            LOG.debug("mapping of a {} failed with {}", type, failure.getClass().getName());
            SectionKind section = about == null ? null : run.placement(about).orElse(null);
            String reason = "could not be mapped (" + failure.getClass().getSimpleName() + ")";
            if (section != null) {
                run.issue(section, about, reason);
            } else {
                run.recordIssue(about, reason);
            }
            return fallback.get();
        }
    }
}
