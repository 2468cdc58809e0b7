package dev.carerecord.sdk.sandbox;

import dev.carerecord.sdk.sandbox.data.Catalogue;
import java.util.List;
import java.util.Optional;

/** The catalogue of synthetic test patients the sandbox serves. */
public final class SandboxPatients {
    /** Every clinical area, linked consultations, problems and medication, test groups, ended allergies. */
    public static final TestPatient RICH = new TestPatient(Catalogue.RICH, "Mrs Amelia Rose FERNSBY",
            Catalogue.PRACTICE_A,
            "Rich record: every clinical area; consultations whose topics link problems and medication; investigations "
                    + "with a test group and reference ranges; repeat and acute medication with issues; ended and "
                    + "active allergies; given and not-given immunisations; referrals; diary entries; documents; a "
                    + "blood pressure; year-only and undated items. Grows with the sandbox scale.",
            "200 full record (U), GP " + Catalogue.PRACTICE_A + "; historic surname Holloway (found with _history)",
            "200 structured record at " + Catalogue.PRACTICE_A,
            "Patient plus the GP copy (same business identifiers) and hospital, laboratory and social care items: "
                    + "allergies, conditions, medication, immunisations, many observations (vital signs, laboratory, "
                    + "social history; several pages), reports, procedures, hospital encounters, discharge letter, "
                    + "care plans (incl. social care), alerts, a ReSPECT advance directive, personal contacts, "
                    + "About me, a hearing aid; $summary with every section and truncation notes");
    /** Demographics plus two items; every other list empty with emptyReason. */
    public static final TestPatient MINIMAL = new TestPatient(Catalogue.MINIMAL, "Mr Thomas QUILLAN",
            Catalogue.PRACTICE_B,
            "Minimal record: one acute medication and one weight; other lists empty with emptyReason; its practice "
                    + "has referrals switched off (NOT_IMPLEMENTED warning)",
            "200 full record (U), GP " + Catalogue.PRACTICE_B,
            "200 structured record at " + Catalogue.PRACTICE_B,
            "Patient plus the GP copy (one medication, one weight); $summary with empty allergies and problems "
                    + "sections (emptyReason)");
    /** S-flagged: PDS restricted; GP Connect PATIENT_NOT_FOUND. */
    public static final TestPatient RESTRICTED = new TestPatient(Catalogue.RESTRICTED, "Ms Rosa DELACOMBE",
            Catalogue.PRACTICE_A, "Restricted (S-flagged) patient",
            "200 with meta.security R; no address, telecom or GP; never found by postcode or GP searches",
            "404 PATIENT_NOT_FOUND; absent from Find Patient",
            "Patient with meta.security R and no address, telecom or GP; GP copy plus a safeguarding alert; "
                    + "$summary labelled R");
    /** Deceased: PDS deceasedDateTime; GP Connect PATIENT_NOT_FOUND. */
    public static final TestPatient DECEASED = new TestPatient(Catalogue.DECEASED, "Mr Arthur James PENWARDEN",
            Catalogue.PRACTICE_A, "Deceased patient", "200 with deceasedDateTime",
            "404 PATIENT_NOT_FOUND; absent from Find Patient",
            "Patient with deceasedDateTime; GP copy plus a DNACPR decision (Consent) with its ReSPECT form, a "
                    + "completed end of life care plan and a last home visit");
    /** List warnings: confidential items, data in transit, data awaiting filing. */
    public static final TestPatient WARNINGS = new TestPatient(Catalogue.WARNINGS, "Dr Priya CASTELLAN",
            Catalogue.PRACTICE_B,
            "List warnings: data-in-transit on every list, data-awaiting-filing on investigations, confidential-items "
                    + "on allergies, problems and consultation lists, and an immunisations list empty only because its "
                    + "one item is confidential",
            "200 full record (U), GP " + Catalogue.PRACTICE_B + "; historic surname Nair",
            "200 structured record at " + Catalogue.PRACTICE_B + " with warning codes",
            "Patient plus the GP copy without the confidential items");
    /** A valid NHS number with no record anywhere. */
    public static final TestPatient UNKNOWN = new TestPatient(Catalogue.UNKNOWN, "(no record)", null,
            "Unknown NHS number: valid check digit, no record anywhere", "404 RESOURCE_NOT_FOUND",
            "404 PATIENT_NOT_FOUND; empty Find Patient result",
            "Not held: Patient?identifier= gives an empty searchset; $summary 404");
    /** A superseded NHS number: PDS read returns the MINIMAL patient's record. */
    public static final TestPatient SUPERSEDED = new TestPatient(Catalogue.SUPERSEDED, "(superseded by "
            + Catalogue.MINIMAL + ")", null, "Superseded NHS number",
            "200 with the record of " + Catalogue.MINIMAL + " (Patient.id differs from the number asked for)",
            "404 PATIENT_NOT_FOUND (practices know the patient by the new number)",
            "Not held under the old number (empty searchset); the record is under " + Catalogue.MINIMAL);
    /** Dissent from record sharing: GP Connect NO_PATIENT_CONSENT. */
    public static final TestPatient DISSENT = new TestPatient(Catalogue.DISSENT, "Mr George FERNSBY",
            Catalogue.PRACTICE_A, "Patient who has dissented from sharing their GP record",
            "200 full record (U), GP " + Catalogue.PRACTICE_A + " (same family, address and decade as RICH: a "
                    + "search family=Fernsby&birthdate=ge1950-01-01&_max-results=1 gives TOO_MANY_MATCHES)",
            "403 NO_PATIENT_CONSENT for the structured record and documents; found by Find Patient",
            "Patient without any GP data (dissent from GP record sharing): an outpatient visit and his wife as "
                    + "next of kin only");

    private static final List<TestPatient> ALL = List.of(RICH, MINIMAL, RESTRICTED, DECEASED, WARNINGS, UNKNOWN,
            SUPERSEDED, DISSENT);

    private SandboxPatients() {
    }

    public static List<TestPatient> all() {
        return ALL;
    }

    public static Optional<TestPatient> byNhsNumber(String nhsNumber) {
        return ALL.stream().filter(p -> p.nhsNumber().equals(nhsNumber)).findFirst();
    }
}
