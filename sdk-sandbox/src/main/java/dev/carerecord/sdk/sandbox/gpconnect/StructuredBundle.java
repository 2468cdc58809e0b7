package dev.carerecord.sdk.sandbox.gpconnect;

import dev.carerecord.sdk.sandbox.data.Allergy;
import dev.carerecord.sdk.sandbox.data.Area;
import dev.carerecord.sdk.sandbox.data.Consultation;
import dev.carerecord.sdk.sandbox.data.DiaryEntry;
import dev.carerecord.sdk.sandbox.data.DocumentMeta;
import dev.carerecord.sdk.sandbox.data.Ids;
import dev.carerecord.sdk.sandbox.data.Immunisation;
import dev.carerecord.sdk.sandbox.data.Investigation;
import dev.carerecord.sdk.sandbox.data.Item;
import dev.carerecord.sdk.sandbox.data.MedicationCourse;
import dev.carerecord.sdk.sandbox.data.Observation;
import dev.carerecord.sdk.sandbox.data.Problem;
import dev.carerecord.sdk.sandbox.data.Referral;
import dev.carerecord.sdk.sandbox.data.Staff;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.dstu3.model.Bundle;
import org.hl7.fhir.dstu3.model.ListResource;
import org.hl7.fhir.dstu3.model.OperationOutcome;
import org.hl7.fhir.dstu3.model.PractitionerRole;
import org.hl7.fhir.dstu3.model.Reference;
import org.hl7.fhir.dstu3.model.Resource;

/**
 * Renders a {@link Selection} as the GP Connect structured Bundle: type collection, id = Ssp-TraceID, no
 * fullUrl, relative references; Patient, practice Organization and the Practitioners referenced; the Lists;
 * every selected item once; and one OperationOutcome with warnings for disabled areas and unrecognised
 * parameters.
 */
final class StructuredBundle {
    private final Selection s;
    private final Stu3Context ctx;
    private final String documentsRoot;
    private final Map<String, Resource> body = new LinkedHashMap<>();

    StructuredBundle(Selection selection, LocalDateTime now, String documentsRoot) {
        this.s = selection;
        this.ctx = new Stu3Context(selection.record, selection.practice, now, selection::isIncluded);
        this.documentsRoot = documentsRoot;
    }

    Bundle build(String traceId) {
        primaryLists();
        consultationStructure();
        s.secondary.values().forEach(list -> {
            if (!list.items.isEmpty() || !list.warnings.isEmpty()) {
                add(ListStu3.list(ctx, Ids.uuid("gpc-secondary", s.record.nhsNumber(), list.code),
                        Stu3.concept(Gpc.SECONDARY_LISTS, list.code, list.title), list.title, refs(list.items),
                        list.warnings));
            }
        });
        for (String id : s.included) {
            render(s.record.item(id));
        }
        Bundle bundle = new Bundle();
        bundle.setId(traceId);
        bundle.getMeta().addProfile(Gpc.profile("GPConnect-StructuredRecord-Bundle-1"));
        bundle.setType(Bundle.BundleType.COLLECTION);
        bundle.addEntry().setResource(FoundationsStu3.patient(s.record.demographics(), s.practice, s.record.usualGpId()));
        bundle.addEntry().setResource(FoundationsStu3.organization(s.practice));
        ctx.staffRef(s.record.usualGpId());
        for (String staffId : ctx.staffUsed()) {
            Staff staff = s.practice.staff(staffId);
            bundle.addEntry().setResource(FoundationsStu3.practitioner(s.practice, staff));
            PractitionerRole role = FoundationsStu3.role(s.practice, staff);
            if (role != null) {
                bundle.addEntry().setResource(role);
            }
        }
        body.values().forEach(r -> bundle.addEntry().setResource(r));
        OperationOutcome warnings = warnings();
        if (warnings != null) {
            bundle.addEntry().setResource(warnings);
        }
        return bundle;
    }

    private void primaryLists() {
        for (Selection.AreaList list : s.primary.values()) {
            ListStu3.ListCode code = ListStu3.code(list.area());
            String id = Ids.uuid("gpc-list", s.record.nhsNumber(), list.area().name());
            if (list.disabled()) {
                add(ListStu3.disabled(ctx, id, code));
                continue;
            }
            add(ListStu3.list(ctx, id, Stu3.concept("http://snomed.info/sct", code.code(), code.display()), code.title(),
                    listRefs(list.items()), list.warnings()));
            if (list.area() == Area.ALLERGIES && s.endedAllergies != null) {
                endedAllergies();
            }
        }
    }

    private void endedAllergies() {
        ListStu3.ListCode code = ListStu3.ENDED_ALLERGIES;
        List<Reference> entries = new ArrayList<>();
        List<Resource> contained = new ArrayList<>();
        for (Item item : s.endedAllergies.items()) {
            Resource allergy = ClinicalStu3.allergy(ctx, (Allergy) item);
            contained.add(allergy);
            entries.add(new Reference("#" + allergy.getIdElement().getIdPart()));
        }
        ListResource list = ListStu3.list(ctx, Ids.uuid("gpc-list", s.record.nhsNumber(), "ENDED_ALLERGIES"),
                Stu3.concept("http://snomed.info/sct", code.code(), code.display()), code.title(), entries,
                s.endedAllergies.warnings());
        contained.forEach(list::addContained);
        add(list);
    }

    private void consultationStructure() {
        for (Consultation c : s.consultations) {
            Reference encounter = ctx.itemRef(c.id());
            List<Reference> topics = new ArrayList<>();
            for (Consultation.Topic t : c.topics()) {
                String topicId = Ids.uuid("gpc-topic", s.record.nhsNumber(), t.id());
                List<Reference> entries = new ArrayList<>();
                for (Consultation.Heading h : t.headings()) {
                    String headingId = Ids.uuid("gpc-heading", s.record.nhsNumber(), h.id());
                    add(ListStu3.structure(ctx, headingId, "24781000000107", "Category (EHR)", h.title(), encounter,
                            includedRefs(h.itemIds())));
                    entries.add(Stu3.ref("List", headingId));
                }
                entries.addAll(includedRefs(t.itemIds()));
                ListResource topic = ListStu3.structure(ctx, topicId, "25851000000105", "Topic (EHR)", t.title(),
                        encounter, entries);
                Reference problem = ctx.includedRef(t.problemId());
                if (problem != null) {
                    org.hl7.fhir.dstu3.model.Extension link = new org.hl7.fhir.dstu3.model.Extension(Gpc.RELATED_PROBLEM_EXT);
                    link.addExtension("target", problem);
                    topic.addExtension(link);
                }
                add(topic);
                topics.add(Stu3.ref("List", topicId));
            }
            add(ListStu3.structure(ctx, Ids.uuid("gpc-consultation", s.record.nhsNumber(), c.id()), "325851000000107",
                    "Consultation", c.type(), encounter, topics));
        }
    }

    private void render(Item item) {
        if (item instanceof Allergy a) {
            add(ClinicalStu3.allergy(ctx, a));
        } else if (item instanceof MedicationCourse m) {
            boolean issues = s.query.medication() == null || s.query.medication().includeIssues();
            MedicationStu3.course(ctx, m, issues).forEach(this::add);
        } else if (item instanceof Problem p) {
            add(ClinicalStu3.problem(ctx, p));
        } else if (item instanceof Consultation c) {
            add(ClinicalStu3.encounter(ctx, c));
        } else if (item instanceof Observation o) {
            add(ClinicalStu3.observation(ctx, o));
        } else if (item instanceof Immunisation i) {
            add(ClinicalStu3.immunisation(ctx, i));
        } else if (item instanceof Investigation i) {
            InvestigationStu3.report(ctx, i).forEach(this::add);
        } else if (item instanceof Referral r) {
            add(ClinicalStu3.referral(ctx, r));
        } else if (item instanceof DiaryEntry d) {
            add(ClinicalStu3.diary(ctx, d));
        } else if (item instanceof DocumentMeta d) {
            add(ClinicalStu3.document(ctx, d, documentsRoot));
        }
    }

    private OperationOutcome warnings() {
        List<OperationOutcome> issues = new ArrayList<>();
        for (String parameter : s.disabled) {
            issues.add(GpcOutcomes.warning(parameter + " has been disabled", parameter));
        }
        for (String parameter : s.query.unrecognised()) {
            issues.add(GpcOutcomes.warning(parameter + " is an unrecognised parameter", parameter));
        }
        if (issues.isEmpty()) {
            return null;
        }
        OperationOutcome outcome = issues.get(0);
        outcome.setId(Ids.uuid("gpc-warnings", s.record.nhsNumber()));
        issues.subList(1, issues.size()).forEach(o -> outcome.addIssue(o.getIssueFirstRep()));
        return outcome;
    }

    private List<Reference> listRefs(List<Item> items) {
        return items.stream().map(ctx::listRef).toList();
    }

    private List<Reference> refs(List<Item> items) {
        return items.stream().map(i -> ctx.itemRef(i.id())).toList();
    }

    private List<Reference> includedRefs(List<String> itemIds) {
        return itemIds.stream().filter(s::isIncluded).map(ctx::itemRef).toList();
    }

    private void add(Resource resource) {
        body.putIfAbsent(resource.fhirType() + "/" + resource.getIdElement().getIdPart(), resource);
    }
}
