package dev.carerecord.sdk.sandbox.gpconnect;

import dev.carerecord.sdk.sandbox.data.Allergy;
import dev.carerecord.sdk.sandbox.data.Area;
import dev.carerecord.sdk.sandbox.data.Consultation;
import dev.carerecord.sdk.sandbox.data.Item;
import dev.carerecord.sdk.sandbox.data.ListWarning;
import dev.carerecord.sdk.sandbox.data.PatientRecord;
import dev.carerecord.sdk.sandbox.data.Practice;
import dev.carerecord.sdk.sandbox.data.Problem;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one structured request selects from a record, before any FHIR is produced: the primary list of each
 * requested area, the ended allergies, the consultations whose structure is returned, the secondary lists, the
 * linked problems outside the query, and every item to render. Version-neutral apart from the list codes.
 */
final class Selection {
    /** A primary list: its items (confidential ones already removed), its warnings, and whether the area is off. */
    record AreaList(Area area, List<Item> items, Set<ListWarning> warnings, boolean disabled) {
    }

    /** A secondary list, identified by its GPConnect-SecondaryListValues-1 code. */
    static final class SecondaryList {
        final String code;
        final String title;
        final List<Item> items = new ArrayList<>();
        final Set<ListWarning> warnings = EnumSet.noneOf(ListWarning.class);

        SecondaryList(String code, String title) {
            this.code = code;
            this.title = title;
        }
    }

    final PatientRecord record;
    final Practice practice;
    final StructuredQuery query;
    final Map<Area, AreaList> primary = new LinkedHashMap<>();
    AreaList endedAllergies;
    final List<Consultation> consultations = new ArrayList<>();
    final Map<String, SecondaryList> secondary = new LinkedHashMap<>();
    final List<Problem> linkedProblems = new ArrayList<>();
    final Set<String> included = new LinkedHashSet<>();
    final List<String> disabled = new ArrayList<>();

    Selection(PatientRecord record, Practice practice, StructuredQuery query) {
        this.record = record;
        this.practice = practice;
        this.query = query;
    }

    boolean isIncluded(String itemId) {
        return included.contains(itemId);
    }

    /** Whether the item is an ended allergy (rendered only as a contained resource of the ended list). */
    boolean isEndedAllergy(String itemId) {
        return record.item(itemId) instanceof Allergy a && a.ended();
    }

    SecondaryList secondary(String code, String title) {
        return secondary.computeIfAbsent(code, c -> new SecondaryList(c, title));
    }
}
