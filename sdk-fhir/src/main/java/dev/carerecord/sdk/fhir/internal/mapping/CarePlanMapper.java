package dev.carerecord.sdk.fhir.internal.mapping;

import static dev.carerecord.sdk.fhir.internal.mapping.R4Types.coded;
import static dev.carerecord.sdk.fhir.internal.mapping.R4Types.text;

import dev.carerecord.sdk.model.SectionKind;
import dev.carerecord.sdk.model.entry.CarePlanActivity;
import dev.carerecord.sdk.model.entry.CarePlanEntry;
import dev.carerecord.sdk.model.entry.CarePlanRepresentation;
import dev.carerecord.sdk.model.provenance.Provenance;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Reference;

/**
 * CarePlan to {@link CarePlanEntry} (section CARE_PLANS), always STRUCTURED: category, title, description, status,
 * intent, period, author and activities (each activity's detail code, status and description, or the display of
 * the resource it references). A plan that points at a document ({@code supportingInfo} or an activity
 * referencing a DocumentReference) keeps its fields and gets that document's URL in {@code documentUrl} (the
 * attachment URL when the DocumentReference was retrieved, else the reference itself). Not part of the public API.
 */
final class CarePlanMapper {
    private CarePlanMapper() {
    }

    static PlacedEntry map(CarePlan plan, MappingSession session) {
        EntryFactory entries = session.entries();
        Provenance provenance = entries.provenance(plan);
        List<CarePlanActivity> activities = new ArrayList<>();
        List<Reference> documentRefs = new ArrayList<>(plan.getSupportingInfo());
        for (CarePlan.CarePlanActivityComponent activity : plan.getActivity()) {
            if (activity.hasDetail()) {
                CarePlan.CarePlanActivityDetailComponent detail = activity.getDetail();
                activities.add(new CarePlanActivity(coded(detail.getCode()), R4Types.code(detail.getStatusElement()),
                        text(detail.getDescription())));
            } else if (activity.hasReference()) {
                documentRefs.add(activity.getReference());
                activities.add(new CarePlanActivity(null, null, text(activity.getReference().getDisplay())));
            }
        }
        CarePlanEntry entry = new CarePlanEntry(entries.id(plan), provenance, entries.sensitivity(plan),
                CarePlanRepresentation.STRUCTURED, R4Types.codedList(plan.getCategory()), text(plan.getTitle()),
                text(plan.getDescription()), R4Types.code(plan.getStatusElement()),
                R4Types.code(plan.getIntentElement()), R4Types.period(plan.getPeriod()),
                plan.hasAuthor() ? provenance.recorder() : Optional.empty(),
                documentUrl(documentRefs, plan, session), activities, R4Types.notes(plan.getNote()));
        return new PlacedEntry(SectionKind.CARE_PLANS, entry);
    }

    private static Optional<String> documentUrl(List<Reference> refs, CarePlan plan, MappingSession session) {
        for (Reference ref : refs) {
            if (!ReferenceResolver.targetType(ref).filter("DocumentReference"::equals).isPresent()) {
                continue;
            }
            Optional<String> url = session.resolve(ref, plan, "document", DocumentReference.class)
                    .flatMap(d -> d.getContent().stream().map(c -> text(c.getAttachment().getUrl()))
                            .flatMap(Optional::stream).findFirst());
            if (url.isPresent()) {
                return url;
            }
            if (ref.hasReference()) {
                return text(ref.getReference());
            }
        }
        return Optional.empty();
    }
}
