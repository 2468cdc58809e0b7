package dev.carerecord.sdk.gpconnect;

import dev.carerecord.sdk.core.exception.InvalidInputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What to ask of {@code $gpc.getstructuredrecord}: which clinical areas, each with its part parameters
 * (Access Record Structured 1.6.x). Built with {@link #builder()} or taken from a predefined multi-area search
 * ({@link #predefinedSearch1(LocalDate)}, {@link #predefinedSearch2(LocalDate)}). Combinations the
 * specification forbids are refused with {@link InvalidInputException} before anything is sent: structural
 * rules when built, date rules against "today" by {@link #validate(LocalDate)} (the client calls it).
 */
public final class StructuredRecordRequest {
    private final Boolean includeResolvedAllergies;
    private final boolean medication;
    private final LocalDate medicationSearchFromDate;
    private final Boolean includePrescriptionIssues;
    private final boolean consultations;
    private final DateRange consultationSearchPeriod;
    private final Integer consultationsMostRecent;
    private final boolean problems;
    private final ProblemStatusFilter problemStatus;
    private final boolean immunisations;
    private final Boolean includeNotGiven;
    private final Boolean includeImmunisationStatus;
    private final boolean uncategorised;
    private final DateRange uncategorisedSearchPeriod;
    private final boolean investigations;
    private final DateRange investigationSearchPeriod;
    private final boolean referrals;
    private final DateRange referralSearchPeriod;
    private final boolean diaryEntries;
    private final LocalDate diaryEntriesSearchDate;
    private final boolean predefined;

    private StructuredRecordRequest(Builder b, boolean predefined) {
        this.includeResolvedAllergies = b.includeResolvedAllergies;
        this.medication = b.medication;
        this.medicationSearchFromDate = b.medicationSearchFromDate;
        this.includePrescriptionIssues = b.includePrescriptionIssues;
        this.consultations = b.consultations;
        this.consultationSearchPeriod = b.consultationSearchPeriod;
        this.consultationsMostRecent = b.consultationsMostRecent;
        this.problems = b.problems;
        this.problemStatus = b.problemStatus;
        this.immunisations = b.immunisations;
        this.includeNotGiven = b.includeNotGiven;
        this.includeImmunisationStatus = b.includeImmunisationStatus;
        this.uncategorised = b.uncategorised;
        this.uncategorisedSearchPeriod = b.uncategorisedSearchPeriod;
        this.investigations = b.investigations;
        this.investigationSearchPeriod = b.investigationSearchPeriod;
        this.referrals = b.referrals;
        this.referralSearchPeriod = b.referralSearchPeriod;
        this.diaryEntries = b.diaryEntries;
        this.diaryEntriesSearchDate = b.diaryEntriesSearchDate;
        this.predefined = predefined;
        checkStructure();
    }

    /** A builder with nothing requested yet. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Pre-defined search 1: the last 3 consultations, problems, allergies including ended ones, and medication
     * from 365 days before {@code today} (the spec's "today-365"; a calendar year differs after 29 February).
     * Allowed although it combines filters a custom search may not. Pass the UK date: providers judge it in UK
     * time.
     */
    public static StructuredRecordRequest predefinedSearch1(LocalDate today) {
        return predefinedBuilder(today).buildPredefined();
    }

    /** Pre-defined search 2: search 1 plus immunisations and uncategorised data (paediatric use cases). */
    public static StructuredRecordRequest predefinedSearch2(LocalDate today) {
        return predefinedBuilder(today).immunisations().uncategorisedData().buildPredefined();
    }

    /**
     * Every clinical area with the provider's defaults, plus ended allergies. (Not-given immunisations need
     * {@code includeNotGiven}, which the specification forbids alongside consultations: ask for them separately.)
     */
    public static StructuredRecordRequest everything() {
        return builder().allergies(true).medication().consultations().problems().immunisations()
                .uncategorisedData().investigations().referrals().diaryEntries().build();
    }

    private static Builder predefinedBuilder(LocalDate today) {
        Objects.requireNonNull(today, "today");
        return builder().consultationsMostRecent(3).problems().allergies(true)
                .medicationFrom(today.minusDays(365), null);
    }

    /** The clinical areas requested. */
    public Set<ClinicalArea> areas() {
        Set<ClinicalArea> areas = EnumSet.noneOf(ClinicalArea.class);
        if (includeResolvedAllergies != null) {
            areas.add(ClinicalArea.ALLERGIES);
        }
        addIf(areas, medication, ClinicalArea.MEDICATIONS);
        addIf(areas, consultations, ClinicalArea.CONSULTATIONS);
        addIf(areas, problems, ClinicalArea.PROBLEMS);
        addIf(areas, immunisations, ClinicalArea.IMMUNISATIONS);
        addIf(areas, uncategorised, ClinicalArea.UNCATEGORISED);
        addIf(areas, investigations, ClinicalArea.INVESTIGATIONS);
        addIf(areas, referrals, ClinicalArea.REFERRALS);
        addIf(areas, diaryEntries, ClinicalArea.DIARY_ENTRIES);
        return areas;
    }

    private static void addIf(Set<ClinicalArea> areas, boolean wanted, ClinicalArea area) {
        if (wanted) {
            areas.add(area);
        }
    }

    /**
     * Checks the date rules against {@code today}: search dates are whole dates not after today, except the
     * diary entries date, which must be today or later.
     *
     * @throws InvalidInputException naming the parameter that breaks a rule
     */
    public void validate(LocalDate today) {
        Objects.requireNonNull(today, "today");
        notFuture("medicationSearchFromDate", medicationSearchFromDate, today);
        notFuture("consultationSearchPeriod", consultationSearchPeriod, today);
        notFuture("uncategorisedDataSearchPeriod", uncategorisedSearchPeriod, today);
        notFuture("investigationSearchPeriod", investigationSearchPeriod, today);
        notFuture("referralSearchPeriod", referralSearchPeriod, today);
        if (diaryEntriesSearchDate != null && diaryEntriesSearchDate.isBefore(today)) {
            throw new InvalidInputException("diaryEntriesSearchDate", "must be today or later");
        }
    }

    private static void notFuture(String name, LocalDate date, LocalDate today) {
        if (date != null && date.isAfter(today)) {
            throw new InvalidInputException(name, "must not be after today");
        }
    }

    private static void notFuture(String name, DateRange range, LocalDate today) {
        if (range != null) {
            notFuture(name, range.start().orElse(null), today);
            notFuture(name, range.end().orElse(null), today);
        }
    }

    private void checkStructure() {
        if (areas().isEmpty()) {
            throw new InvalidInputException("structuredRecordRequest", "asks for no clinical area");
        }
        if (consultationSearchPeriod != null && consultationsMostRecent != null) {
            throw new InvalidInputException("includeConsultations",
                    "consultationSearchPeriod and includeNumberOfMostRecent cannot both be sent");
        }
        if (predefined) {
            return;
        }
        List<String> filters = new ArrayList<>();
        addIf(filters, medicationSearchFromDate != null, "medicationSearchFromDate");
        addIf(filters, uncategorisedSearchPeriod != null, "uncategorisedDataSearchPeriod");
        addIf(filters, referralSearchPeriod != null, "referralSearchPeriod");
        addIf(filters, diaryEntriesSearchDate != null, "diaryEntriesSearchDate");
        addIf(filters, includeNotGiven != null, "includeNotGiven");
        addIf(filters, includeImmunisationStatus != null, "includeStatus");
        if (consultations && (problemStatus != null || !filters.isEmpty())) {
            List<String> all = new ArrayList<>(filters);
            addIf(all, problemStatus != null, "filterStatus");
            throw new InvalidInputException("includeConsultations",
                    "cannot be combined with " + String.join(", ", all) + " (use two requests or a predefined search)");
        }
        if (problems && !filters.isEmpty()) {
            throw new InvalidInputException("includeProblems",
                    "cannot be combined with " + String.join(", ", filters) + " (use two requests or a predefined search)");
        }
    }

    private static void addIf(List<String> names, boolean present, String name) {
        if (present) {
            names.add(name);
        }
    }

    /** {@code includeResolvedAllergies}, when allergies are requested. */
    public Optional<Boolean> includeResolvedAllergies() {
        return Optional.ofNullable(includeResolvedAllergies);
    }

    /** {@code medicationSearchFromDate}, when sent. */
    public Optional<LocalDate> medicationSearchFromDate() {
        return Optional.ofNullable(medicationSearchFromDate);
    }

    /** {@code includePrescriptionIssues}, when sent (the provider's default is true). */
    public Optional<Boolean> includePrescriptionIssues() {
        return Optional.ofNullable(includePrescriptionIssues);
    }

    /** {@code consultationSearchPeriod}, when sent. */
    public Optional<DateRange> consultationSearchPeriod() {
        return Optional.ofNullable(consultationSearchPeriod);
    }

    /** {@code includeNumberOfMostRecent}, when sent. */
    public OptionalInt consultationsMostRecent() {
        return consultationsMostRecent == null ? OptionalInt.empty() : OptionalInt.of(consultationsMostRecent);
    }

    /** {@code filterStatus} for problems, when sent. */
    public Optional<ProblemStatusFilter> problemStatus() {
        return Optional.ofNullable(problemStatus);
    }

    /** {@code includeNotGiven}, when sent (the provider's default is false). */
    public Optional<Boolean> includeNotGiven() {
        return Optional.ofNullable(includeNotGiven);
    }

    /** {@code includeStatus} for immunisations, when sent (the provider's default is true). */
    public Optional<Boolean> includeImmunisationStatus() {
        return Optional.ofNullable(includeImmunisationStatus);
    }

    /** {@code uncategorisedDataSearchPeriod}, when sent. */
    public Optional<DateRange> uncategorisedSearchPeriod() {
        return Optional.ofNullable(uncategorisedSearchPeriod);
    }

    /** {@code investigationSearchPeriod}, when sent. */
    public Optional<DateRange> investigationSearchPeriod() {
        return Optional.ofNullable(investigationSearchPeriod);
    }

    /** {@code referralSearchPeriod}, when sent. */
    public Optional<DateRange> referralSearchPeriod() {
        return Optional.ofNullable(referralSearchPeriod);
    }

    /** {@code diaryEntriesSearchDate}, when sent. */
    public Optional<LocalDate> diaryEntriesSearchDate() {
        return Optional.ofNullable(diaryEntriesSearchDate);
    }

    /** True for the predefined multi-area searches, which may combine filters a custom search may not. */
    public boolean isPredefined() {
        return predefined;
    }

    @Override
    public String toString() {
        return "StructuredRecordRequest" + areas() + (predefined ? " (predefined)" : "");
    }

    /** Builds a {@link StructuredRecordRequest}; every method asks for one clinical area. Not thread-safe. */
    public static final class Builder {
        private Boolean includeResolvedAllergies;
        private boolean medication;
        private LocalDate medicationSearchFromDate;
        private Boolean includePrescriptionIssues;
        private boolean consultations;
        private DateRange consultationSearchPeriod;
        private Integer consultationsMostRecent;
        private boolean problems;
        private ProblemStatusFilter problemStatus;
        private boolean immunisations;
        private Boolean includeNotGiven;
        private Boolean includeImmunisationStatus;
        private boolean uncategorised;
        private DateRange uncategorisedSearchPeriod;
        private boolean investigations;
        private DateRange investigationSearchPeriod;
        private boolean referrals;
        private DateRange referralSearchPeriod;
        private boolean diaryEntries;
        private LocalDate diaryEntriesSearchDate;

        private Builder() {
        }

        /** Active allergies, and ended ones too when {@code includeResolved}. */
        public Builder allergies(boolean includeResolved) {
            this.includeResolvedAllergies = includeResolved;
            return this;
        }

        /** All medication, with prescription issues (the provider's default). */
        public Builder medication() {
            this.medication = true;
            return this;
        }

        /**
         * Medication active on or after {@code fromDate} (null for all); {@code includeIssues} null leaves the
         * provider's default (true).
         */
        public Builder medicationFrom(LocalDate fromDate, Boolean includeIssues) {
            this.medication = true;
            this.medicationSearchFromDate = fromDate;
            this.includePrescriptionIssues = includeIssues;
            return this;
        }

        /** All consultations. */
        public Builder consultations() {
            this.consultations = true;
            return this;
        }

        /** Consultations within {@code period}. */
        public Builder consultationsWithin(DateRange period) {
            this.consultations = true;
            this.consultationSearchPeriod = Objects.requireNonNull(period, "period");
            return this;
        }

        /** The {@code count} most recent consultations. */
        public Builder consultationsMostRecent(int count) {
            if (count < 1) {
                throw new InvalidInputException("includeNumberOfMostRecent", "must be a positive number");
            }
            this.consultations = true;
            this.consultationsMostRecent = count;
            return this;
        }

        /** All problems. */
        public Builder problems() {
            this.problems = true;
            return this;
        }

        /** Problems with this status only. */
        public Builder problems(ProblemStatusFilter status) {
            this.problems = true;
            this.problemStatus = Objects.requireNonNull(status, "status");
            return this;
        }

        /** Immunisations with the provider's defaults (given only, with consent status). */
        public Builder immunisations() {
            this.immunisations = true;
            return this;
        }

        /** Immunisations, choosing whether to include not-given ones and consent status records. */
        public Builder immunisations(boolean includeNotGiven, boolean includeStatus) {
            this.immunisations = true;
            this.includeNotGiven = includeNotGiven;
            this.includeImmunisationStatus = includeStatus;
            return this;
        }

        /** All uncategorised data. */
        public Builder uncategorisedData() {
            this.uncategorised = true;
            return this;
        }

        /** Uncategorised data within {@code period}. */
        public Builder uncategorisedDataWithin(DateRange period) {
            this.uncategorised = true;
            this.uncategorisedSearchPeriod = Objects.requireNonNull(period, "period");
            return this;
        }

        /** All investigations. */
        public Builder investigations() {
            this.investigations = true;
            return this;
        }

        /** Investigations issued within {@code period}. */
        public Builder investigationsWithin(DateRange period) {
            this.investigations = true;
            this.investigationSearchPeriod = Objects.requireNonNull(period, "period");
            return this;
        }

        /** All outbound referrals. */
        public Builder referrals() {
            this.referrals = true;
            return this;
        }

        /** Referrals authored within {@code period}. */
        public Builder referralsWithin(DateRange period) {
            this.referrals = true;
            this.referralSearchPeriod = Objects.requireNonNull(period, "period");
            return this;
        }

        /** All diary entries. */
        public Builder diaryEntries() {
            this.diaryEntries = true;
            return this;
        }

        /** Diary entries due on or before {@code searchDate} (today or later). */
        public Builder diaryEntriesUntil(LocalDate searchDate) {
            this.diaryEntries = true;
            this.diaryEntriesSearchDate = Objects.requireNonNull(searchDate, "searchDate");
            return this;
        }

        /**
         * The request.
         *
         * @throws InvalidInputException if nothing is asked for or a combination is forbidden
         */
        public StructuredRecordRequest build() {
            return new StructuredRecordRequest(this, false);
        }

        private StructuredRecordRequest buildPredefined() {
            return new StructuredRecordRequest(this, true);
        }
    }
}
