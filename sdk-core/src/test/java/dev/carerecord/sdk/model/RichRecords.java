package dev.carerecord.sdk.model;

import dev.carerecord.sdk.core.ids.NhsNumber;
import dev.carerecord.sdk.model.entry.AdvanceDirectiveEntry;
import dev.carerecord.sdk.model.entry.AlertEntry;
import dev.carerecord.sdk.model.entry.AllergyEntry;
import dev.carerecord.sdk.model.entry.CarePlanActivity;
import dev.carerecord.sdk.model.entry.CarePlanEntry;
import dev.carerecord.sdk.model.entry.CarePlanRepresentation;
import dev.carerecord.sdk.model.entry.ClinicalStatus;
import dev.carerecord.sdk.model.entry.Consultation;
import dev.carerecord.sdk.model.entry.ConsultationHeading;
import dev.carerecord.sdk.model.entry.ConsultationTopic;
import dev.carerecord.sdk.model.entry.ContactEntry;
import dev.carerecord.sdk.model.entry.ContactKind;
import dev.carerecord.sdk.model.entry.DeviceEntry;
import dev.carerecord.sdk.model.entry.DocumentEntry;
import dev.carerecord.sdk.model.entry.EncounterEntry;
import dev.carerecord.sdk.model.entry.ImmunisationEntry;
import dev.carerecord.sdk.model.entry.ImmunisationStatus;
import dev.carerecord.sdk.model.entry.MedicationEntry;
import dev.carerecord.sdk.model.entry.MedicationKind;
import dev.carerecord.sdk.model.entry.ObservationComponent;
import dev.carerecord.sdk.model.entry.ObservationEntry;
import dev.carerecord.sdk.model.entry.ObservationKind;
import dev.carerecord.sdk.model.entry.PlannedActionEntry;
import dev.carerecord.sdk.model.entry.ProblemEntry;
import dev.carerecord.sdk.model.entry.ProblemLink;
import dev.carerecord.sdk.model.entry.ProcedureEntry;
import dev.carerecord.sdk.model.entry.Reaction;
import dev.carerecord.sdk.model.entry.ReferralEntry;
import dev.carerecord.sdk.model.entry.SocialContextEntry;
import dev.carerecord.sdk.model.entry.SocialContextKind;
import dev.carerecord.sdk.model.entry.Specimen;
import dev.carerecord.sdk.model.provenance.Actor;
import dev.carerecord.sdk.model.provenance.Confidentiality;
import dev.carerecord.sdk.model.provenance.Provenance;
import dev.carerecord.sdk.model.provenance.Sensitivity;
import dev.carerecord.sdk.model.provenance.SourceKind;
import dev.carerecord.sdk.model.provenance.SourceRef;
import dev.carerecord.sdk.model.value.Address;
import dev.carerecord.sdk.model.value.CodedValue;
import dev.carerecord.sdk.model.value.Coding;
import dev.carerecord.sdk.model.value.ContactPoint;
import dev.carerecord.sdk.model.value.HumanName;
import dev.carerecord.sdk.model.value.Identifier;
import dev.carerecord.sdk.model.value.ObservationValue;
import dev.carerecord.sdk.model.value.PartialDateTime;
import dev.carerecord.sdk.model.value.Period;
import dev.carerecord.sdk.model.value.Quantity;
import dev.carerecord.sdk.model.value.Range;
import dev.carerecord.sdk.model.value.ReferenceRange;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A synthetic care record with every section and nearly every field filled, for round-trip tests. */
final class RichRecords {
    private RichRecords() {
    }

    static final SourceRef SOURCE = new SourceRef(SourceKind.GP_CONNECT_STU3, "3.0.1", "GP Connect",
            Optional.of("https://provider.example/A20047/STU3/1/gpconnect/structured"), Optional.of("A20047"),
            Instant.parse("2026-11-23T10:15:30.123Z"), Optional.of("7a1c1f7e-2f5b-4c9b-9a55-0d7a3c1b2e11"));

    static PartialDateTime date(String value) {
        return new PartialDateTime(value);
    }

    static CodedValue snomed(String code, String display) {
        return new CodedValue(List.of(Coding.of("http://snomed.info/sct", code, display),
                new Coding(Optional.of("http://read.info/readv2"), Optional.of("X" + code.substring(0, 3)),
                        Optional.empty(), Optional.of("2"))),
                Optional.of(display + " (as entered)"));
    }

    static Actor clinician() {
        return new Actor(Optional.of("Dr Ada Example"), List.of(Identifier.of("https://fhir.nhs.uk/Id/sds-user-id",
                "G13579135")), Optional.of(snomed("309394004", "General practitioner")), Optional.of("A20047"),
                Optional.of("Example Surgery"));
    }

    static Provenance provenance(String type, String id) {
        return new Provenance(SOURCE, type, Optional.of(id), Optional.of("2"),
                Optional.of(Instant.parse("2026-10-01T08:00:00Z")),
                List.of(Identifier.of("https://provider.example/data-identifier", "id-" + id)), Optional.of("A20047"),
                Optional.of(clinician()), Optional.of(clinician()), Optional.of(date("2019-05-14T09:30:00+01:00")),
                Optional.of("Example Surgery"), List.of());
    }

    static Sensitivity nopat() {
        return new Sensitivity(Confidentiality.NORMAL,
                List.of(Coding.of("http://hl7.org/fhir/v3/ActCode", "NOPAT", "no disclosure to patient")));
    }

    static Quantity qty(String value, String unit) {
        return new Quantity(Optional.of(new BigDecimal(value)), Optional.empty(), Optional.of(unit),
                Optional.of("http://unitsofmeasure.org"), Optional.of(unit));
    }

    static CareRecord rich() {
        List<String> notes = List.of("note one", "note two");
        PatientDemographics patient = new PatientDemographics(Optional.of(NhsNumber.parse("943 476 5919")),
                Optional.of(Coding.of("https://fhir.hl7.org.uk/CodeSystem/UKCore-NHSNumberVerificationStatusEngland",
                        "01", "Number present and verified")),
                List.of(Identifier.of("https://fhir.nhs.uk/Id/nhs-number", "9434765919")),
                List.of(new HumanName(Optional.of("official"), Optional.of("Example"), List.of("Alex", "Sam"),
                        List.of("Mx"), List.of(), Optional.empty(), Optional.of(Period.of(date("1980"), null)))),
                Gender.fromCode("female"), Optional.of(date("1980-02")), true, Optional.of(date("2026-01-02")),
                List.of(new Address(Optional.of("home"), Optional.empty(), List.of("1 Example Street", "Leeds"),
                        Optional.of("Leeds"), Optional.empty(), Optional.of("LS1 1AA"), Optional.of("GBR"),
                        Optional.empty())),
                List.of(new ContactPoint(Optional.of("phone"), "0113 496 0000", Optional.of("home"), Optional.of(1))),
                List.of(CodedValue.ofText("English")), Optional.of(false),
                Optional.of(snomed("92511000000107", "White British")), Confidentiality.NORMAL, Optional.of("3"),
                Optional.of(provenance("Patient", "pat-1")));
        GpPractice practice = new GpPractice(Optional.of("A20047"), Optional.of("Example Surgery"), List.of(),
                List.of(), Optional.of(clinician()), Optional.of(CodedValue.ofText("Regular")),
                Optional.of(Period.of(date("2001-09-01"), null)), Optional.of(provenance("Organization", "org-1")));

        Provenance fromShcr = new Provenance(new SourceRef(SourceKind.SHARED_CARE_RECORD_R4, "4.0.1",
                "Example ShCR", Optional.empty(), Optional.of("RXA"), Instant.parse("2026-11-23T10:15:31Z"),
                Optional.empty()), "AllergyIntolerance", Optional.of("shcr-a1"), Optional.empty(), Optional.empty(),
                List.of(Identifier.of("https://provider.example/data-identifier", "id-a1")), Optional.of("RXA"),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of());
        AllergyEntry allergy = new AllergyEntry("ai-1", provenance("AllergyIntolerance", "a1").withMerged(fromShcr), nopat(),
                snomed("91936005", "Allergy to penicillin"), List.of("medication"), Optional.of("high"),
                ClinicalStatus.RESOLVED, Optional.of("unconfirmed"), Optional.of("allergy"), Optional.of(date("1990")),
                Optional.of(date("2020-03")), Optional.of("No longer reacts"),
                List.of(new Reaction(List.of(snomed("271807003", "Rash")), Optional.of(snomed("373270004", "Penicillin")),
                        Optional.of("moderate"), Optional.of(snomed("26643006", "Oral")), Optional.of("Rash on arms"),
                        Optional.of(date("1990-06-01")))), false, notes);
        ProblemEntry problem = new ProblemEntry("c-1", provenance("Condition", "p1"), Sensitivity.NORMAL,
                snomed("38341003", "Hypertension"), ClinicalStatus.ACTIVE, Optional.of("confirmed"),
                List.of(CodedValue.ofText("problem-list-item")), Optional.of("major"), Optional.of(CodedValue.ofText("first")),
                Optional.of(date("2015-04-01")), Optional.empty(), Optional.of(CodedValue.ofText("mild")),
                List.of(CodedValue.ofText("arm")), Optional.of("o-1"), List.of("ms-1", "e-1"),
                List.of(new ProblemLink("child", "c-2")), notes);
        ProblemEntry past = new ProblemEntry("c-2", provenance("Condition", "p2"), Sensitivity.NORMAL,
                snomed("195967001", "Asthma"), ClinicalStatus.INACTIVE, Optional.empty(), List.of(), Optional.of("minor"),
                Optional.empty(), Optional.of(date("2001")), Optional.of(date("2010-07")), Optional.empty(), List.of(),
                Optional.empty(), List.of(), List.of(new ProblemLink("parent", "c-1")), List.of());
        MedicationEntry statement = new MedicationEntry("ms-1", provenance("MedicationStatement", "m1"),
                Sensitivity.NORMAL, MedicationKind.STATEMENT, snomed("318420003", "Amlodipine 5mg tablets"),
                Optional.of("active"), Optional.empty(), Optional.of(CodedValue.ofText("repeat")),
                Optional.of("One tablet daily"), Optional.of("With water"), Optional.of(qty("28", "tablet")),
                Optional.of("28 tablets"), Optional.of(Period.of(date("2020-01-01"), null)),
                Optional.of(date("2020-01-01")), Optional.of(date("2026-10-01")), Optional.of(6), Optional.of(3),
                Optional.of(date("2027-01-01")), Optional.of(CodedValue.ofText("In-practice")), Optional.empty(),
                Optional.empty(), Optional.empty(), notes);
        MedicationEntry plan = new MedicationEntry("mr-1", provenance("MedicationRequest", "m2"), Sensitivity.NORMAL,
                MedicationKind.AUTHORISATION, snomed("318420003", "Amlodipine 5mg tablets"), Optional.of("active"),
                Optional.of(CodedValue.ofText("changed")), Optional.of(CodedValue.of(Coding.of(
                        "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-PrescriptionType-1", "repeat", "Repeat"))),
                Optional.of("One daily"), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(date("2020-01-01")), Optional.empty(), Optional.of(6), Optional.of(3), Optional.empty(),
                Optional.empty(), Optional.of("ms-1"), Optional.empty(), Optional.of("mr-0"), List.of());
        MedicationEntry issue = new MedicationEntry("mr-2", provenance("MedicationRequest", "m3"), Sensitivity.NORMAL,
                MedicationKind.ISSUE, snomed("318420003", "Amlodipine 5mg tablets"), Optional.of("completed"),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(qty("28", "tablet")),
                Optional.empty(), Optional.empty(), Optional.of(date("2026-10-01")), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("ms-1"), Optional.of("mr-1"),
                Optional.empty(), List.of());
        ImmunisationEntry given = new ImmunisationEntry("i-1", provenance("Immunization", "i1"), Sensitivity.NORMAL,
                snomed("39114911000001105", "Influenza vaccine"), Optional.of(snomed("822851000000102", "Seasonal flu")),
                ImmunisationStatus.COMPLETED, Optional.empty(), Optional.of(date("2025-10-10")), Optional.of("1"),
                Optional.of("LOT123"), Optional.of("Vaccines Ltd"), Optional.of(date("2026-03")),
                Optional.of(snomed("368208006", "Left upper arm")), Optional.of(snomed("78421000", "Intramuscular")),
                Optional.of(qty("0.5", "ml")), Optional.of(true), Optional.of(false), List.of(), notes);
        ImmunisationEntry notGiven = new ImmunisationEntry("i-2", provenance("Immunization", "i2"), Sensitivity.NORMAL,
                snomed("871765008", "MMR"), Optional.empty(), ImmunisationStatus.NOT_DONE,
                Optional.of(CodedValue.ofText("Patient declined")), Optional.of(date("2024")), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of());
        ObservationEntry report = new ObservationEntry("dr-1", provenance("DiagnosticReport", "r1"), Sensitivity.NORMAL,
                ObservationKind.REPORT, snomed("26604007", "Full blood count"), List.of(CodedValue.ofText("Pathology")),
                Optional.of("final"), Optional.of(date("2026-09-01")), Optional.of(date("2026-09-02T10:00:00Z")),
                Optional.empty(), Optional.empty(), List.of(), List.of(), List.of(),
                List.of(new Specimen(Optional.of("ACC-1"), snomed("119297000", "Blood specimen"),
                        Optional.of(date("2026-09-01T08:30:00+01:00")), Optional.of(date("2026-09-01")),
                        Optional.empty(), List.of("Haemolysed"))), Optional.empty(), Optional.of("Normal"),
                Optional.empty(), List.of("o-grp"), List.of());
        ObservationEntry group = new ObservationEntry("o-grp", provenance("Observation", "g1"), Sensitivity.NORMAL,
                ObservationKind.TEST_GROUP, snomed("1022441000000106", "Haemoglobin group"), List.of(),
                Optional.of("final"), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                List.of(), List.of(), List.of(), Optional.empty(), Optional.empty(), Optional.of("dr-1"),
                List.of("o-1"), List.of());
        ObservationEntry result = new ObservationEntry("o-1", provenance("Observation", "o1"), Sensitivity.NORMAL,
                ObservationKind.RESULT, snomed("1022431000000105", "Haemoglobin"), List.of(), Optional.of("final"),
                Optional.of(date("2026-09-01")), Optional.empty(), Optional.of(ObservationValue.of(qty("13.5", "g/dL"))),
                Optional.empty(), List.of(snomed("17621005", "Normal")),
                List.of(new ReferenceRange(Optional.of(qty("12.0", "g/dL")), Optional.of(qty("16.0", "g/dL")),
                        Optional.of("12-16"), Optional.empty())), List.of(), List.of(), Optional.empty(),
                Optional.empty(), Optional.of("dr-1"), List.of(), notes);
        ObservationEntry bp = new ObservationEntry("o-bp", provenance("Observation", "bp"), Sensitivity.NORMAL,
                ObservationKind.VITAL_SIGN, snomed("75367002", "Blood pressure"), List.of(), Optional.of("final"),
                Optional.of(date("2026-08-01T09:00:00+01:00")), Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(), List.of(), List.of(new ObservationComponent(snomed("72313002", "Systolic"),
                        Optional.of(ObservationValue.of(qty("130", "mm[Hg]"))), List.of(), List.of()),
                        new ObservationComponent(snomed("1091811000000102", "Diastolic"),
                                Optional.of(ObservationValue.of(qty("85", "mm[Hg]"))), List.of(), List.of())),
                List.of(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of());
        ObservationEntry other = new ObservationEntry("o-x", provenance("Observation", "x"), Sensitivity.NORMAL,
                ObservationKind.OBSERVATION, snomed("37331000000100", "Comment note"), List.of(), Optional.empty(),
                Optional.of(date("2026-07")), Optional.empty(),
                Optional.of(new ObservationValue(Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.of(new Range(Optional.of(qty("1", "mg")), Optional.of(qty("2", "mg")))),
                        Optional.of(true), Optional.of(date("2026-07-01")))),
                Optional.of(CodedValue.ofText("not asked")), List.of(), List.of(), List.of(), List.of(),
                Optional.of(CodedValue.ofText("arm")), Optional.empty(), Optional.empty(), List.of(), List.of());
        ProcedureEntry procedure = new ProcedureEntry("p-1", provenance("Procedure", "pr1"), Sensitivity.NORMAL,
                snomed("80146002", "Appendicectomy"), Optional.of("completed"),
                Optional.of(Period.of(date("1999-05-02"), date("1999-05-02"))), List.of(CodedValue.ofText("abdomen")),
                Optional.of(CodedValue.ofText("successful")), List.of(), notes);
        EncounterEntry encounter = new EncounterEntry("e-1", provenance("Encounter", "en1"), Sensitivity.NORMAL,
                Optional.of("finished"), Optional.of(Coding.of("http://terminology.hl7.org/CodeSystem/v3-ActCode",
                        "AMB", "ambulatory")), List.of(snomed("185317003", "Telephone encounter")),
                Optional.of(CodedValue.ofText("General practice")),
                Optional.of(Period.of(date("2026-09-01T09:00:00+01:00"), date("2026-09-01T09:10:00+01:00"))),
                Optional.of("Example Surgery"), List.of(CodedValue.ofText("Review")), Optional.empty(), Optional.empty(),
                Optional.of(new Consultation(Optional.of("Surgery consultation"), Optional.of(date("2026-09-01T10:00:00Z")),
                        List.of(new ConsultationTopic(Optional.of("Hypertension"), Optional.empty(), Optional.of("c-1"),
                                List.of(new ConsultationHeading(Optional.of("History"), Optional.empty(),
                                        List.of("o-x")), new ConsultationHeading(Optional.of("Plan"), Optional.empty(),
                                        List.of("mr-1"))), List.of())))), List.of());
        ReferralEntry referral = new ReferralEntry("rr-1", provenance("ReferralRequest", "rf1"), Sensitivity.NORMAL,
                Optional.of("active"), Optional.of("order"), Optional.of("routine"),
                List.of(snomed("183519002", "Referral to cardiology")), Optional.of(CodedValue.ofText("Cardiology")),
                Optional.of(date("2026-09-01")), List.of("Leeds Teaching Hospitals"), List.of(), Optional.of("Chest pain"),
                List.of());
        PlannedActionEntry diary = new PlannedActionEntry("pa-1", provenance("ProcedureRequest", "d1"),
                Sensitivity.NORMAL, snomed("390906007", "Follow-up"), Optional.of("active"), Optional.of(date("2027-01")),
                Optional.empty(), List.of(), Optional.of(date("2026-09-01")), List.of());
        DocumentEntry document = new DocumentEntry("doc-1", provenance("DocumentReference", "doc1"), nopat(),
                Optional.of(snomed("823691000000103", "Outpatient letter")), List.of(), Optional.of("Clinic letter"),
                Optional.empty(), Optional.of(date("2026-09-03")), Optional.of("current"), List.of("Dr Ada Example"),
                Optional.of("A20047"), Optional.of("application/pdf"),
                Optional.of("https://provider.example/A20047/STU3/1/gpconnect/documents/Binary/b1"),
                Optional.of(123456L), Optional.of("SSP"), List.of());
        CarePlanEntry carePlan = new CarePlanEntry("cp-1", provenance("CarePlan", "cp1"), Sensitivity.NORMAL,
                CarePlanRepresentation.STRUCTURED, List.of(snomed("734163000", "Care plan")), Optional.of("Wellness"),
                Optional.of("Stay well"), Optional.of("active"), Optional.of("plan"),
                Optional.of(Period.of(date("2026-01"), null)), Optional.of(clinician()), Optional.empty(),
                List.of(new CarePlanActivity(Optional.of(CodedValue.ofText("Walk daily")), Optional.of("in-progress"),
                        Optional.empty())), List.of());
        AlertEntry alert = new AlertEntry("f-1", provenance("Flag", "fl1"), Sensitivity.NORMAL,
                snomed("226201008", "Low fat diet"), List.of(CodedValue.ofText("diet")), Optional.of("active"),
                Optional.empty(), List.of());
        AdvanceDirectiveEntry directive = new AdvanceDirectiveEntry("ad-1", provenance("Consent", "ad1"),
                new Sensitivity(Confidentiality.RESTRICTED, List.of()), List.of(CodedValue.ofText("DNACPR")),
                Optional.of(CodedValue.ofText("adr")), Optional.of("active"), Optional.of(CodedValue.ofText("Do not attempt CPR")),
                Optional.of(date("2026-02-01")), Optional.of(date("2027-02-01")), Optional.empty(), List.of());
        ContactEntry contact = new ContactEntry("rp-1", provenance("RelatedPerson", "rp1"), Sensitivity.NORMAL,
                ContactKind.PERSONAL, List.of(CodedValue.ofText("Next of kin")),
                Optional.of(new HumanName(Optional.empty(), Optional.of("Example"), List.of("Joy"), List.of(), List.of(),
                        Optional.empty(), Optional.empty())), Optional.empty(), Optional.empty(),
                List.of(new ContactPoint(Optional.of("phone"), "07700 900000", Optional.of("mobile"), Optional.empty())),
                List.of(), Optional.of(1), Optional.of(true), Optional.of(false), Optional.empty(), List.of());
        SocialContextEntry aboutMe = new SocialContextEntry("sc-1", provenance("Composition", "ips1"),
                Sensitivity.NORMAL, SocialContextKind.ABOUT_ME, Optional.empty(), Optional.of("About me"),
                Optional.of("I like gardening"), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                List.of());
        DeviceEntry device = new DeviceEntry("d-1", provenance("DeviceUseStatement", "du1"), Sensitivity.NORMAL,
                snomed("72506001", "Implantable defibrillator"), Optional.of("active"),
                Optional.of(Period.of(date("2019"), null)), Optional.empty(), List.of());

        SectionWarning inTransit = new SectionWarning(WarningKind.DATA_IN_TRANSIT, Optional.of("data-in-transit"),
                Optional.of("information recorded before 01-Jan-2020 may be missing"));
        return CareRecord.builder(patient).gpPractice(practice).assembledAt(Instant.parse("2026-11-23T10:16:00Z"))
                .section(new Section<>(SectionKind.ALLERGIES, SectionStatus.POPULATED, List.of(allergy),
                        List.of(inTransit), Optional.empty(), Optional.empty(),
                        List.of(MappingIssue.of("AllergyIntolerance", "x9", "unresolvable reference Practitioner/zz"))))
                .section(Section.of(SectionKind.PROBLEMS, List.of(problem), SectionStatus.NONE_KNOWN, List.of(), List.of()))
                .section(Section.of(SectionKind.PAST_PROBLEMS, List.of(past), SectionStatus.NONE_KNOWN, List.of(), List.of()))
                .section(Section.of(SectionKind.MEDICATIONS, List.of(statement, plan, issue), SectionStatus.NONE_KNOWN,
                        List.of(), List.of()))
                .section(Section.of(SectionKind.IMMUNISATIONS, List.of(given, notGiven), SectionStatus.NONE_KNOWN,
                        List.of(), List.of()))
                .section(Section.of(SectionKind.RESULTS, List.of(report, group, result), SectionStatus.NONE_KNOWN,
                        List.of(), List.of()))
                .section(Section.of(SectionKind.VITAL_SIGNS, List.of(bp), SectionStatus.NONE_KNOWN, List.of(), List.of()))
                .section(Section.of(SectionKind.OBSERVATIONS, List.of(other), SectionStatus.NONE_KNOWN, List.of(), List.of()))
                .section(Section.of(SectionKind.PROCEDURES, List.of(procedure), SectionStatus.NONE_KNOWN, List.of(), List.of()))
                .section(Section.of(SectionKind.ENCOUNTERS, List.of(encounter), SectionStatus.NONE_KNOWN, List.of(), List.of()))
                .section(Section.of(SectionKind.REFERRALS, List.of(referral), SectionStatus.NONE_KNOWN, List.of(), List.of()))
                .section(Section.of(SectionKind.PLANNED_ACTIONS, List.of(diary), SectionStatus.NONE_KNOWN, List.of(), List.of()))
                .section(Section.of(SectionKind.DOCUMENTS, List.of(document), SectionStatus.NONE_KNOWN, List.of(), List.of()))
                .section(Section.of(SectionKind.CARE_PLANS, List.of(carePlan), SectionStatus.NONE_KNOWN, List.of(), List.of()))
                .section(Section.of(SectionKind.ALERTS, List.of(alert), SectionStatus.NONE_KNOWN, List.of(), List.of()))
                .section(Section.of(SectionKind.ADVANCE_DIRECTIVES, List.of(directive), SectionStatus.NONE_KNOWN,
                        List.of(), List.of()))
                .section(Section.of(SectionKind.CONTACTS, List.of(contact), SectionStatus.NONE_KNOWN, List.of(), List.of()))
                .section(new Section<>(SectionKind.SOCIAL_CONTEXT, SectionStatus.POPULATED, List.of(aboutMe), List.of(),
                        Optional.empty(), Optional.of("<div xmlns=\"http://www.w3.org/1999/xhtml\">About me</div>"),
                        List.of()))
                .section(new Section<>(SectionKind.DEVICES, SectionStatus.POPULATED, List.of(device), List.of(),
                        Optional.of(CodedValue.ofText("n/a")), Optional.empty(), List.of()))
                .addSource(new SourceOutcome(SOURCE, OutcomeStatus.PARTIAL, Optional.empty(),
                        Optional.of("one area disabled"), List.of(new SourceIssue("warning", "not-supported",
                        Optional.of("NOT_IMPLEMENTED"), Optional.of("includeReferrals has been disabled"),
                        Optional.of("includeReferrals")))))
                .build();
    }
}
