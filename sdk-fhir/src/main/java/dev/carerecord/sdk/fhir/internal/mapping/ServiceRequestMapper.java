package dev.carerecord.sdk.fhir.internal.mapping;

import static dev.carerecord.sdk.fhir.internal.mapping.R4Types.coded;
import static dev.carerecord.sdk.fhir.internal.mapping.R4Types.text;

import dev.carerecord.sdk.model.SectionKind;
import dev.carerecord.sdk.model.entry.PlannedActionEntry;
import dev.carerecord.sdk.model.entry.ReferralEntry;
import dev.carerecord.sdk.model.value.CodedValue;
import dev.carerecord.sdk.model.value.PartialDateTime;
import dev.carerecord.sdk.model.value.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;

/**
 * ServiceRequest to a {@link ReferralEntry} (section REFERRALS) when its intent is an order ({@code order},
 * {@code original-order}, {@code reflex-order}, {@code filler-order}, {@code instance-order}), else to a
 * {@link PlannedActionEntry} (section PLANNED_ACTIONS: {@code plan}, {@code proposal}, {@code directive},
 * {@code option}, or none). A document's plan-of-care section places every ServiceRequest in PLANNED_ACTIONS.
 * Not part of the public API.
 */
final class ServiceRequestMapper {
    private static final Set<String> ORDERS =
            Set.of("order", "original-order", "reflex-order", "filler-order", "instance-order");

    private ServiceRequestMapper() {
    }

    static PlacedEntry map(ServiceRequest request, SectionKind hint, MappingSession session) {
        EntryFactory entries = session.entries();
        String intent = R4Types.code(request.getIntentElement()).orElse("");
        Optional<PartialDateTime> authoredOn = R4Types.date(request.getAuthoredOnElement());
        List<CodedValue> reasons = R4Types.codedList(request.getReasonCode());
        List<String> notes = R4Types.notes(request.getNote());
        boolean referral = hint == SectionKind.REFERRALS
                || (hint != SectionKind.PLANNED_ACTIONS && hint != SectionKind.CARE_PLANS && ORDERS.contains(intent));
        if (referral) {
            List<String> recipients = new ArrayList<>();
            for (Reference performer : request.getPerformer()) {
                session.actors().displayName(performer, request, "performer").ifPresent(recipients::add);
            }
            ReferralEntry entry = new ReferralEntry(entries.id(request), entries.provenance(request),
                    entries.sensitivity(request), R4Types.code(request.getStatusElement()), text(intent),
                    R4Types.code(request.getPriorityElement()),
                    coded(request.getCode()).map(List::of).orElse(List.of()), coded(request.getPerformerType()),
                    authoredOn, recipients, reasons, text(request.getPatientInstruction()), notes);
            return new PlacedEntry(SectionKind.REFERRALS, entry);
        }
        Optional<Period> occurrence = R4Types.periodOf(request.getOccurrence());
        Optional<PartialDateTime> due = request.getOccurrence() instanceof org.hl7.fhir.r4.model.DateTimeType
                ? R4Types.dateOf(request.getOccurrence()) : Optional.empty();
        PlannedActionEntry entry = new PlannedActionEntry(entries.id(request), entries.provenance(request),
                entries.sensitivity(request), coded(request.getCode()).orElse(CodedValue.EMPTY),
                R4Types.code(request.getStatusElement()), due,
                request.getOccurrence() instanceof org.hl7.fhir.r4.model.Period ? occurrence : Optional.empty(),
                reasons, authoredOn, notes);
        return new PlacedEntry(SectionKind.PLANNED_ACTIONS, entry);
    }
}
