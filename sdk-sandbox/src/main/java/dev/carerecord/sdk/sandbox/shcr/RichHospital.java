package dev.carerecord.sdk.sandbox.shcr;

import static dev.carerecord.sdk.sandbox.shcr.ShcrDirectory.ACHEBE;
import static dev.carerecord.sdk.sandbox.shcr.ShcrDirectory.HOSPITAL;
import static dev.carerecord.sdk.sandbox.shcr.ShcrDirectory.PENGELLY;
import static dev.carerecord.sdk.sandbox.shcr.ShcrDirectory.TREMAYNE;

import java.time.LocalDateTime;
import java.util.List;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Duration;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Period;

/**
 * What Westshire General Hospital sent about the rich patient: an emergency admission with community acquired
 * pneumonia (six days of observations and CRP results, U&amp;E panel, chest X-ray, antibiotics, discharge
 * letter), an A&amp;E attendance and day case for a wrist fracture a year ago (with osteoporosis found on a bone
 * density scan and weekly alendronic acid), a cardiology outpatient visit, and a memory clinic diagnosis.
 */
final class RichHospital {
    static final String INPATIENT = "enc-inpatient";
    static final int ADMITTED_DAYS_AGO = 50;
    static final int STAY_DAYS = 6;

    private RichHospital() {
    }

    static void add(Regional r) {
        encounters(r);
        conditions(r);
        procedures(r);
        medications(r);
        observations(r);
        labs(r);
        r.document("doc-discharge-letter", HOSPITAL, R4.snomed("824331000000106", "Inpatient final discharge letter"),
                R4.snomed("373942005", "Discharge summary"), "Inpatient discharge letter (respiratory ward)",
                r.daysAgoAt(ADMITTED_DAYS_AGO - STAY_DAYS, 16, 0), PENGELLY.key(),
                "Discharge summary. Admitted as an emergency with community acquired pneumonia (CURB-65 score 2). "
                        + "Treated with intravenous then oral antibiotics; CRP fell from 186 to 18 mg/L. Discharged "
                        + "home with a package of care arranged by adult social care. GP: please review in two "
                        + "weeks and repeat the chest X-ray in six weeks. (Synthetic sandbox letter.)", INPATIENT);
    }

    private static void encounters(Regional r) {
        LocalDateTime admitted = r.daysAgoAt(ADMITTED_DAYS_AGO, 14, 30);
        Encounter inpatient = r.encounter(INPATIENT, HOSPITAL, "IMP", "inpatient encounter",
                R4.snomed("183452005", "Emergency hospital admission"), admitted,
                r.daysAgoAt(ADMITTED_DAYS_AGO - STAY_DAYS, 11, 0), PENGELLY.key());
        inpatient.addExtension(new Extension(UkCore.DISCHARGE_METHOD_EXT, R4.concept(UkCore.DISCHARGE_METHOD_CS, "1",
                "Patient discharged on clinical advice or with clinical consent")));
        Encounter.EncounterHospitalizationComponent stay = inpatient.getHospitalization();
        stay.addExtension(new Extension(UkCore.ADMISSION_METHOD_EXT, R4.concept(UkCore.ADMISSION_METHOD_CS, "21",
                "Emergency Admission: Emergency Care Department or dental casualty department of the Health Care "
                        + "Provider")));
        stay.setAdmitSource(R4.concept(UkCore.SOURCE_OF_ADMISSION_CS, "19",
                "The usual place of residence, including no fixed abode"));
        stay.setDischargeDisposition(R4.concept(UkCore.DISCHARGE_DESTINATION_CS, "19", "Usual place of residence"));
        inpatient.addReasonCode(R4.snomed("385093006", "Community acquired pneumonia"));
        inpatient.addDiagnosis().setCondition(r.ref("Condition", "cond-pneumonia")).setRank(1);

        Encounter emergency = r.encounter("enc-ae", HOSPITAL, "EMER", "emergency",
                R4.snomed("4525004", "Emergency department patient visit"), r.daysAgoAt(401, 17, 20),
                r.daysAgoAt(401, 21, 5), TREMAYNE.key());
        emergency.addReasonCode(R4.snomed("1912002", "Fall"));
        emergency.addDiagnosis().setCondition(r.ref("Condition", "cond-fracture")).setRank(1);
        r.encounter("enc-daycase", HOSPITAL, "SS", "short stay", R4.text("Day case: fracture clinic"),
                r.daysAgoAt(400, 8, 0), r.daysAgoAt(400, 15, 30), TREMAYNE.key());
        r.encounter("enc-cardiology", HOSPITAL, "AMB", "ambulatory", R4.text("Cardiology outpatient appointment"),
                r.daysAgoAt(10, 14, 0), r.daysAgoAt(10, 14, 40), ACHEBE.key());
    }

    private static void conditions(Regional r) {
        r.condition("cond-pneumonia", HOSPITAL, R4.snomed("385093006", "Community acquired pneumonia"),
                "encounter-diagnosis", false, R4.dateTime(r.daysAgo(ADMITTED_DAYS_AGO)),
                R4.dateTime(r.daysAgo(ADMITTED_DAYS_AGO - STAY_DAYS)), INPATIENT, PENGELLY.key());
        CodeableConcept fracture = R4.snomed("12676007", "Fracture of radius").setText("Fracture of distal left radius");
        r.condition("cond-fracture", HOSPITAL, fracture, "encounter-diagnosis", false, R4.dateTime(r.daysAgo(401)),
                R4.dateTime(r.daysAgo(340)), "enc-ae", TREMAYNE.key());
        r.condition("cond-osteoporosis", HOSPITAL, R4.snomed("64859006", "Osteoporosis"), "problem-list-item", true,
                R4.dateTime(r.daysAgo(380)), null, null, TREMAYNE.key());
        r.condition("cond-cognitive", HOSPITAL, R4.snomed("386805003", "Mild cognitive disorder"),
                "problem-list-item", true, R4.dateTime(r.daysAgo(120)), null, null, PENGELLY.key());
    }

    private static void procedures(Regional r) {
        r.procedure("proc-wrist-xray", HOSPITAL, R4.snomed("168537006", "Plain radiography").setText("X-ray of left wrist"),
                r.daysAgoAt(401, 18, 10), "enc-ae", TREMAYNE.key());
        r.procedure("proc-wrist-cast", HOSPITAL, R4.text("Manipulation under anaesthetic and plaster cast, left wrist"),
                r.daysAgoAt(400, 10, 30), "enc-daycase", TREMAYNE.key());
        r.procedure("proc-dexa", HOSPITAL, R4.snomed("312681000", "Bone density scan"), r.daysAgoAt(380, 9, 15), null,
                TREMAYNE.key());
        r.procedure("proc-chest-xray", HOSPITAL, R4.snomed("399208008", "Plain chest X-ray"),
                r.daysAgoAt(ADMITTED_DAYS_AGO, 15, 45), INPATIENT, PENGELLY.key());
        r.procedure("proc-echo", HOSPITAL, R4.snomed("40701008", "Echocardiography"), r.daysAgoAt(10, 14, 10),
                "enc-cardiology", ACHEBE.key());
        r.procedure("proc-ecg", HOSPITAL, R4.snomed("29303009", "Electrocardiographic procedure"),
                r.daysAgoAt(10, 14, 5), "enc-cardiology", ACHEBE.key());
    }

    private static void medications(Regional r) {
        Medication amoxicillin = new Medication().setCode(R4.snomed("323509004", "Amoxicillin 250mg capsules"));
        r.add(amoxicillin, "med-amoxicillin", HOSPITAL, "Medication");
        MedicationRequest course = hospitalRequest(r, "medreq-amoxicillin", amoxicillin, "discharge", "Discharge",
                MedicationRequest.MedicationRequestStatus.COMPLETED, r.daysAgoAt(ADMITTED_DAYS_AGO - STAY_DAYS, 10, 0),
                PENGELLY.key(), GpMedicationFeed.courseOfTherapy(dev.carerecord.sdk.sandbox.data.MedicationCourse.Type.ACUTE),
                "Two capsules three times a day for five days", "30", "capsule", 5);
        course.setEncounter(r.ref("Encounter", INPATIENT));
        Medication alendronic = new Medication().setCode(R4.text("Alendronic acid 70mg tablets"));
        r.add(alendronic, "med-alendronic", HOSPITAL, "Medication");
        MedicationRequest weekly = hospitalRequest(r, "medreq-alendronic", alendronic, "outpatient", "Outpatient",
                MedicationRequest.MedicationRequestStatus.ACTIVE, r.daysAgoAt(380, 11, 0), TREMAYNE.key(),
                GpMedicationFeed.courseOfTherapy(dev.carerecord.sdk.sandbox.data.MedicationCourse.Type.REPEAT),
                "One tablet once a week", "4", "tablet", 28);
        weekly.getDosageInstructionFirstRep().setPatientInstruction(
                "Swallow whole with a full glass of water at least 30 minutes before breakfast; stay upright");
        weekly.addReasonReference(r.ref("Condition", "cond-osteoporosis"));
    }

    private static MedicationRequest hospitalRequest(Regional r, String key, Medication medication, String category,
                                                     String categoryDisplay,
                                                     MedicationRequest.MedicationRequestStatus status,
                                                     LocalDateTime authored, String professional,
                                                     CodeableConcept course, String dosage, String quantity,
                                                     String unit, int supplyDays) {
        MedicationRequest m = new MedicationRequest();
        m.setStatus(status);
        m.setIntent(MedicationRequest.MedicationRequestIntent.ORDER);
        m.addCategory(R4.concept(UkCore.MEDREQ_CATEGORY, category, categoryDisplay));
        m.setMedication(R4.ref(medication));
        m.setSubject(r.patient);
        m.setAuthoredOnElement(R4.dateTime(authored));
        m.setRequester(ShcrDirectory.role(professional));
        m.setCourseOfTherapyType(course);
        m.addDosageInstruction().setText(dosage);
        m.getDispenseRequest().setQuantity(new org.hl7.fhir.r4.model.Quantity()
                        .setValue(new java.math.BigDecimal(quantity)).setUnit(unit))
                .setExpectedSupplyDuration((Duration) new Duration().setValue(supplyDays).setUnit("day")
                        .setSystem(UkCore.UCUM).setCode("d"))
                .setValidityPeriod(new Period().setStartElement(R4.dateTime(authored.toLocalDate())));
        m.getSubstitution().setAllowed(new org.hl7.fhir.r4.model.BooleanType(true));
        return r.add(m, key, HOSPITAL, "MedicationRequest");
    }

    private static void observations(Regional r) {
        String[] temperatures = {"38.6", "38.1", "37.7", "37.4", "37.0", "36.8"};
        String[] heartRates = {"108", "101", "94", "88", "82", "78"};
        CodeableConcept temperature = R4.snomedLoinc("703421000", "Temperature", "8310-5", "Body temperature");
        CodeableConcept heartRate = R4.snomedLoinc("364075005", "Heart rate", "8867-4", "Heart rate");
        for (int day = 0; day < STAY_DAYS; day++) {
            int daysAgo = ADMITTED_DAYS_AGO - day;
            int hour = day == 0 ? 15 : 8;
            r.vital("obs-temp-" + day, temperature.copy(), temperatures[day], "degrees C", "Cel",
                    r.daysAgoAt(daysAgo, hour, 0), INPATIENT);
            r.vital("obs-pulse-" + day, heartRate.copy(), heartRates[day], "beats/minute", "/min",
                    r.daysAgoAt(daysAgo, hour, 2), INPATIENT);
        }
        LocalDateTime admission = r.daysAgoAt(ADMITTED_DAYS_AGO, 15, 5);
        r.vital("obs-spo2", R4.snomedLoinc("431314004", "Peripheral oxygen saturation", "59408-5",
                "Oxygen saturation in Arterial blood by Pulse oximetry"), "91", "%", "%", admission, INPATIENT);
        r.vital("obs-resp", R4.snomedLoinc("86290005", "Respiratory rate", "9279-1", "Respiratory rate"), "24",
                "breaths/minute", "/min", admission, INPATIENT);
        Observation bp = r.observation(Categories.VITAL_SIGNS, R4.snomedLoinc("75367002", "Blood pressure", "85354-9",
                "Blood pressure panel with all children optional"), admission, INPATIENT);
        bp.addComponent().setCode(R4.snomedLoinc("72313002", "Systolic arterial pressure", "8480-6",
                "Systolic blood pressure")).setValue(R4.quantity("104", "mmHg", "mm[Hg]"));
        bp.addComponent().setCode(R4.snomedLoinc("1091811000000102", "Diastolic arterial pressure", "8462-4",
                "Diastolic blood pressure")).setValue(R4.quantity("62", "mmHg", "mm[Hg]"));
        r.add(bp, "obs-bp", HOSPITAL, "Observation");
    }

    private static void labs(Regional r) {
        String[] crp = {"186", "152", "98", "61", "34", "18"};
        for (int day = 0; day < STAY_DAYS; day++) {
            LocalDateTime collected = r.daysAgoAt(ADMITTED_DAYS_AGO - day, day == 0 ? 15 : 6, 30);
            r.labReport("dr-crp-" + day, R4.snomed("55235003", "C-reactive protein measurement"), null,
                    List.of(new Regional.Result("obs-crp-" + day, R4.snomedLoinc("1001371000000100",
                            "Serum C reactive protein level", "1988-5",
                            "C reactive protein [Mass/volume] in Serum or Plasma"), crp[day], "mg/L", "mg/L", null, "5",
                            "H")), collected, INPATIENT);
        }
        r.labReport("dr-ue", R4.snomed("252167001", "Urea and electrolytes"),
                R4.snomed("252167001", "Urea and electrolytes"), List.of(
                        new Regional.Result("obs-sodium", R4.snomedLoinc("1000661000000107", "Serum sodium level",
                                "2951-2", "Sodium [Moles/volume] in Serum or Plasma"), "134", "mmol/L", "mmol/L", "133",
                                "146", "N"),
                        new Regional.Result("obs-potassium", R4.snomedLoinc("1000651000000109",
                                "Serum potassium level", "2823-3", "Potassium [Moles/volume] in Serum or Plasma"),
                                "3.9", "mmol/L", "mmol/L", "3.5", "5.3", "N"),
                        new Regional.Result("obs-creatinine", R4.snomedLoinc("1000731000000107",
                                "Serum creatinine level", "14682-9", "Creatinine [Moles/volume] in Serum or Plasma"),
                                "98", "umol/L", "umol/L", "45", "84", "H")),
                r.daysAgoAt(ADMITTED_DAYS_AGO, 15, 30), INPATIENT);
    }
}
