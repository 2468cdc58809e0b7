package dev.carerecord.sdk.model;

import dev.carerecord.sdk.model.entry.AdvanceDirectiveEntry;
import dev.carerecord.sdk.model.entry.AlertEntry;
import dev.carerecord.sdk.model.entry.AllergyEntry;
import dev.carerecord.sdk.model.entry.CarePlanEntry;
import dev.carerecord.sdk.model.entry.ContactEntry;
import dev.carerecord.sdk.model.entry.DeviceEntry;
import dev.carerecord.sdk.model.entry.DocumentEntry;
import dev.carerecord.sdk.model.entry.EncounterEntry;
import dev.carerecord.sdk.model.entry.Entry;
import dev.carerecord.sdk.model.entry.ImmunisationEntry;
import dev.carerecord.sdk.model.entry.MedicationEntry;
import dev.carerecord.sdk.model.entry.ObservationEntry;
import dev.carerecord.sdk.model.entry.PlannedActionEntry;
import dev.carerecord.sdk.model.entry.ProblemEntry;
import dev.carerecord.sdk.model.entry.ProcedureEntry;
import dev.carerecord.sdk.model.entry.ReferralEntry;
import dev.carerecord.sdk.model.entry.SocialContextEntry;
import java.util.Optional;

/**
 * The sections of a care record, following the PRSB Core Information Standard headings and, where one exists,
 * the IPS section's LOINC code.
 */
public enum SectionKind {
    ALLERGIES("Allergies and adverse reactions", "48765-2", AllergyEntry.class),
    PROBLEMS("Problem list", "11450-4", ProblemEntry.class),
    PAST_PROBLEMS("Past problems", "11348-0", ProblemEntry.class),
    MEDICATIONS("Medications and medical devices", "10160-0", MedicationEntry.class),
    IMMUNISATIONS("Vaccinations", "11369-6", ImmunisationEntry.class),
    RESULTS("Investigation results", "30954-2", ObservationEntry.class),
    VITAL_SIGNS("Vital signs", "8716-3", ObservationEntry.class),
    OBSERVATIONS("Examination findings and other observations", null, ObservationEntry.class),
    PROCEDURES("Procedures", "47519-4", ProcedureEntry.class),
    ENCOUNTERS("Encounters and consultations", null, EncounterEntry.class),
    REFERRALS("Referral details", null, ReferralEntry.class),
    PLANNED_ACTIONS("Plan and requested actions", null, PlannedActionEntry.class),
    DOCUMENTS("Documents", null, DocumentEntry.class),
    CARE_PLANS("Care plans", "18776-5", CarePlanEntry.class),
    ALERTS("Safety alerts", "104605-1", AlertEntry.class),
    ADVANCE_DIRECTIVES("Legal information and advance directives", "42348-3", AdvanceDirectiveEntry.class),
    CONTACTS("Personal and professional contacts", null, ContactEntry.class),
    SOCIAL_CONTEXT("About me, services and social context", "29762-2", SocialContextEntry.class),
    DEVICES("Medical devices", "46264-8", DeviceEntry.class);

    private final String title;
    private final String loinc;
    private final Class<? extends Entry> entryType;

    SectionKind(String title, String loinc, Class<? extends Entry> entryType) {
        this.title = title;
        this.loinc = loinc;
        this.entryType = entryType;
    }

    /** The heading to show, after the PRSB Core Information Standard. */
    public String title() {
        return title;
    }

    /** The IPS section's LOINC code, where IPS has the section. */
    public Optional<String> loinc() {
        return Optional.ofNullable(loinc);
    }

    /** The type of entry the section holds. */
    public Class<? extends Entry> entryType() {
        return entryType;
    }
}
