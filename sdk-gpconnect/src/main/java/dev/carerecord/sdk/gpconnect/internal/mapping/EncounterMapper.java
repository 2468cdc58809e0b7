package dev.carerecord.sdk.gpconnect.internal.mapping;

import dev.carerecord.sdk.model.SectionKind;
import dev.carerecord.sdk.model.entry.Consultation;
import dev.carerecord.sdk.model.entry.ConsultationHeading;
import dev.carerecord.sdk.model.entry.ConsultationTopic;
import dev.carerecord.sdk.model.entry.EncounterEntry;
import dev.carerecord.sdk.model.provenance.Actor;
import dev.carerecord.sdk.model.value.CodedValue;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.dstu3.model.Encounter;
import org.hl7.fhir.dstu3.model.Extension;
import org.hl7.fhir.dstu3.model.ListResource;
import org.hl7.fhir.dstu3.model.Location;
import org.hl7.fhir.dstu3.model.Reference;
import org.hl7.fhir.dstu3.model.Resource;

/**
 * Maps Encounters to {@link EncounterEntry} and attaches the consultation structure GP Connect sends as Lists:
 * the consultation List (code 325851000000107, linked by {@code List.encounter}; its title is the consultation
 * type, its date the last-edited time) holds topic Lists (25851000000105, each optionally related to a problem
 * by the RelatedProblemHeader extension), which hold heading Lists (24781000000107) or, for a "flat"
 * consultation, the items themselves. Items are referred to by entry id; every item is mapped into its own
 * section elsewhere, exactly once.
 */
final class EncounterMapper {
    private static final SectionKind SECTION = SectionKind.ENCOUNTERS;

    private final MappingRun run;
    private final Map<Encounter, List<ListResource>> consultations = new IdentityHashMap<>();

    EncounterMapper(MappingRun run, ListCatalogue lists) {
        this.run = run;
        for (ListRole role : lists.structure()) {
            if (role.kind() != ListRole.Kind.CONSULTATION) {
                continue;
            }
            ListResource list = role.list();
            Optional<Resource> encounter = list.hasEncounter()
                    ? run.index.resolve(list.getEncounter(), list) : Optional.empty();
            if (encounter.isPresent() && encounter.get() instanceof Encounter found) {
                consultations.computeIfAbsent(found, e -> new ArrayList<>()).add(list);
            } else {
                run.issue(SECTION, list, "consultation List refers to no Encounter in the Bundle ("
                        + ResourceIndex.describe(list.getEncounter()) + "); its structure cannot be shown");
            }
        }
    }

    void map(Encounter encounter) {
        Optional<Actor> performer = Optional.empty();
        Optional<Actor> recorder = Optional.empty();
        for (Encounter.EncounterParticipantComponent participant : encounter.getParticipant()) {
            String type = participant.getType().stream().flatMap(t -> t.getCoding().stream())
                    .map(c -> c.getCode() == null ? "" : c.getCode().strip()).findFirst().orElse("");
            if (type.equals("AUTH") || type.equals("REC") || type.equals("ENT")) {
                if (recorder.isEmpty()) {
                    recorder = run.actor(participant.getIndividual(), encounter, SECTION);
                }
            } else if (performer.isEmpty()) {
                performer = run.actor(participant.getIndividual(), encounter, SECTION);
            }
        }
        Optional<String> location = Optional.empty();
        for (Encounter.EncounterLocationComponent place : encounter.getLocation()) {
            Optional<Resource> target = run.resolve(place.getLocation(), encounter, SECTION);
            location = target.filter(Location.class::isInstance).flatMap(l -> Stu3Values.text(((Location) l).getName()))
                    .or(() -> Stu3Values.text(place.getLocation().getDisplay()));
            if (location.isPresent()) {
                break;
            }
        }
        List<ListResource> lists = consultations.getOrDefault(encounter, List.of());
        if (lists.size() > 1) {
            run.issue(SECTION, encounter, lists.size() + " consultation Lists refer to this Encounter; "
                    + "the first is used");
        }
        Optional<Consultation> consultation = lists.isEmpty() ? Optional.empty()
                : Optional.of(consultation(lists.get(0)));
        Encounter.EncounterHospitalizationComponent stay = encounter.hasHospitalization()
                ? encounter.getHospitalization() : null;
        EncounterEntry entry = new EncounterEntry(run.id(encounter),
                run.provenance(encounter, recorder, performer, Optional.empty(), location),
                MappingRun.sensitivity(encounter), Stu3Values.code(encounter.getStatusElement()),
                encounter.hasClass_() ? Stu3Values.coding(encounter.getClass_()) : Optional.empty(),
                Stu3Values.codedList(encounter.getType()), Optional.empty(),
                encounter.hasPeriod() ? Stu3Values.period(encounter.getPeriod()) : Optional.empty(), location,
                Stu3Values.codedList(encounter.getReason()),
                stay == null ? Optional.empty() : Stu3Values.optionalCoded(stay.getAdmitSource()),
                stay == null ? Optional.empty() : Stu3Values.optionalCoded(stay.getDischargeDisposition()),
                consultation, List.of());
        run.add(SECTION, entry, encounter);
    }

    private Consultation consultation(ListResource list) {
        List<ConsultationTopic> topics = new ArrayList<>();
        List<String> looseItems = new ArrayList<>();
        for (ListResource.ListEntryComponent entry : list.getEntry()) {
            Optional<Resource> target = item(list, entry);
            if (target.isEmpty()) {
                continue;
            }
            if (target.get() == list) {
                run.issue(SECTION, list, "consultation List refers to itself; the entry was ignored");
            } else if (target.get() instanceof ListResource topic) {
                topics.add(topic(topic));
            } else {
                itemId(list, target.get()).ifPresent(looseItems::add);
            }
        }
        if (!looseItems.isEmpty()) {
            topics.add(new ConsultationTopic(Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                    looseItems));
        }
        return new Consultation(Stu3Values.text(list.getTitle()), Stu3Values.date(list.getDateElement()), topics);
    }

    private ConsultationTopic topic(ListResource topic) {
        List<ConsultationHeading> headings = new ArrayList<>();
        List<String> items = new ArrayList<>();
        for (ListResource.ListEntryComponent entry : topic.getEntry()) {
            Optional<Resource> target = item(topic, entry);
            if (target.isEmpty()) {
                continue;
            }
            if (target.get() == topic) {
                run.issue(SECTION, topic, "consultation List refers to itself; the entry was ignored");
            } else if (target.get() instanceof ListResource heading) {
                headings.add(heading(heading));
            } else {
                itemId(topic, target.get()).ifPresent(items::add);
            }
        }
        Optional<String> problem = Optional.empty();
        for (Extension extension : Extensions.all(topic, Extensions.RELATED_PROBLEM_HEADER)) {
            Optional<org.hl7.fhir.dstu3.model.Type> value = Extensions.part(extension, "target")
                    .map(Extension::getValue);
            if (value.isPresent() && value.get() instanceof Reference reference) {
                problem = run.entryId(reference, topic, SECTION);
                if (problem.isPresent()) {
                    break;
                }
            }
        }
        return new ConsultationTopic(Stu3Values.text(topic.getTitle()), listCode(topic), problem, headings, items);
    }

    private ConsultationHeading heading(ListResource heading) {
        List<String> items = new ArrayList<>();
        for (ListResource.ListEntryComponent entry : heading.getEntry()) {
            Optional<Resource> target = item(heading, entry);
            if (target.isPresent()) {
                itemId(heading, target.get()).ifPresent(items::add);
            }
        }
        return new ConsultationHeading(Stu3Values.text(heading.getTitle()), listCode(heading), items);
    }

    private Optional<Resource> item(ListResource list, ListResource.ListEntryComponent entry) {
        if (!entry.hasItem()) {
            return Optional.empty();
        }
        Reference item = entry.getItem();
        if (ListCatalogue.isDisplayOnly(item)) {
            ListCatalogue.displayOnly(run, new ListRole(list, ListRole.Kind.HEADING, Optional.empty(),
                    List.of(SECTION)), ListCatalogue.displayText(item));
            return Optional.empty();
        }
        Optional<Resource> target = run.resolve(item, list, SECTION);
        if (target.isEmpty()) {
            run.unmappedListItem(SECTION);
        }
        return target;
    }

    private Optional<String> itemId(ListResource list, Resource item) {
        if (MappingRun.isEntryResource(item)) {
            return Optional.of(run.id(item));
        }
        run.issue(SECTION, list, "consultation item of type " + item.fhirType() + " is not a record entry");
        return Optional.empty();
    }

    private static Optional<CodedValue> listCode(ListResource list) {
        return list.hasCode() ? Stu3Values.optionalCoded(list.getCode()) : Optional.empty();
    }
}
