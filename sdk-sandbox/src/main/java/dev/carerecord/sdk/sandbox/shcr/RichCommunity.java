package dev.carerecord.sdk.sandbox.shcr;

import static dev.carerecord.sdk.sandbox.shcr.ShcrDirectory.COUNCIL;
import static dev.carerecord.sdk.sandbox.shcr.ShcrDirectory.HOSPITAL;
import static dev.carerecord.sdk.sandbox.shcr.ShcrDirectory.PENGELLY;
import static dev.carerecord.sdk.sandbox.shcr.ShcrDirectory.RAHMAN;
import static dev.carerecord.sdk.sandbox.shcr.ShcrDirectory.TREMAYNE;

import dev.carerecord.sdk.sandbox.data.Catalogue;
import java.util.List;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Device;
import org.hl7.fhir.r4.model.DeviceUseStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Timing;

/**
 * The rich patient's community and social care items: a needs assessment visit, care plans (falls prevention; the council's care and
 * support plan, category social care), alerts (safeguarding, reasonable adjustment, key safe), a ReSPECT
 * advance directive, personal contacts, social history, an "About me" document and a hearing aid.
 */
final class RichCommunity {
    private RichCommunity() {
    }

    static void add(Regional r) {
        r.encounter("enc-care-assessment", COUNCIL, "HH", "home health",
                R4.text("Care Act needs assessment (home visit)"), r.daysAgoAt(42, 10, 0), r.daysAgoAt(42, 11, 30),
                RAHMAN.key());
        carePlans(r);
        r.flag("flag-safeguarding", COUNCIL, "safety", "Safety", new CodeableConcept()
                        .addCoding(new Coding(UkCore.SANDBOX_CATEGORY, "safeguarding", "Safeguarding concern"))
                        .setText("Adult safeguarding concern (financial exploitation by a third party): contact the "
                                + "named social worker before arranging visits"),
                r.daysAgo(40), RAHMAN.key());
        r.flag("flag-reasonable-adjustment", HOSPITAL, "admin", "Administrative", new CodeableConcept()
                        .addCoding(new Coding(UkCore.SANDBOX_CATEGORY, "reasonable-adjustment", "Reasonable adjustment"))
                        .setText("Hard of hearing: face the patient when speaking and use the hearing loop"),
                r.daysAgo(45), PENGELLY.key());
        r.flag("flag-key-safe", COUNCIL, "admin", "Administrative",
                R4.text("Key safe at the front door; the code is held by the home care provider"), r.daysAgo(42),
                RAHMAN.key());
        Advance.respect(r, "consent-respect", PENGELLY.key(), r.daysAgoAt(46, 11, 0), true);
        Contacts.person(r, "rp-husband", "Mr", "George", "Fernsby", "male", List.of(
                        R4.concept(UkCore.ROLE_CODE, "HUSB", "husband"),
                        R4.concept(UkCore.CONTACT_ROLE, "N", "Next-of-Kin")), 1, true, "01632 960106",
                Catalogue.DISSENT);
        Contacts.person(r, "rp-daughter", "Mrs", "Clare", "Whitcombe", "female", List.of(
                R4.concept(UkCore.ROLE_CODE, "DAU", "natural daughter")), 2, false, "07700 900123", null);
        Contacts.person(r, "rp-neighbour", "Mr", "Peter", "Haskell", "male", List.of(
                        R4.concept(UkCore.ROLE_CODE, "NBOR", "neighbor").setText("Neighbour and key holder")), 3, false,
                "01632 960177", null);
        socialHistory(r);
        r.document("doc-about-me", COUNCIL, new CodeableConcept()
                        .addCoding(new Coding(UkCore.SANDBOX_CATEGORY, "about-me", "About me")).setText("About me"),
                Categories.SOCIAL_CARE.concept(), "About me", r.daysAgoAt(40, 15, 0), RAHMAN.key(), ABOUT_ME, null);
        hearingAid(r);
    }

    static final String ABOUT_ME = "What matters to me: staying in my own home with my husband George, my garden, "
            + "and seeing my daughter Clare on Sundays. I am hard of hearing, so please face me when you speak. I "
            + "like a cup of tea before any personal care in the morning, and I prefer to be called Amelia.";

    private static void carePlans(Regional r) {
        CarePlan falls = new CarePlan();
        falls.setStatus(CarePlan.CarePlanStatus.ACTIVE);
        falls.setIntent(CarePlan.CarePlanIntent.PLAN);
        falls.addCategory(R4.snomed("734163000", "Care plan"));
        falls.setTitle("Falls prevention and bone health plan");
        falls.setDescription("Reduce the risk of further falls and fractures after a wrist fracture");
        falls.setSubject(r.patient);
        falls.setPeriod(new Period().setStartElement(R4.dateTime(r.daysAgo(380))));
        falls.setCreatedElement(R4.dateTime(r.daysAgo(380)));
        falls.setAuthor(ShcrDirectory.role(TREMAYNE.key()));
        falls.addAddresses(r.ref("Condition", "cond-osteoporosis"));
        falls.addAddresses(r.ref("Condition", "cond-fracture"));
        activity(falls, R4.snomed("308447003", "Referral to physiotherapist"),
                CarePlan.CarePlanActivityStatus.COMPLETED, null, null);
        activity(falls, R4.snomed("308931006", "Walking practice"), CarePlan.CarePlanActivityStatus.INPROGRESS,
                timing(3, 1, Timing.UnitsOfTime.WK), null);
        r.add(falls, "careplan-falls", HOSPITAL, "CarePlan");

        CarePlan support = new CarePlan();
        support.setStatus(CarePlan.CarePlanStatus.ACTIVE);
        support.setIntent(CarePlan.CarePlanIntent.PLAN);
        support.addCategory(Categories.SOCIAL_CARE.concept());
        support.addCategory(R4.snomed("734163000", "Care plan"));
        support.setTitle("Care and support plan");
        support.setDescription("Support at home after discharge from hospital (Care Act 2014 assessment)");
        support.setSubject(r.patient);
        support.setPeriod(new Period().setStartElement(R4.dateTime(r.daysAgo(42))));
        support.setCreatedElement(R4.dateTime(r.daysAgo(42)));
        support.setAuthor(ShcrDirectory.role(RAHMAN.key()));
        support.setEncounter(r.ref("Encounter", "enc-care-assessment"));
        support.addAddresses(r.ref("Condition", "cond-cognitive"));
        activity(support, R4.text("Home care: two visits a day (morning and evening) for personal care"),
                CarePlan.CarePlanActivityStatus.INPROGRESS, timing(2, 1, Timing.UnitsOfTime.D), COUNCIL);
        activity(support, R4.text("Community alarm (telecare pendant)"), CarePlan.CarePlanActivityStatus.INPROGRESS,
                null, COUNCIL);
        activity(support, R4.text("Carer's assessment offered to husband"), CarePlan.CarePlanActivityStatus.NOTSTARTED,
                null, COUNCIL);
        r.add(support, "careplan-support", COUNCIL, "CarePlan");
    }

    private static void activity(CarePlan plan, CodeableConcept code, CarePlan.CarePlanActivityStatus status,
                                 Timing timing, String performerOds) {
        CarePlan.CarePlanActivityDetailComponent detail = plan.addActivity().getDetail();
        detail.setCode(code).setStatus(status);
        if (timing != null) {
            detail.setScheduled(timing);
        }
        if (performerOds != null) {
            detail.addPerformer(ShcrDirectory.organization(performerOds));
        }
    }

    private static Timing timing(int frequency, int period, Timing.UnitsOfTime unit) {
        Timing timing = new Timing();
        timing.getRepeat().setFrequency(frequency).setPeriod(period).setPeriodUnit(unit);
        return timing;
    }

    private static void socialHistory(Regional r) {
        Observation alone = r.observation(Categories.SOCIAL_HISTORY,
                R4.text("Lives with husband, who has limited mobility; no other support at home"),
                r.daysAgoAt(40, 14, 0), null);
        alone.addPerformer(ShcrDirectory.role(RAHMAN.key()));
        r.add(alone, "obs-living-situation", COUNCIL, "Observation");
        Observation alcohol = r.observation(Categories.SOCIAL_HISTORY,
                R4.snomed("1082641000000106", "Alcohol units consumed per week"), r.daysAgoAt(40, 14, 5), null);
        alcohol.setValue(R4.quantity("4", "units per week", "{unit}/wk"));
        alcohol.addPerformer(ShcrDirectory.role(RAHMAN.key()));
        r.add(alcohol, "obs-alcohol", COUNCIL, "Observation");
    }

    private static void hearingAid(Regional r) {
        Device aid = new Device();
        aid.setStatus(Device.FHIRDeviceStatus.ACTIVE);
        aid.setType(R4.snomed("6012004", "Hearing aid"));
        aid.addDeviceName().setName("Behind-the-ear hearing aids (both ears)")
                .setType(Device.DeviceNameType.USERFRIENDLYNAME);
        aid.setPatient(r.patient);
        r.add(aid, "device-hearing-aid", HOSPITAL, null);
        DeviceUseStatement use = new DeviceUseStatement();
        use.setStatus(DeviceUseStatement.DeviceUseStatementStatus.ACTIVE);
        use.setSubject(r.patient);
        use.setDevice(r.ref("Device", "device-hearing-aid"));
        use.setTiming(new Period().setStartElement(R4.dateTime(r.today.minusYears(3))));
        use.setRecordedOnElement(R4.dateTime(r.daysAgoAt(45, 10, 0)));
        use.setSource(ShcrDirectory.role(PENGELLY.key()));
        r.add(use, "dus-hearing-aid", HOSPITAL, null);
    }
}
