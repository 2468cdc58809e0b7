package dev.carerecord.sdk.sandbox.gpconnect;

import dev.carerecord.sdk.sandbox.data.Area;
import dev.carerecord.sdk.sandbox.data.ListWarning;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.hl7.fhir.dstu3.model.Annotation;
import org.hl7.fhir.dstu3.model.CodeType;
import org.hl7.fhir.dstu3.model.Coding;
import org.hl7.fhir.dstu3.model.CodeableConcept;
import org.hl7.fhir.dstu3.model.ListResource;
import org.hl7.fhir.dstu3.model.Reference;

/** GP Connect Lists: primary lists by SNOMED code, secondary lists, consultation structure lists. */
final class ListStu3 {
    private static final DateTimeFormatter NOTE_DATE = DateTimeFormatter.ofPattern("dd-MMM-yyyy", Locale.UK);

    /** SNOMED code, display and title of an area's primary list. */
    record ListCode(String code, String display, String title, String disabledText) {
    }

    static final ListCode ENDED_ALLERGIES = new ListCode("1103671000000101", "Ended allergies", "Ended allergies",
            "Allergy items have been disabled");

    private ListStu3() {
    }

    static ListCode code(Area area) {
        return switch (area) {
            case ALLERGIES -> new ListCode("886921000000105", "Allergies and adverse reactions",
                    "Allergies and adverse reactions", "Allergy items have been disabled");
            case MEDICATION -> new ListCode("933361000000108", "Medications and medical devices",
                    "Medications and medical devices", "Medication items have been disabled");
            case CONSULTATIONS -> new ListCode("1149501000000101", "List of consultations", "List of consultations",
                    "Consultation items have been disabled");
            case PROBLEMS -> new ListCode("717711000000103", "Problems", "Problems", "Problem items have been disabled");
            case IMMUNISATIONS -> new ListCode("1102181000000102", "Immunisations", "Immunisations",
                    "Immunisation items have been disabled");
            case UNCATEGORISED -> new ListCode("826501000000100", "Miscellaneous record", "Uncategorised data",
                    "Uncategorised data items have been disabled");
            case INVESTIGATIONS -> new ListCode("887191000000108", "Investigations and results",
                    "Investigations and results", "Investigation items have been disabled");
            case REFERRALS -> new ListCode("792931000000107", "Outbound referral", "Outbound referral",
                    "Referral items have been disabled");
            case DIARY -> new ListCode("714311000000108", "Patient recall administration", "Patient recall administration",
                    "Diary entry items have been disabled");
            case DOCUMENTS -> new ListCode("1127551000000109", "Documents", "Documents", "Document items have been disabled");
        };
    }

    /**
     * A primary (or secondary) list with its warnings: each warning code as an extension, their texts together in
     * one note, and emptyReason when it has no entries.
     */
    static ListResource list(Stu3Context ctx, String id, CodeableConcept code, String title, List<Reference> entries,
                             Set<ListWarning> warnings) {
        ListResource list = base(ctx, id, code, title, "event-date", "Sorted by Event Date");
        list.addExtension(Stu3.extension(Gpc.CLINICAL_SETTING_EXT,
                Stu3.concept("http://snomed.info/sct", "1060971000000108", "General practice service")));
        for (ListWarning w : warnings) {
            list.addExtension(Stu3.extension(Gpc.LIST_WARNING_EXT, new CodeType(w.code())));
        }
        entries.forEach(ref -> list.addEntry().setItem(ref));
        List<String> notes = new ArrayList<>();
        warnings.forEach(w -> notes.add(noteText(ctx, w)));
        if (entries.isEmpty()) {
            list.setEmptyReason(new CodeableConcept().addCoding(
                    new Coding(Gpc.EMPTY_REASON_CS, "no-content-recorded", "No content recorded")));
            if (notes.isEmpty()) {
                notes.add("Information not available");
            }
        }
        if (!notes.isEmpty()) {
            list.addNote(new Annotation().setText(notes.stream().collect(Collectors.joining(" "))));
        }
        return list;
    }

    /** The list of a clinical area switched off at the practice: one entry with only a display text. */
    static ListResource disabled(Stu3Context ctx, String id, ListCode code) {
        ListResource list = base(ctx, id, Stu3.concept("http://snomed.info/sct", code.code(), code.display()),
                code.title(), "event-date", "Sorted by Event Date");
        list.addEntry().setItem(new Reference().setDisplay(code.disabledText()));
        return list;
    }

    /** A consultation structure list (consultation, topic or heading): no warnings, ordered by system. */
    static ListResource structure(Stu3Context ctx, String id, String code, String display, String title,
                                  Reference encounter, List<Reference> entries) {
        ListResource list = base(ctx, id, Stu3.concept("http://snomed.info/sct", code, display), title, "system",
                "Sorted by System");
        list.setEncounter(encounter);
        entries.forEach(ref -> list.addEntry().setItem(ref));
        return list;
    }

    private static ListResource base(Stu3Context ctx, String id, CodeableConcept code, String title, String order,
                                     String orderDisplay) {
        ListResource list = Stu3.profile(new ListResource(), "CareConnect-GPC-List-1");
        list.setId(id);
        list.setStatus(ListResource.ListStatus.CURRENT);
        list.setMode(ListResource.ListMode.SNAPSHOT);
        list.setTitle(title);
        list.setCode(code);
        list.setSubject(ctx.patientRef());
        list.setDateElement(Stu3.dateTime(ctx.now));
        list.setOrderedBy(Stu3.concept(Gpc.LIST_ORDER, order, orderDisplay));
        return list;
    }

    private static String noteText(Stu3Context ctx, ListWarning warning) {
        return switch (warning) {
            case CONFIDENTIAL_ITEMS -> "Items excluded due to confidentiality and/or patient preferences.";
            case DATA_IN_TRANSIT -> "Patient record transfer from previous GP practice not yet complete; "
                    + "information recorded before " + format(ctx.record.transferredOn()) + " may be missing.";
            case DATA_AWAITING_FILING -> "Patient data may be incomplete as there is data supplied by a third party "
                    + "awaiting review before becoming available; information recorded before "
                    + format(ctx.record.awaitingFilingSince()) + " may be missing.";
        };
    }

    private static String format(LocalDate date) {
        return date == null ? "an unknown date" : date.format(NOTE_DATE);
    }
}
