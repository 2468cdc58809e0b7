package dev.carerecord.sdk.sandbox.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A synthetic GP record, version-neutral: demographics plus clinical items by area. Renderers (STU3 for GP
 * Connect, R4 for shared care records) read it and never change it. {@code transferredOn} set means the record
 * is still arriving from the previous practice (data-in-transit on every list); {@code awaitingFilingSince}
 * adds data-awaiting-filing to the areas in {@code awaitingFiling}.
 */
public final class PatientRecord {
    private final Demographics demographics;
    private final String usualGpId;
    private final boolean dissent;
    private final String identifierSystem;
    private final Map<Class<? extends Item>, List<Item>> items;
    private final List<Observation> uncategorised;
    private final List<Observation> immunisationStatus;
    private final Map<String, Item> byId;
    private final LocalDate transferredOn;
    private final LocalDate awaitingFilingSince;
    private final Set<Area> awaitingFiling;

    private PatientRecord(Builder b) {
        this.demographics = b.demographics;
        this.usualGpId = b.usualGpId;
        this.dissent = b.dissent;
        this.identifierSystem = "https://sandbox.carerecord.dev/" + b.demographics.practiceOds() + "/data-identifier";
        Map<Class<? extends Item>, List<Item>> copy = new LinkedHashMap<>();
        b.items.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        this.items = Collections.unmodifiableMap(copy);
        this.uncategorised = List.copyOf(b.uncategorised);
        this.immunisationStatus = List.copyOf(b.immunisationStatus);
        Map<String, Item> index = new LinkedHashMap<>();
        copy.values().forEach(list -> list.forEach(i -> index.put(i.id(), i)));
        uncategorised.forEach(i -> index.put(i.id(), i));
        immunisationStatus.forEach(i -> index.put(i.id(), i));
        this.byId = Collections.unmodifiableMap(index);
        this.transferredOn = b.transferredOn;
        this.awaitingFilingSince = b.awaitingFilingSince;
        this.awaitingFiling = b.awaitingFiling.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(b.awaitingFiling));
    }

    public static Builder builder(Demographics demographics) {
        return new Builder(demographics);
    }

    public Demographics demographics() {
        return demographics;
    }

    public String nhsNumber() {
        return demographics.nhsNumber();
    }

    public String usualGpId() {
        return usualGpId;
    }

    /** Whether the patient has dissented from sharing their GP record. */
    public boolean dissent() {
        return dissent;
    }

    /** The namespace of the business identifiers of this record's items. */
    public String identifierSystem() {
        return identifierSystem;
    }

    public List<Allergy> allergies() {
        return of(Allergy.class);
    }

    public List<MedicationCourse> medications() {
        return of(MedicationCourse.class);
    }

    public List<Problem> problems() {
        return of(Problem.class);
    }

    public List<Consultation> consultations() {
        return of(Consultation.class);
    }

    public List<Observation> uncategorised() {
        return uncategorised;
    }

    public List<Immunisation> immunisations() {
        return of(Immunisation.class);
    }

    /** Consent/dissent observations for immunisations. */
    public List<Observation> immunisationStatus() {
        return immunisationStatus;
    }

    public List<Investigation> investigations() {
        return of(Investigation.class);
    }

    public List<Referral> referrals() {
        return of(Referral.class);
    }

    public List<DiaryEntry> diary() {
        return of(DiaryEntry.class);
    }

    public List<DocumentMeta> documents() {
        return of(DocumentMeta.class);
    }

    /** The item with this local id, or null. */
    public Item item(String id) {
        return byId.get(id);
    }

    public LocalDate transferredOn() {
        return transferredOn;
    }

    public LocalDate awaitingFilingSince() {
        return awaitingFilingSince;
    }

    /** The record-level warnings (not confidential-items, which depends on what a query selects). */
    public Set<ListWarning> warnings(Area area) {
        Set<ListWarning> result = EnumSet.noneOf(ListWarning.class);
        if (transferredOn != null) {
            result.add(ListWarning.DATA_IN_TRANSIT);
        }
        if (awaitingFiling.contains(area)) {
            result.add(ListWarning.DATA_AWAITING_FILING);
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private <T extends Item> List<T> of(Class<T> type) {
        return (List<T>) items.getOrDefault(type, List.of());
    }

    /** Collects a record's items; not thread-safe. */
    public static final class Builder {
        private final Demographics demographics;
        private final Map<Class<? extends Item>, List<Item>> items = new LinkedHashMap<>();
        private final List<Observation> uncategorised = new ArrayList<>();
        private final List<Observation> immunisationStatus = new ArrayList<>();
        private final Set<Area> awaitingFiling = EnumSet.noneOf(Area.class);
        private String usualGpId;
        private boolean dissent;
        private LocalDate transferredOn;
        private LocalDate awaitingFilingSince;

        private Builder(Demographics demographics) {
            this.demographics = demographics;
        }

        public Builder usualGp(String staffId) {
            this.usualGpId = staffId;
            return this;
        }

        public Builder dissent(boolean dissent) {
            this.dissent = dissent;
            return this;
        }

        public Builder transferredOn(LocalDate date) {
            this.transferredOn = date;
            return this;
        }

        public Builder awaitingFiling(LocalDate since, Area... areas) {
            this.awaitingFilingSince = since;
            this.awaitingFiling.addAll(List.of(areas));
            return this;
        }

        /** Adds an item to its area; an {@link Observation} goes to uncategorised data. */
        public Builder add(Item item) {
            if (item instanceof Observation o) {
                uncategorised.add(o);
            } else {
                items.computeIfAbsent(item.getClass(), k -> new ArrayList<>()).add(item);
            }
            return this;
        }

        /** Adds an immunisation consent/dissent observation. */
        public Builder immunisationStatus(Observation observation) {
            immunisationStatus.add(observation);
            return this;
        }

        public PatientRecord build() {
            return new PatientRecord(this);
        }
    }
}
