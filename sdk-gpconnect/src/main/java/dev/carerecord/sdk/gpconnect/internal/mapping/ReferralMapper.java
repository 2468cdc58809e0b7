package dev.carerecord.sdk.gpconnect.internal.mapping;

import dev.carerecord.sdk.model.SectionKind;
import dev.carerecord.sdk.model.entry.ReferralEntry;
import dev.carerecord.sdk.model.provenance.Actor;
import dev.carerecord.sdk.model.value.CodedValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.dstu3.model.Reference;
import org.hl7.fhir.dstu3.model.ReferralRequest;

/**
 * Maps a ReferralRequest to {@link ReferralEntry}: status, intent, priority, service requested, specialty,
 * authored date, recipients (by name: the resolved practitioner, organisation or service, else the reference's
 * display), reasons (coded; referenced reasons by display), description and notes. The UBRN
 * ({@code https://fhir.nhs.uk/Id/UBRN}) is kept with every other identifier among the provenance's business
 * identifiers; the requester is the performer and {@code authoredOn} the recorded time.
 */
final class ReferralMapper {
    private static final SectionKind SECTION = SectionKind.REFERRALS;

    private ReferralMapper() {
    }

    static void map(MappingRun run, ReferralRequest referral) {
        List<String> recipients = new ArrayList<>();
        for (Reference recipient : referral.getRecipient()) {
            run.actor(recipient, referral, SECTION).flatMap(Actor::name).ifPresent(recipients::add);
        }
        List<CodedValue> reasons = new ArrayList<>(Stu3Values.codedList(referral.getReasonCode()));
        for (Reference reason : referral.getReasonReference()) {
            Stu3Values.text(reason.getDisplay()).map(CodedValue::ofText).ifPresent(reasons::add);
        }
        ReferralEntry entry = new ReferralEntry(run.id(referral),
                run.provenance(referral, Optional.empty(),
                        referral.hasRequester() ? run.actor(referral.getRequester().getAgent(), referral, SECTION)
                                : Optional.empty(),
                        Stu3Values.date(referral.getAuthoredOnElement()), Optional.empty()),
                MappingRun.sensitivity(referral), Stu3Values.code(referral.getStatusElement()),
                Stu3Values.code(referral.getIntentElement()), Stu3Values.code(referral.getPriorityElement()),
                Stu3Values.codedList(referral.getServiceRequested()), Stu3Values.optionalCoded(referral.getSpecialty()),
                Stu3Values.date(referral.getAuthoredOnElement()), recipients, reasons,
                Stu3Values.text(referral.getDescription()), Stu3Values.notes(referral.getNote()));
        run.add(SECTION, entry, referral);
    }
}
