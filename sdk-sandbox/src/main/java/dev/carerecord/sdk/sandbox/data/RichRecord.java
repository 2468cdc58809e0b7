package dev.carerecord.sdk.sandbox.data;

import static dev.carerecord.sdk.sandbox.data.MedicationCourse.Agency.ELSEWHERE;
import static dev.carerecord.sdk.sandbox.data.MedicationCourse.Agency.GP_PRACTICE;

import dev.carerecord.sdk.sandbox.data.Consultation.Heading;
import dev.carerecord.sdk.sandbox.data.Consultation.Topic;
import dev.carerecord.sdk.sandbox.data.MedicationCourse.Status;
import dev.carerecord.sdk.sandbox.data.MedicationCourse.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The rich record: every clinical area, with consultations whose topics link problems and medications,
 * investigations with a test group and reference ranges, repeat and acute medication, ended allergies, given and
 * not-given immunisations, referrals, diary entries, documents, a blood pressure, a partial date and an undated
 * item. {@code scale} adds (scale - 1) extra consultations, investigations and medication issues.
 */
final class RichRecord {
    static final String GP = "s-marsh";
    static final String NURSE = "s-okafor";
    static final Code DEGRADED = Code.snomed("196421000000109", "Transfer-degraded medication entry");
    static final Code FOLLOW_UP = Code.snomed("390906007", "Follow-up encounter");

    private RichRecord() {
    }

    static PatientRecord build(Demographics d, ItemFactory f, int scale) {
        PatientRecord.Builder b = PatientRecord.builder(d).usualGp(GP);
        allergies(b, f);
        List<String> extraConsultations = extras(b, f, scale);
        medications(b, f, scale);
        problems(b, f, extraConsultations);
        consultations(b, f);
        observations(b, f);
        immunisations(b, f);
        investigations(b, f);
        referralsDiaryDocuments(b, f);
        return b.build();
    }

    private static void allergies(PatientRecord.Builder b, ItemFactory f) {
        LocalDate t = f.today;
        b.add(new Allergy("a-penicillin", f.bid("a-penicillin"), Code.snomed("91936005", "Allergy to penicillin"),
                "medication", PartialDate.year(t.getYear() - 30), t.minusYears(10), GP,
                Code.snomed("271807003", "Eruption of skin"), "moderate", "Widespread rash after first dose.",
                null, null, false));
        b.add(new Allergy("a-shellfish", f.bid("a-shellfish"), Code.snomed("300913006", "Shellfish allergy"),
                "environment", PartialDate.day(f.daysAgo(90)), f.daysAgo(90), GP,
                Code.snomed("267038008", "Oedema"), "severe", null, null, null, false));
        b.add(new Allergy("a-amoxicillin", f.bid("a-amoxicillin"), Code.snomed("294505008", "Allergy to amoxicillin"),
                "medication", PartialDate.day(t.minusYears(6)), t.minusYears(6), GP,
                Code.snomed("271807003", "Eruption of skin"), "mild", null, t.minusYears(1),
                "Reaction no longer considered allergic after specialist review", false));
        b.add(new Allergy("a-plaster", f.bid("a-plaster"),
                Code.snomed("419199007", "Allergy to substance", "Allergy to adhesive plaster"), "environment",
                PartialDate.month(t.minusYears(9).getYear(), t.minusYears(9).getMonthValue()), t.minusYears(9), NURSE,
                null, null, null, t.minusYears(3), "Resolved", false));
    }

    private static void medications(PatientRecord.Builder b, ItemFactory f, int scale) {
        LocalDate t = f.today;
        List<MedicationCourse.Issue> amlodipine = new ArrayList<>();
        int issues = 6 + 3 * (scale - 1);
        for (int i = 0; i < issues; i++) {
            // six monthly issues, then (for larger scales) weekly ones further back
            int daysAgo = i < 6 ? 7 + 28 * i : 7 + 28 * 5 + 7 * (i - 5);
            amlodipine.add(f.issue("m-amlodipine", i + 1, f.daysAgo(daysAgo), i < 6 ? 28 : 7));
        }
        LocalDate amlodipineStart = amlodipine.get(issues - 1).date();
        if (amlodipineStart.isAfter(t.minusYears(2))) {
            amlodipineStart = t.minusYears(2);
        }
        b.add(new MedicationCourse("m-amlodipine", f.bid("m-amlodipine"), Code.snomed("319283006", "Amlodipine 5mg tablets"),
                Type.REPEAT, "One tablet once a day", "Take in the morning", "28 tablet", 28, amlodipineStart, null,
                Status.ACTIVE, null, GP_PRACTICE, 6, GP, amlodipine, "Review at next BP check", false));
        b.add(new MedicationCourse("m-salbutamol", f.bid("m-salbutamol"),
                Code.snomed("320176004", "Salbutamol 100micrograms/dose inhaler CFC free"), Type.REPEAT,
                "Two puffs when required", null, "1 inhaler", 30, t.minusYears(8), null, Status.ACTIVE, null,
                GP_PRACTICE, 12, GP,
                List.of(f.issue("m-salbutamol", 1, f.daysAgo(40), 30), f.issue("m-salbutamol", 2, f.daysAgo(160), 30)),
                null, false));
        b.add(new MedicationCourse("m-paracetamol", f.bid("m-paracetamol"), Code.snomed("322236009", "Paracetamol 500mg tablets"),
                Type.ACUTE, "One or two tablets up to four times a day", null, "32 tablet", 8, f.daysAgo(90),
                f.daysAgo(82), Status.COMPLETED, null, GP_PRACTICE, null, GP,
                List.of(f.issue("m-paracetamol", 1, f.daysAgo(90), 8)), null, false));
        b.add(new MedicationCourse("m-clarithromycin", f.bid("m-clarithromycin"),
                new Code(DEGRADED.system(), DEGRADED.code(), DEGRADED.display(), "Clarithromycin 250mg tablets"),
                Type.ACUTE, "One tablet twice a day for seven days", null, "14 tablet", 7, t.minusYears(3),
                t.minusYears(3).plusDays(7), Status.COMPLETED, null, GP_PRACTICE, null, GP,
                List.of(f.issue("m-clarithromycin", 1, t.minusYears(3), 7)), null, false));
        b.add(new MedicationCourse("m-citalopram", f.bid("m-citalopram"), Code.snomed("321987003", "Citalopram 20mg tablets"),
                Type.REPEAT, "One tablet once a day", null, "28 tablet", 28, t.minusYears(5), t.minusYears(3),
                Status.STOPPED, "Symptoms resolved", GP_PRACTICE, 6, GP,
                List.of(f.issue("m-citalopram", 1, t.minusYears(3).minusDays(28), 28),
                        f.issue("m-citalopram", 2, t.minusYears(3).minusDays(56), 28),
                        f.issue("m-citalopram", 3, t.minusYears(3).minusDays(84), 28)), null, false));
        b.add(new MedicationCourse("m-hospital", f.bid("m-hospital"),
                new Code(DEGRADED.system(), DEGRADED.code(), DEGRADED.display(), "Methotrexate 2.5mg tablets (hospital)"),
                Type.REPEAT, "As directed by the rheumatology clinic", null, "As supplied", 28, t.minusYears(4),
                t.minusYears(4).plusDays(28), Status.COMPLETED, null, ELSEWHERE, null, GP, List.of(),
                "Prescribed by hospital; recorded for information", false));
    }

    private static void problems(PatientRecord.Builder b, ItemFactory f, List<String> extraConsultations) {
        LocalDate t = f.today;
        List<String> hypertension = new ArrayList<>(List.of("m-amlodipine", "o-bp-latest", "c-1", "d-bp-review",
                "ref-cardiology", "doc-letter"));
        hypertension.addAll(extraConsultations);
        b.add(new Problem("p-hypertension", f.bid("p-hypertension"), Code.snomed("59621000", "Essential hypertension"),
                true, "major", PartialDate.day(t.minusYears(2)), null, t.minusYears(2), GP, "o-htn-diagnosis",
                hypertension, List.of(new Problem.Link("sibling", "p-diabetes")), null, false));
        b.add(new Problem("p-asthma", f.bid("p-asthma"), Code.snomed("195967001", "Asthma"), true, "minor",
                PartialDate.year(t.getYear() - 20), null, t.minusYears(20), GP, null,
                List.of("m-salbutamol", "c-1", "imm-flu"), List.of(), "Mild intermittent", false));
        b.add(new Problem("p-tonsillitis", f.bid("p-tonsillitis"), Code.snomed("17741008", "Acute tonsillitis"), false,
                "minor", PartialDate.day(t.minusYears(3)), PartialDate.day(t.minusYears(3).plusDays(14)),
                t.minusYears(3), GP, null, List.of("m-clarithromycin", "c-3", "ref-ent"), List.of(), null, false));
        LocalDate diabetes = t.minusYears(1);
        b.add(new Problem("p-diabetes", f.bid("p-diabetes"), Code.snomed("44054006", "Type 2 diabetes mellitus"), true,
                "major", PartialDate.month(diabetes.getYear(), diabetes.getMonthValue()), null, diabetes, GP, null,
                List.of("inv-1", "c-5", "d-retinal"), List.of(new Problem.Link("sibling", "p-hypertension")), null,
                false));
    }

    private static void consultations(PatientRecord.Builder b, ItemFactory f) {
        LocalDate t = f.today;
        b.add(new Consultation("c-1", f.bid("c-1"), "Surgery consultation", f.daysAgoAt(14, 9, 20), 15, GP, List.of(
                new Topic("c-1-t1", "Hypertension", "p-hypertension", List.of(
                        new Heading("c-1-t1-h1", "History", List.of("o-c1-history")),
                        new Heading("c-1-t1-h2", "Examination", List.of("o-bp-latest", "o-weight")),
                        new Heading("c-1-t1-h3", "Plan", List.of("m-amlodipine", "d-bp-review"))), List.of()),
                new Topic("c-1-t2", "Asthma review", "p-asthma", List.of(), List.of("o-c1-asthma"))), false));
        b.add(new Consultation("c-2", f.bid("c-2"), "Telephone consultation", f.daysAgoAt(90, 14, 5), 10, GP, List.of(
                new Topic("c-2-t1", "Cough", null, List.of(
                        new Heading("c-2-t1-h1", "History", List.of("o-c2-history")),
                        new Heading("c-2-t1-h2", "Allergies", List.of("a-shellfish")),
                        new Heading("c-2-t1-h3", "Plan", List.of("m-paracetamol"))), List.of())), false));
        b.add(new Consultation("c-3", f.bid("c-3"), "Surgery consultation", t.minusYears(3).atTime(10, 40), 12, GP,
                List.of(new Topic("c-3-t1", "Sore throat", "p-tonsillitis", List.of(
                        new Heading("c-3-t1-h1", "Examination", List.of("o-c3-exam")),
                        new Heading("c-3-t1-h2", "Plan", List.of("m-clarithromycin", "ref-ent"))), List.of())),
                false));
        b.add(new Consultation("c-4", f.bid("c-4"), "Nurse clinic", f.daysAgoAt(120, 11, 0), 5, NURSE, List.of(
                new Topic("c-4-t1", "Influenza immunisation", null, List.of(), List.of("imm-flu"))), false));
        b.add(new Consultation("c-5", f.bid("c-5"), "Surgery consultation", f.daysAgoAt(30, 8, 45), 12, GP, List.of(
                new Topic("c-5-t1", "Diabetes review", "p-diabetes", List.of(
                        new Heading("c-5-t1-h1", "History", List.of("o-c5-history")),
                        new Heading("c-5-t1-h2", "Results", List.of("inv-1")),
                        new Heading("c-5-t1-h3", "Plan", List.of("ref-cardiology", "d-retinal"))), List.of())),
                false));
    }

    private static void observations(PatientRecord.Builder b, ItemFactory f) {
        LocalDate t = f.today;
        b.add(f.bloodPressure("o-bp-latest", PartialDate.at(f.daysAgoAt(14, 9, 25)), 148, 92, GP));
        b.add(f.bloodPressure("o-bp-old", PartialDate.at(f.daysAgoAt(400, 10, 5)), 132, 84, NURSE));
        b.add(f.measure("o-weight", Code.snomed("27113001", "Body weight"), PartialDate.at(f.daysAgoAt(14, 9, 27)),
                Measurement.of("82.4", "kg", "kg"), GP));
        b.add(f.comment("o-c1-history", PartialDate.at(f.daysAgoAt(14, 9, 22)),
                "Home readings average 145/90. No chest pain or headaches.", GP, false));
        b.add(f.comment("o-c1-asthma", PartialDate.at(f.daysAgoAt(14, 9, 31)),
                "Asthma well controlled; uses reliever about twice a week.", GP, false));
        b.add(f.comment("o-c2-history", PartialDate.at(f.daysAgoAt(90, 14, 6)),
                "Three-day history of dry cough, no fever, eating and drinking normally.", GP, false));
        b.add(f.comment("o-c3-exam", PartialDate.at(t.minusYears(3).atTime(10, 45)),
                "Inflamed tonsils with exudate; temperature 38.1.", GP, false));
        b.add(f.comment("o-c5-history", PartialDate.at(f.daysAgoAt(30, 8, 47)),
                "Reports good adherence to diet; no symptoms of hypoglycaemia.", GP, false));
        b.add(new Observation("o-htn-diagnosis", f.bid("o-htn-diagnosis"), Code.snomed("59621000", "Essential hypertension"),
                PartialDate.day(t.minusYears(2)), null, null, List.of(), "Confirmed by ambulatory monitoring.", GP,
                false));
        b.add(new Observation("o-smoking", f.bid("o-smoking"), Code.snomed("266919005", "Never smoked tobacco"),
                PartialDate.day(f.daysAgo(400)), null, null, List.of(), null, NURSE, false));
        b.add(new Observation("o-family-history", f.bid("o-family-history"),
                Code.snomed("160303001", "Family history: Diabetes mellitus"), PartialDate.year(t.getYear() - 20), null,
                null, List.of(), "Mother and maternal aunt.", GP, false));
        b.add(new Observation("o-undated", f.bid("o-undated"), ItemFactory.COMMENT_NOTE, null, null, null, List.of(),
                "Prefers morning appointments.", NURSE, false));
        b.immunisationStatus(new Observation("o-imm-consent", f.bid("o-imm-consent"),
                Code.snomed("310375005", "Immunisation consent given"), PartialDate.day(f.daysAgo(121)), null, null,
                List.of(), "Consent given for seasonal influenza vaccination.", NURSE, false));
    }

    private static void immunisations(PatientRecord.Builder b, ItemFactory f) {
        LocalDate t = f.today;
        b.add(new Immunisation("imm-flu", f.bid("imm-flu"), Code.snomed("1181000221105", "Influenza vaccine"),
                Code.snomed("822851000000102", "Seasonal influenza vaccination"), PartialDate.at(f.daysAgoAt(120, 11, 2)),
                true, null, 1, "FLU-SBX-2291", Code.snomed("368208006", "Left upper arm structure"), NURSE, null, null,
                false));
        b.add(new Immunisation("imm-tetanus", f.bid("imm-tetanus"), new Code(Code.NULL_FLAVOR, "UNK", "unknown", null),
                Code.snomed("127786006", "Tetanus vaccination"), PartialDate.year(t.getYear() - 12), true, null, null,
                null, null, NURSE, null, "Recorded from patient report", false));
        b.add(new Immunisation("imm-pneumo", f.bid("imm-pneumo"), Code.snomed("836398006", "Pneumococcal vaccine"),
                Code.snomed("12866006", "Pneumococcal vaccination"), PartialDate.day(f.daysAgo(60)), false,
                new Code("http://hl7.org/fhir/v3/ActReason", "PATOBJ", "patient objection", null), null, null, null,
                NURSE, null, "Declined; leaflet given.", false));
    }

    private static void investigations(PatientRecord.Builder b, ItemFactory f) {
        b.add(Labs.fullBloodCountWithHba1c(f, "inv-1", 30, GP));
        LocalDate two = f.today.minusYears(2);
        b.add(Labs.cholesterol(f, "inv-2", two, GP));
    }

    private static void referralsDiaryDocuments(PatientRecord.Builder b, ItemFactory f) {
        LocalDate t = f.today;
        b.add(new Referral("ref-cardiology", f.bid("ref-cardiology"), f.daysAgo(30), "000070000105", "routine",
                Code.snomed("394579002", "Cardiology"), "Westshire General Hospital - Cardiology",
                Code.snomed("59621000", "Essential hypertension"),
                "Blood pressure remains above target on amlodipine; please assess.", GP, false));
        b.add(new Referral("ref-ent", f.bid("ref-ent"), t.minusYears(3).plusDays(2), "000070000113", "routine",
                Code.snomed("418960008", "Otolaryngology"), "Westshire General Hospital - ENT",
                Code.snomed("17741008", "Acute tonsillitis"), "Recurrent tonsillitis; consider tonsillectomy.", GP,
                false));
        b.add(new DiaryEntry("d-bp-review", f.bid("d-bp-review"),
                new Code(FOLLOW_UP.system(), FOLLOW_UP.code(), FOLLOW_UP.display(), "Blood pressure review"),
                t.plusDays(60), f.daysAgo(14), "Check response to amlodipine.", GP, false));
        b.add(new DiaryEntry("d-asthma-review", f.bid("d-asthma-review"),
                new Code(FOLLOW_UP.system(), FOLLOW_UP.code(), FOLLOW_UP.display(), "Asthma annual review"),
                t.plusDays(200), f.daysAgo(14), null, NURSE, false));
        b.add(new DiaryEntry("d-retinal", f.bid("d-retinal"),
                new Code(FOLLOW_UP.system(), FOLLOW_UP.code(), FOLLOW_UP.display(), "Diabetic eye screening"),
                f.daysAgo(10), f.daysAgo(30), "Overdue", GP, false));
        b.add(new DocumentMeta("doc-letter", f.bid("doc-letter"), Code.snomed("823681000000100", "Outpatient letter"),
                "Cardiology outpatient clinic letter", f.daysAgoAt(10, 16, 0), "Y60002", "text/plain",
                "Dear Dr Marsh, thank you for referring this patient. Ambulatory readings confirm stage 2 "
                        + "hypertension; we suggest increasing amlodipine to 10mg. (Synthetic sandbox letter.)", false));
        b.add(new DocumentMeta("doc-discharge", f.bid("doc-discharge"), Code.snomed("373942005", "Discharge summary"),
                "Day-case discharge summary", f.daysAgoAt(400, 15, 30), "Y60002", "text/plain",
                "Admitted for a day-case procedure; discharged the same day without complications. "
                        + "(Synthetic sandbox discharge summary.)", false));
    }

    /** Extra consultations and investigations for larger bundles; returns the extra consultation ids. */
    private static List<String> extras(PatientRecord.Builder b, ItemFactory f, int scale) {
        List<String> ids = new ArrayList<>();
        for (int i = 1; i < scale; i++) {
            int daysAgo = 150 + 5 * i;
            String c = "cx-" + i;
            b.add(f.comment(c + "-history", PartialDate.at(f.daysAgoAt(daysAgo, 10, 1)),
                    "Routine review " + i + ": feeling well, no new symptoms, taking medication as prescribed.", GP,
                    false));
            b.add(f.bloodPressure(c + "-bp", PartialDate.at(f.daysAgoAt(daysAgo, 10, 4)), 130 + i % 20, 80 + i % 10,
                    GP));
            b.add(f.measure(c + "-weight", Code.snomed("27113001", "Body weight"), PartialDate.at(f.daysAgoAt(daysAgo, 10, 6)),
                    Measurement.of("82." + (i % 10), "kg", "kg"), GP));
            b.add(f.comment(c + "-plan", PartialDate.at(f.daysAgoAt(daysAgo, 10, 9)),
                    "Continue current treatment and review in three months.", GP, false));
            b.add(new Consultation(c, f.bid(c), "Surgery consultation", f.daysAgoAt(daysAgo, 10, 0), 10, GP, List.of(
                    new Topic(c + "-t1", "Hypertension review", "p-hypertension", List.of(
                            new Heading(c + "-t1-h1", "History", List.of(c + "-history")),
                            new Heading(c + "-t1-h2", "Examination", List.of(c + "-bp", c + "-weight")),
                            new Heading(c + "-t1-h3", "Plan", List.of(c + "-plan"))), List.of())), false));
            b.add(Labs.fullBloodCountWithHba1c(f, "invx-" + i, daysAgo + 2, GP));
            ids.add(c);
        }
        return ids;
    }
}
