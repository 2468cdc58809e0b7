package dev.carerecord.sdk.model;

import static dev.carerecord.sdk.core.internal.Values.list;
import static dev.carerecord.sdk.core.internal.Values.opt;

import dev.carerecord.sdk.model.entry.AdvanceDirectiveEntry;
import dev.carerecord.sdk.model.entry.AlertEntry;
import dev.carerecord.sdk.model.entry.AllergyEntry;
import dev.carerecord.sdk.model.entry.CarePlanEntry;
import dev.carerecord.sdk.model.entry.ContactEntry;
import dev.carerecord.sdk.model.entry.DeviceEntry;
import dev.carerecord.sdk.model.entry.DocumentEntry;
import dev.carerecord.sdk.model.entry.EncounterEntry;
import dev.carerecord.sdk.model.entry.ImmunisationEntry;
import dev.carerecord.sdk.model.entry.MedicationEntry;
import dev.carerecord.sdk.model.entry.ObservationEntry;
import dev.carerecord.sdk.model.entry.PlannedActionEntry;
import dev.carerecord.sdk.model.entry.ProblemEntry;
import dev.carerecord.sdk.model.entry.ProcedureEntry;
import dev.carerecord.sdk.model.entry.ReferralEntry;
import dev.carerecord.sdk.model.entry.SocialContextEntry;
import dev.carerecord.sdk.model.entry.Entry;
import dev.carerecord.sdk.model.provenance.Confidentiality;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A patient's care record in the SDK's standard, version-neutral model: who the patient is, their GP practice,
 * one {@link Section} per PRSB / IPS heading, and how each source answered. Every source (GP Connect STU3,
 * UK Core R4 shared care records, IPS documents) maps into this one shape. Immutable; serialise it with
 * {@link dev.carerecord.sdk.model.json.CareRecordJson}.
 */
public record CareRecord(PatientDemographics patient, Optional<GpPractice> gpPractice,
        Section<AllergyEntry> allergies,
        Section<ProblemEntry> problems,
        Section<ProblemEntry> pastProblems,
        Section<MedicationEntry> medications,
        Section<ImmunisationEntry> immunisations,
        Section<ObservationEntry> results,
        Section<ObservationEntry> vitalSigns,
        Section<ObservationEntry> observations,
        Section<ProcedureEntry> procedures,
        Section<EncounterEntry> encounters,
        Section<ReferralEntry> referrals,
        Section<PlannedActionEntry> plannedActions,
        Section<DocumentEntry> documents,
        Section<CarePlanEntry> carePlans,
        Section<AlertEntry> alerts,
        Section<AdvanceDirectiveEntry> advanceDirectives,
        Section<ContactEntry> contacts,
        Section<SocialContextEntry> socialContext,
        Section<DeviceEntry> devices,
        List<SourceOutcome> sources, Instant assembledAt) {

    public CareRecord {
        Objects.requireNonNull(patient, "patient");
        gpPractice = opt(gpPractice);
        allergies = checked(allergies, SectionKind.ALLERGIES);
        problems = checked(problems, SectionKind.PROBLEMS);
        pastProblems = checked(pastProblems, SectionKind.PAST_PROBLEMS);
        medications = checked(medications, SectionKind.MEDICATIONS);
        immunisations = checked(immunisations, SectionKind.IMMUNISATIONS);
        results = checked(results, SectionKind.RESULTS);
        vitalSigns = checked(vitalSigns, SectionKind.VITAL_SIGNS);
        observations = checked(observations, SectionKind.OBSERVATIONS);
        procedures = checked(procedures, SectionKind.PROCEDURES);
        encounters = checked(encounters, SectionKind.ENCOUNTERS);
        referrals = checked(referrals, SectionKind.REFERRALS);
        plannedActions = checked(plannedActions, SectionKind.PLANNED_ACTIONS);
        documents = checked(documents, SectionKind.DOCUMENTS);
        carePlans = checked(carePlans, SectionKind.CARE_PLANS);
        alerts = checked(alerts, SectionKind.ALERTS);
        advanceDirectives = checked(advanceDirectives, SectionKind.ADVANCE_DIRECTIVES);
        contacts = checked(contacts, SectionKind.CONTACTS);
        socialContext = checked(socialContext, SectionKind.SOCIAL_CONTEXT);
        devices = checked(devices, SectionKind.DEVICES);
        sources = list(sources);
        Objects.requireNonNull(assembledAt, "assembledAt");
    }

    /** A builder for a record about {@code patient}; sections not set are {@link SectionStatus#NOT_REQUESTED}. */
    public static Builder builder(PatientDemographics patient) {
        return new Builder(patient);
    }

    /** Every section, in heading order. */
    public List<Section<? extends Entry>> sections() {
        List<Section<? extends Entry>> all = new ArrayList<>();
        for (SectionKind kind : SectionKind.values()) {
            all.add(section(kind));
        }
        return all;
    }

    /** The section of this kind. */
    public Section<? extends Entry> section(SectionKind kind) {
        return switch (kind) {
            case ALLERGIES -> allergies;
            case PROBLEMS -> problems;
            case PAST_PROBLEMS -> pastProblems;
            case MEDICATIONS -> medications;
            case IMMUNISATIONS -> immunisations;
            case RESULTS -> results;
            case VITAL_SIGNS -> vitalSigns;
            case OBSERVATIONS -> observations;
            case PROCEDURES -> procedures;
            case ENCOUNTERS -> encounters;
            case REFERRALS -> referrals;
            case PLANNED_ACTIONS -> plannedActions;
            case DOCUMENTS -> documents;
            case CARE_PLANS -> carePlans;
            case ALERTS -> alerts;
            case ADVANCE_DIRECTIVES -> advanceDirectives;
            case CONTACTS -> contacts;
            case SOCIAL_CONTEXT -> socialContext;
            case DEVICES -> devices;
        };
    }

    /** The entry with this SDK id, in whichever section holds it. */
    public Optional<Entry> findEntry(String entryId) {
        for (SectionKind kind : SectionKind.values()) {
            for (Entry entry : section(kind).entries()) {
                if (entry.id().equals(entryId)) {
                    return Optional.of(entry);
                }
            }
        }
        return Optional.empty();
    }

    /** The strictest confidentiality of the patient and of any entry (the IPS "high water mark"). */
    public Confidentiality highWaterMark() {
        Confidentiality level = patient.confidentiality();
        for (SectionKind kind : SectionKind.values()) {
            for (Entry entry : section(kind).entries()) {
                level = level.max(entry.sensitivity().level());
            }
        }
        return level;
    }

    /** A builder that starts from this record. */
    public Builder toBuilder() {
        Builder builder = new Builder(patient).gpPractice(gpPractice.orElse(null)).assembledAt(assembledAt);
        sections().forEach(builder::section);
        sources.forEach(builder::addSource);
        return builder;
    }

    private static <T extends Entry> Section<T> checked(Section<T> section, SectionKind kind) {
        if (section == null) {
            return Section.notRequested(kind);
        }
        if (section.kind() != kind) {
            throw new IllegalArgumentException("section " + section.kind() + " given where " + kind + " belongs");
        }
        return section;
    }

    /** Builds a {@link CareRecord}; not thread-safe. */
    public static final class Builder {
        private PatientDemographics patient;
        private GpPractice gpPractice;
        private Instant assembledAt;
        private final List<SourceOutcome> sources = new ArrayList<>();
        private Section<AllergyEntry> allergies = Section.notRequested(SectionKind.ALLERGIES);
        private Section<ProblemEntry> problems = Section.notRequested(SectionKind.PROBLEMS);
        private Section<ProblemEntry> pastProblems = Section.notRequested(SectionKind.PAST_PROBLEMS);
        private Section<MedicationEntry> medications = Section.notRequested(SectionKind.MEDICATIONS);
        private Section<ImmunisationEntry> immunisations = Section.notRequested(SectionKind.IMMUNISATIONS);
        private Section<ObservationEntry> results = Section.notRequested(SectionKind.RESULTS);
        private Section<ObservationEntry> vitalSigns = Section.notRequested(SectionKind.VITAL_SIGNS);
        private Section<ObservationEntry> observations = Section.notRequested(SectionKind.OBSERVATIONS);
        private Section<ProcedureEntry> procedures = Section.notRequested(SectionKind.PROCEDURES);
        private Section<EncounterEntry> encounters = Section.notRequested(SectionKind.ENCOUNTERS);
        private Section<ReferralEntry> referrals = Section.notRequested(SectionKind.REFERRALS);
        private Section<PlannedActionEntry> plannedActions = Section.notRequested(SectionKind.PLANNED_ACTIONS);
        private Section<DocumentEntry> documents = Section.notRequested(SectionKind.DOCUMENTS);
        private Section<CarePlanEntry> carePlans = Section.notRequested(SectionKind.CARE_PLANS);
        private Section<AlertEntry> alerts = Section.notRequested(SectionKind.ALERTS);
        private Section<AdvanceDirectiveEntry> advanceDirectives = Section.notRequested(SectionKind.ADVANCE_DIRECTIVES);
        private Section<ContactEntry> contacts = Section.notRequested(SectionKind.CONTACTS);
        private Section<SocialContextEntry> socialContext = Section.notRequested(SectionKind.SOCIAL_CONTEXT);
        private Section<DeviceEntry> devices = Section.notRequested(SectionKind.DEVICES);

        private Builder(PatientDemographics patient) {
            this.patient = Objects.requireNonNull(patient, "patient");
        }

        /** Replaces the patient demographics. */
        public Builder patient(PatientDemographics value) {
            this.patient = Objects.requireNonNull(value, "patient");
            return this;
        }

        /** Sets the GP practice (null for none). */
        public Builder gpPractice(GpPractice value) {
            this.gpPractice = value;
            return this;
        }

        /** Sets when the record was assembled (default: when {@link #build()} runs). */
        public Builder assembledAt(Instant value) {
            this.assembledAt = value;
            return this;
        }

        /** Adds how one source answered. */
        public Builder addSource(SourceOutcome outcome) {
            sources.add(Objects.requireNonNull(outcome, "outcome"));
            return this;
        }

        /** Sets the section of {@code section.kind()}, replacing what was there. */
        @SuppressWarnings("unchecked")
        public Builder section(Section<? extends Entry> section) {
            Objects.requireNonNull(section, "section");
            switch (section.kind()) {
                case ALLERGIES -> allergies = (Section<AllergyEntry>) section;
                case PROBLEMS -> problems = (Section<ProblemEntry>) section;
                case PAST_PROBLEMS -> pastProblems = (Section<ProblemEntry>) section;
                case MEDICATIONS -> medications = (Section<MedicationEntry>) section;
                case IMMUNISATIONS -> immunisations = (Section<ImmunisationEntry>) section;
                case RESULTS -> results = (Section<ObservationEntry>) section;
                case VITAL_SIGNS -> vitalSigns = (Section<ObservationEntry>) section;
                case OBSERVATIONS -> observations = (Section<ObservationEntry>) section;
                case PROCEDURES -> procedures = (Section<ProcedureEntry>) section;
                case ENCOUNTERS -> encounters = (Section<EncounterEntry>) section;
                case REFERRALS -> referrals = (Section<ReferralEntry>) section;
                case PLANNED_ACTIONS -> plannedActions = (Section<PlannedActionEntry>) section;
                case DOCUMENTS -> documents = (Section<DocumentEntry>) section;
                case CARE_PLANS -> carePlans = (Section<CarePlanEntry>) section;
                case ALERTS -> alerts = (Section<AlertEntry>) section;
                case ADVANCE_DIRECTIVES -> advanceDirectives = (Section<AdvanceDirectiveEntry>) section;
                case CONTACTS -> contacts = (Section<ContactEntry>) section;
                case SOCIAL_CONTEXT -> socialContext = (Section<SocialContextEntry>) section;
                case DEVICES -> devices = (Section<DeviceEntry>) section;
            }
            return this;
        }

        /** The section of this kind as set so far. */
        public Section<? extends Entry> section(SectionKind kind) {
            return new CareRecord(patient, Optional.empty(), allergies, problems, pastProblems, medications, immunisations, results, vitalSigns, observations, procedures, encounters, referrals, plannedActions, documents, carePlans, alerts, advanceDirectives, contacts, socialContext, devices, List.of(), Instant.EPOCH).section(kind);
        }

        /** The record. */
        public CareRecord build() {
            return new CareRecord(patient, Optional.ofNullable(gpPractice), allergies, problems, pastProblems, medications, immunisations, results, vitalSigns, observations, procedures, encounters, referrals, plannedActions, documents, carePlans, alerts, advanceDirectives, contacts, socialContext, devices, sources,
                    assembledAt != null ? assembledAt : Instant.now());
        }
    }
}
