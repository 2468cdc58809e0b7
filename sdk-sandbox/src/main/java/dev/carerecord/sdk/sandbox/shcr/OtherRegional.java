package dev.carerecord.sdk.sandbox.shcr;

import static dev.carerecord.sdk.sandbox.shcr.ShcrDirectory.COUNCIL;
import static dev.carerecord.sdk.sandbox.shcr.ShcrDirectory.HOSPITAL;
import static dev.carerecord.sdk.sandbox.shcr.ShcrDirectory.PENGELLY;
import static dev.carerecord.sdk.sandbox.shcr.ShcrDirectory.RAHMAN;
import static dev.carerecord.sdk.sandbox.shcr.ShcrDirectory.TREMAYNE;

import dev.carerecord.sdk.sandbox.data.Catalogue;
import dev.carerecord.sdk.sandbox.data.Demographics;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Period;

/**
 * Items only the shared care record holds for the patients other than the rich one: an address-withheld alert
 * for the restricted patient; end of life care (a DNACPR decision, its ReSPECT form, a completed end of life
 * care plan and a last home visit) for the deceased patient; and, for the patient who dissented from sharing
 * his GP record, only what the hospital and council sent (an outpatient visit and his wife as a contact).
 */
final class OtherRegional {
    private OtherRegional() {
    }

    static void add(Regional r) {
        switch (r.nhsNumber) {
            case Catalogue.RESTRICTED -> r.flag("flag-address-withheld", COUNCIL, "safety", "Safety",
                    new CodeableConcept().addCoding(new Coding(UkCore.SANDBOX_CATEGORY, "safeguarding",
                            "Safeguarding concern")).setText("Do not disclose the patient's address or location to "
                            + "anyone, including family members"), r.daysAgo(300), RAHMAN.key());
            case Catalogue.DECEASED -> endOfLife(r);
            case Catalogue.DISSENT -> dissent(r);
            default -> {
            }
        }
    }

    private static void endOfLife(Regional r) {
        Demographics d = Catalogue.patient(r.nhsNumber).orElseThrow();
        LocalDateTime died = d.deceased();
        LocalDate planned = died.toLocalDate().minusDays(60);
        Advance.respect(r, "consent-dnacpr", PENGELLY.key(), planned.atTime(11, 30), false);
        CarePlan plan = new CarePlan();
        plan.setStatus(CarePlan.CarePlanStatus.COMPLETED);
        plan.setIntent(CarePlan.CarePlanIntent.PLAN);
        plan.addCategory(R4.snomed("736373009", "End of life care plan"));
        plan.setTitle("End of life care plan");
        plan.setDescription("Care at home with the community palliative care team; anticipatory medicines in place");
        plan.setSubject(r.patient);
        plan.setPeriod(new Period().setStartElement(R4.dateTime(planned)).setEndElement(R4.dateTime(died)));
        plan.setCreatedElement(R4.dateTime(planned));
        plan.setAuthor(ShcrDirectory.role(PENGELLY.key()));
        plan.addActivity().getDetail().setCode(R4.text("Daily visits from the community palliative care team"))
                .setStatus(CarePlan.CarePlanActivityStatus.COMPLETED);
        r.add(plan, "careplan-eol", HOSPITAL, "CarePlan");
        r.encounter("enc-home-visit", HOSPITAL, "HH", "home health", R4.text("Palliative care home visit"),
                died.minusDays(2).withHour(10).withMinute(0), died.minusDays(2).withHour(10).withMinute(45),
                PENGELLY.key());
    }

    private static void dissent(Regional r) {
        r.encounter("enc-ortho-opd", HOSPITAL, "AMB", "ambulatory", R4.text("Orthopaedic outpatient appointment"),
                r.daysAgoAt(200, 9, 30), r.daysAgoAt(200, 9, 50), TREMAYNE.key())
                .addReasonCode(R4.snomed("30989003", "Knee pain"));
        Contacts.person(r, "rp-wife", "Mrs", "Amelia", "Fernsby", "female", List.of(
                        R4.concept(UkCore.ROLE_CODE, "WIFE", "wife"), R4.concept(UkCore.CONTACT_ROLE, "N", "Next-of-Kin")),
                1, true, "01632 960101", Catalogue.RICH);
    }
}
