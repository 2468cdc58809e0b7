package dev.carerecord.sdk.sandbox.shcr;

import dev.carerecord.sdk.sandbox.data.Catalogue;
import dev.carerecord.sdk.sandbox.data.Consultation;
import dev.carerecord.sdk.sandbox.data.Ids;
import dev.carerecord.sdk.sandbox.data.PatientRecord;
import dev.carerecord.sdk.sandbox.data.Practice;
import java.util.HashMap;
import java.util.Map;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * Shared state while copying one patient's GP record into the shared care record: the practice, the patient
 * reference, the business identifiers (the same system and values GP Connect emits, so a federated view can
 * merge the two copies of an item), the staff roles and the consultation holding each item.
 */
final class GpFeedContext {
    final PatientRecord record;
    final Practice practice;
    final Reference patient;
    final ShcrWorld.Builder world;
    private final Map<String, String> consultationOf = new HashMap<>();

    GpFeedContext(PatientRecord record, Reference patient, ShcrWorld.Builder world) {
        this.record = record;
        this.practice = Catalogue.practice(record.demographics().practiceOds()).orElseThrow();
        this.patient = patient;
        this.world = world;
        for (Consultation c : record.consultations()) {
            if (!c.confidential()) {
                c.itemIds().forEach(id -> consultationOf.putIfAbsent(id, c.id()));
            }
        }
    }

    /** The logical id of the R4 resource made from a GP item ({@code part} tells several apart). */
    static String id(String businessId, String part) {
        return Ids.uuid("shcr", businessId, part);
    }

    /** The item's business identifier, exactly as GP Connect sends it. */
    Identifier identifier(String businessId) {
        return new Identifier().setSystem(record.identifierSystem()).setValue(businessId);
    }

    /** The staff member's PractitionerRole at the practice, or null when unknown. */
    Reference staff(String staffId) {
        return staffId == null || practice.staff(staffId) == null ? null : ShcrDirectory.role(staffId);
    }

    Reference practiceRef() {
        return ShcrDirectory.organization(practice.ods());
    }

    /** The Encounter of the (non-confidential) consultation holding the item, or null. */
    Reference encounter(String itemId) {
        String consultation = consultationOf.get(itemId);
        return consultation == null ? null
                : R4.ref("Encounter", id(record.item(consultation).businessId(), "main"));
    }

    /** Sets the UK Core profile and the feed source (the practice) on a resource made from GP data. */
    <T extends Resource> T stamp(T resource, String profile) {
        resource.getMeta().addProfile(UkCore.profile(profile));
        resource.getMeta().setSource("https://sandbox.carerecord.dev/" + practice.ods());
        return resource;
    }
}
