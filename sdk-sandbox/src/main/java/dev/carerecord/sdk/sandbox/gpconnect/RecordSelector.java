package dev.carerecord.sdk.sandbox.gpconnect;

import dev.carerecord.sdk.sandbox.data.Allergy;
import dev.carerecord.sdk.sandbox.data.Area;
import dev.carerecord.sdk.sandbox.data.Consultation;
import dev.carerecord.sdk.sandbox.data.DateRange;
import dev.carerecord.sdk.sandbox.data.DiaryEntry;
import dev.carerecord.sdk.sandbox.data.DocumentMeta;
import dev.carerecord.sdk.sandbox.data.Immunisation;
import dev.carerecord.sdk.sandbox.data.Investigation;
import dev.carerecord.sdk.sandbox.data.Item;
import dev.carerecord.sdk.sandbox.data.ListWarning;
import dev.carerecord.sdk.sandbox.data.MedicationCourse;
import dev.carerecord.sdk.sandbox.data.Observation;
import dev.carerecord.sdk.sandbox.data.PatientRecord;
import dev.carerecord.sdk.sandbox.data.Practice;
import dev.carerecord.sdk.sandbox.data.Problem;
import dev.carerecord.sdk.sandbox.data.Referral;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Applies a structured query's filters to a record and works out the lists to return. */
final class RecordSelector {
    private RecordSelector() {
    }

    static Selection select(PatientRecord record, Practice practice, StructuredQuery q) {
        Selection s = new Selection(record, practice, q);
        if (q.allergies() != null) {
            primary(s, Area.ALLERGIES, record.allergies().stream().filter(a -> !a.ended()));
            if (q.allergies().includeResolved() && !practice.disabledAreas().contains(Area.ALLERGIES)) {
                s.endedAllergies = list(s, Area.ALLERGIES, record.allergies().stream().filter(Allergy::ended).map(Item.class::cast).toList(), false);
            }
        }
        if (q.medication() != null) {
            primary(s, Area.MEDICATION, record.medications().stream().filter(m -> m.activeOnOrAfter(q.medication().from())));
        }
        if (q.consultations() != null) {
            primary(s, Area.CONSULTATIONS, consultations(record, q.consultations()));
        }
        if (q.problems() != null) {
            String status = q.problems().status();
            primary(s, Area.PROBLEMS, record.problems().stream()
                    .filter(p -> status == null || p.active() == "active".equals(status)));
        }
        if (q.immunisations() != null) {
            StructuredQuery.Immunisations iq = q.immunisations();
            primary(s, Area.IMMUNISATIONS, Stream.concat(
                    record.immunisations().stream().filter(i -> i.given() || iq.includeNotGiven()),
                    iq.includeStatus() ? record.immunisationStatus().stream() : Stream.<Item>empty()));
        }
        if (q.uncategorised() != null) {
            primary(s, Area.UNCATEGORISED, record.uncategorised().stream().filter(o -> q.uncategorised().matches(o.effective())));
        }
        if (q.investigations() != null) {
            primary(s, Area.INVESTIGATIONS, record.investigations().stream()
                    .filter(i -> q.investigations().matches(i.issued().toLocalDate())));
        }
        if (q.referrals() != null) {
            primary(s, Area.REFERRALS, record.referrals().stream().filter(r -> q.referrals().matches(r.authored())));
        }
        if (q.diary() != null) {
            primary(s, Area.DIARY, record.diary().stream()
                    .filter(d -> q.diary().onOrBefore() == null || !d.due().isAfter(q.diary().onOrBefore())));
        }
        consultationContents(s);
        problemContents(s);
        linkedProblems(s);
        return s;
    }

    private static Stream<Item> consultations(PatientRecord record, StructuredQuery.Consultations cq) {
        DateRange period = cq.period();
        Stream<Consultation> matching = record.consultations().stream()
                .filter(c -> period.matches(c.start().toLocalDate()))
                .sorted(Comparator.comparing(Consultation::start).reversed());
        if (cq.mostRecent() != null) {
            matching = matching.limit(cq.mostRecent());
        }
        return matching.map(Item.class::cast);
    }

    private static void primary(Selection s, Area area, Stream<? extends Item> items) {
        List<Item> all = items.map(Item.class::cast).toList();
        boolean disabled = s.practice.disabledAreas().contains(area);
        if (disabled) {
            s.disabled.add(area.parameter());
        }
        s.primary.put(area, list(s, area, all, disabled));
    }

    private static Selection.AreaList list(Selection s, Area area, List<Item> all, boolean disabled) {
        if (disabled) {
            return new Selection.AreaList(area, List.of(), Set.of(), true);
        }
        Set<ListWarning> warnings = EnumSet.noneOf(ListWarning.class);
        warnings.addAll(s.record.warnings(area));
        List<Item> visible = new ArrayList<>();
        for (Item item : all) {
            if (item.confidential()) {
                warnings.add(ListWarning.CONFIDENTIAL_ITEMS);
            } else {
                visible.add(item);
                if (!(item instanceof Allergy a && a.ended())) {
                    s.included.add(item.id());
                }
            }
        }
        return new Selection.AreaList(area, visible, warnings, false);
    }

    private static void consultationContents(Selection s) {
        Selection.AreaList list = s.primary.get(Area.CONSULTATIONS);
        if (list == null || list.disabled()) {
            return;
        }
        for (Item item : list.items()) {
            Consultation c = (Consultation) item;
            s.consultations.add(c);
            for (String id : c.itemIds()) {
                addLinked(s, id, "consultations", "contained-in-consultations", "contained in consultations");
            }
        }
    }

    private static void problemContents(Selection s) {
        Selection.AreaList list = s.primary.get(Area.PROBLEMS);
        if (list == null || list.disabled()) {
            return;
        }
        for (Item item : list.items()) {
            Problem p = (Problem) item;
            for (String id : linkedIds(p)) {
                addLinked(s, id, "problems", "related-to-problems", "related to problems");
            }
        }
    }

    /** Problems outside the primary query linked to what is returned: one list, at most once. */
    private static void linkedProblems(Selection s) {
        Set<String> topicProblems = new LinkedHashSet<>();
        s.consultations.forEach(c -> c.topics().forEach(t -> {
            if (t.problemId() != null) {
                topicProblems.add(t.problemId());
            }
        }));
        for (Problem p : s.record.problems()) {
            if (s.isIncluded(p.id())) {
                continue;
            }
            boolean linked = topicProblems.contains(p.id()) || linkedIds(p).stream().anyMatch(s::isIncluded);
            if (!linked) {
                continue;
            }
            Selection.SecondaryList list = s.secondary("problems-linked-problems-not-relating-to-the-primary-query",
                    "Problems - linked problems not relating to the primary query");
            if (p.confidential()) {
                list.warnings.add(ListWarning.CONFIDENTIAL_ITEMS);
            } else {
                list.items.add(p);
                s.linkedProblems.add(p);
            }
        }
        s.linkedProblems.forEach(p -> s.included.add(p.id()));
    }

    private static List<String> linkedIds(Problem p) {
        List<String> ids = new ArrayList<>(p.relatedItemIds());
        if (p.actualItemId() != null) {
            ids.add(0, p.actualItemId());
        }
        return ids;
    }

    private static void addLinked(Selection s, String id, String prefix, String suffix, String titleSuffix) {
        Item item = s.record.item(id);
        if (item == null || (item instanceof Allergy a && a.ended())) {
            return;
        }
        String[] kind = kind(item);
        Selection.SecondaryList list = s.secondary(prefix + "-" + kind[0] + "-" + suffix,
                capital(prefix) + " - " + kind[1] + " " + titleSuffix);
        if (item.confidential()) {
            list.warnings.add(ListWarning.CONFIDENTIAL_ITEMS);
            return;
        }
        if (!list.items.contains(item)) {
            list.items.add(item);
        }
        s.included.add(item.id());
    }

    /** The secondary-list code fragment and title fragment for an item type. */
    private static String[] kind(Item item) {
        if (item instanceof Allergy) {
            return new String[] {"allergies", "allergies"};
        } else if (item instanceof MedicationCourse) {
            return new String[] {"medications", "medications"};
        } else if (item instanceof Observation) {
            return new String[] {"uncategorised-data", "uncategorised data"};
        } else if (item instanceof Immunisation) {
            return new String[] {"immunisations", "immunisations"};
        } else if (item instanceof Investigation) {
            return new String[] {"investigations", "investigations"};
        } else if (item instanceof Referral) {
            return new String[] {"outbound-referrals", "outbound referrals"};
        } else if (item instanceof DiaryEntry) {
            return new String[] {"diary-entries", "diary entries"};
        } else if (item instanceof DocumentMeta) {
            return new String[] {"documents", "documents"};
        } else if (item instanceof Consultation) {
            return new String[] {"consultations", "consultations"};
        }
        return new String[] {"problems", "problems"};
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
