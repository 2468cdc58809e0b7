package dev.carerecord.sdk.model.entry;

import dev.carerecord.sdk.model.provenance.Provenance;
import dev.carerecord.sdk.model.provenance.Sensitivity;
import java.util.List;

/**
 * One item of a care record section. Every entry has a stable SDK id (derived from its source, provider and
 * business or resource id, so the same item read twice gets the same id), its provenance, its sensitivity and
 * any free-text notes. Entries refer to one another by id.
 */
public sealed interface Entry permits AllergyEntry, ProblemEntry, MedicationEntry, ImmunisationEntry,
        ObservationEntry, ProcedureEntry, EncounterEntry, ReferralEntry, PlannedActionEntry, DocumentEntry,
        CarePlanEntry, AlertEntry, AdvanceDirectiveEntry, ContactEntry, SocialContextEntry, DeviceEntry {

    /** The stable SDK id of this entry. */
    String id();

    /** Where it came from and who is behind it. */
    Provenance provenance();

    /** Its confidentiality and security labels. */
    Sensitivity sensitivity();

    /** Free-text notes recorded with it. */
    List<String> notes();
}
