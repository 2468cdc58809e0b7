package dev.carerecord.sdk.sandbox.data;

import dev.carerecord.sdk.sandbox.data.Consultation.Heading;
import dev.carerecord.sdk.sandbox.data.Consultation.Topic;
import dev.carerecord.sdk.sandbox.data.MedicationCourse.Agency;
import dev.carerecord.sdk.sandbox.data.MedicationCourse.Status;
import dev.carerecord.sdk.sandbox.data.MedicationCourse.Type;
import java.util.List;

/** The small synthetic records: minimal, warnings, and the few items of the patients GP Connect never serves. */
final class SmallRecords {
    private SmallRecords() {
    }

    /** Demographics plus one acute medication and one weight: every other list is empty. */
    static PatientRecord minimal(Demographics d, ItemFactory f) {
        String gp = "s-qureshi";
        return PatientRecord.builder(d).usualGp(gp)
                .add(new MedicationCourse("m-ibuprofen", f.bid("m-ibuprofen"), Code.snomed("329652003", "Ibuprofen 200mg tablets"),
                        Type.ACUTE, "One tablet three times a day with food", null, "24 tablet", 8, f.daysAgo(200),
                        f.daysAgo(192), Status.COMPLETED, null, Agency.GP_PRACTICE, null, gp,
                        List.of(f.issue("m-ibuprofen", 1, f.daysAgo(200), 8)), null, false))
                .add(f.measure("o-weight", Code.snomed("27113001", "Body weight"), PartialDate.day(f.daysAgo(200)),
                        Measurement.of("74.0", "kg", "kg"), "s-lindqvist"))
                .build();
    }

    /**
     * A record still arriving from the previous practice (data-in-transit everywhere), with investigations
     * awaiting filing, confidential items withheld from allergies, problems and a consultation, and an
     * immunisations list that is empty only because its one item is confidential.
     */
    static PatientRecord warnings(Demographics d, ItemFactory f) {
        String gp = "s-qureshi";
        String nurse = "s-lindqvist";
        PatientRecord.Builder b = PatientRecord.builder(d).usualGp(gp).transferredOn(f.daysAgo(20))
                .awaitingFiling(f.daysAgo(5), Area.INVESTIGATIONS);
        b.add(new Allergy("a-latex", f.bid("a-latex"), Code.snomed("300916003", "Latex allergy"), "environment",
                PartialDate.year(f.today.getYear() - 15), f.daysAgo(15), gp, null, null, null, null, null, false));
        b.add(new Allergy("a-withheld", f.bid("a-withheld"), Code.snomed("91936005", "Allergy to penicillin"), "medication",
                PartialDate.day(f.daysAgo(700)), f.daysAgo(700), gp, null, null, null, null, null, true));
        b.add(new MedicationCourse("m-levothyroxine", f.bid("m-levothyroxine"),
                Code.snomed("315277002", "Levothyroxine sodium 50microgram tablets"), Type.REPEAT, "One tablet each morning",
                null, "28 tablet", 28, f.daysAgo(3000), null, Status.ACTIVE, null, Agency.GP_PRACTICE, 12, gp,
                List.of(f.issue("m-levothyroxine", 1, f.daysAgo(12), 28)), null, false));
        b.add(new Problem("p-hypothyroid", f.bid("p-hypothyroid"), Code.snomed("40930008", "Hypothyroidism"), true, "major",
                PartialDate.year(f.today.getYear() - 9), null, f.daysAgo(15), gp, null,
                List.of("m-levothyroxine", "c-w1"), List.of(), null, false));
        b.add(new Problem("p-withheld", f.bid("p-withheld"), Code.snomed("35489007", "Depressive disorder"), true, "major",
                PartialDate.day(f.daysAgo(900)), null, f.daysAgo(900), gp, null, List.of(), List.of(), null, true));
        b.add(f.comment("o-w1-history", PartialDate.at(f.daysAgoAt(8, 11, 2)), "New patient review; settling in well.",
                gp, false));
        b.add(f.comment("o-w1-confidential", PartialDate.at(f.daysAgoAt(8, 11, 6)), "Confidential discussion.", gp,
                true));
        b.add(f.bloodPressure("o-w1-bp", PartialDate.at(f.daysAgoAt(8, 11, 4)), 124, 78, gp));
        b.add(new Consultation("c-w1", f.bid("c-w1"), "New patient consultation", f.daysAgoAt(8, 11, 0), 20, gp,
                List.of(new Topic("c-w1-t1", "New registration", "p-hypothyroid", List.of(
                        new Heading("c-w1-t1-h1", "History", List.of("o-w1-history", "o-w1-confidential")),
                        new Heading("c-w1-t1-h2", "Examination", List.of("o-w1-bp"))), List.of())), false));
        b.add(new Immunisation("imm-withheld", f.bid("imm-withheld"), Code.snomed("1181000221105", "Influenza vaccine"),
                Code.snomed("822851000000102", "Seasonal influenza vaccination"), PartialDate.day(f.daysAgo(100)), true,
                null, 1, null, null, nurse, null, null, true));
        b.add(Labs.cholesterol(f, "inv-w1", f.daysAgo(6), gp));
        b.add(new DiaryEntry("d-tsh", f.bid("d-tsh"), Code.snomed("390906007", "Follow-up encounter", "Thyroid function review"),
                f.today.plusDays(30), f.daysAgo(8), null, gp, false));
        b.add(new Referral("ref-endocrine", f.bid("ref-endocrine"), f.daysAgo(8), "000070000121", "routine",
                Code.snomed("394583002", "Endocrinology"), "Westshire General Hospital - Endocrinology",
                Code.snomed("40930008", "Hypothyroidism"), "Please review thyroid replacement.", gp, false));
        return b.build();
    }

    /**
     * A few items for patients GP Connect does not serve (restricted, deceased, dissenting): the record exists,
     * the access rules withhold it.
     */
    static PatientRecord basic(Demographics d, ItemFactory f) {
        String gp = "s-marsh";
        return PatientRecord.builder(d).usualGp(gp).dissent(Catalogue.DISSENT.equals(d.nhsNumber()))
                .add(new Problem("p-osteoarthritis", f.bid("p-osteoarthritis"), Code.snomed("396275006", "Osteoarthritis"),
                        true, "minor", PartialDate.year(f.today.getYear() - 6), null, f.daysAgo(2000), gp, null,
                        List.of(), List.of(), null, false))
                .add(new Allergy("a-aspirin", f.bid("a-aspirin"), Code.snomed("293586001", "Allergy to aspirin"),
                        "medication", PartialDate.year(f.today.getYear() - 25), f.daysAgo(5000), gp, null, null, null,
                        null, null, false))
                .build();
    }
}
