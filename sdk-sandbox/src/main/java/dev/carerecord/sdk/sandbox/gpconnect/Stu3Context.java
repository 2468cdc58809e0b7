package dev.carerecord.sdk.sandbox.gpconnect;

import dev.carerecord.sdk.sandbox.data.Allergy;
import dev.carerecord.sdk.sandbox.data.Consultation;
import dev.carerecord.sdk.sandbox.data.DiaryEntry;
import dev.carerecord.sdk.sandbox.data.DocumentMeta;
import dev.carerecord.sdk.sandbox.data.Ids;
import dev.carerecord.sdk.sandbox.data.Immunisation;
import dev.carerecord.sdk.sandbox.data.Investigation;
import dev.carerecord.sdk.sandbox.data.Item;
import dev.carerecord.sdk.sandbox.data.MedicationCourse;
import dev.carerecord.sdk.sandbox.data.Observation;
import dev.carerecord.sdk.sandbox.data.PatientRecord;
import dev.carerecord.sdk.sandbox.data.Practice;
import dev.carerecord.sdk.sandbox.data.Problem;
import dev.carerecord.sdk.sandbox.data.Referral;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.hl7.fhir.dstu3.model.Identifier;
import org.hl7.fhir.dstu3.model.Reference;

/**
 * Shared state while rendering one patient to STU3: logical ids (stable, derived from business ids), which items
 * are in the Bundle (references to anything else are left out), and which staff members were referenced (so
 * their Practitioner resources are added).
 */
final class Stu3Context {
    final PatientRecord record;
    final Practice practice;
    final LocalDateTime now;
    private final Predicate<String> included;
    private final Map<String, String> consultationOf = new HashMap<>();
    private final Set<String> staffUsed = new LinkedHashSet<>();

    Stu3Context(PatientRecord record, Practice practice, LocalDateTime now, Predicate<String> included) {
        this.record = record;
        this.practice = practice;
        this.now = now;
        this.included = included;
        for (Consultation c : record.consultations()) {
            c.itemIds().forEach(id -> consultationOf.putIfAbsent(id, c.id()));
        }
    }

    static String patientId(String ods, String nhsNumber) {
        return Ids.uuid("gpc-patient", ods, nhsNumber);
    }

    static String organizationId(String ods) {
        return Ids.uuid("gpc-organization", ods);
    }

    static String practitionerId(String ods, String staffId) {
        return Ids.uuid("gpc-practitioner", ods, staffId);
    }

    static String practitionerRoleId(String ods, String staffId) {
        return Ids.uuid("gpc-practitioner-role", ods, staffId);
    }

    /** The logical id of a resource derived from a business id ({@code part} distinguishes several per item). */
    static String id(String businessId, String part) {
        return Ids.uuid("gpc", businessId, part);
    }

    Reference patientRef() {
        return Stu3.ref("Patient", patientId(practice.ods(), record.nhsNumber()));
    }

    Reference practiceRef() {
        return Stu3.ref("Organization", organizationId(practice.ods()));
    }

    /** A Practitioner reference for a staff member (and remembers to include them), or null. */
    Reference staffRef(String staffId) {
        if (staffId == null || practice.staff(staffId) == null) {
            return null;
        }
        staffUsed.add(staffId);
        return Stu3.ref("Practitioner", practitionerId(practice.ods(), staffId));
    }

    Set<String> staffUsed() {
        return staffUsed;
    }

    Identifier identifier(String businessId) {
        return new Identifier().setSystem(record.identifierSystem()).setValue(businessId);
    }

    boolean isIncluded(String itemId) {
        return included.test(itemId);
    }

    /** The Encounter of the consultation holding the item, when that Encounter is in the Bundle. */
    Reference encounterOf(String itemId) {
        String consultation = consultationOf.get(itemId);
        return consultation == null || !included.test(consultation) ? null : itemRef(consultation);
    }

    /** A reference to an item's main resource when the item is in the Bundle, else null. */
    Reference includedRef(String itemId) {
        return itemId != null && included.test(itemId) ? itemRef(itemId) : null;
    }

    /**
     * The reference to an item's main resource: a medication course is referenced by its plan
     * (MedicationRequest), everything else by its one resource.
     */
    Reference itemRef(String itemId) {
        Item item = record.item(itemId);
        String bid = item.businessId();
        if (item instanceof MedicationCourse) {
            return Stu3.ref("MedicationRequest", id(bid, "plan"));
        }
        return Stu3.ref(resourceType(item), id(bid, "main"));
    }

    static String resourceType(Item item) {
        if (item instanceof Allergy) {
            return "AllergyIntolerance";
        } else if (item instanceof MedicationCourse) {
            return "MedicationStatement";
        } else if (item instanceof Problem) {
            return "Condition";
        } else if (item instanceof Consultation) {
            return "Encounter";
        } else if (item instanceof Observation) {
            return "Observation";
        } else if (item instanceof Immunisation) {
            return "Immunization";
        } else if (item instanceof Investigation) {
            return "DiagnosticReport";
        } else if (item instanceof Referral) {
            return "ReferralRequest";
        } else if (item instanceof DiaryEntry) {
            return "ProcedureRequest";
        } else if (item instanceof DocumentMeta) {
            return "DocumentReference";
        }
        throw new IllegalArgumentException("Unknown item type " + item.getClass());
    }

    /** The reference a primary list uses for an item (a medication course is listed by its MedicationStatement). */
    Reference listRef(Item item) {
        if (item instanceof MedicationCourse) {
            return Stu3.ref("MedicationStatement", id(item.businessId(), "statement"));
        }
        return itemRef(item.id());
    }
}
