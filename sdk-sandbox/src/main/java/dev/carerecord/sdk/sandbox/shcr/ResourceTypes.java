package dev.carerecord.sdk.sandbox.shcr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.Binary;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Device;
import org.hl7.fhir.r4.model.DeviceUseStatement;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.Immunization;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.RelatedPerson;

/**
 * Every resource type the shared care record serves, with the FHIR R4 search parameters it supports (base
 * specification names and meanings). The CapabilityStatement is generated from this table, so what it
 * declares is exactly what searches honour.
 */
final class ResourceTypes {
    private static final List<String> PATIENT = List.of("Patient");
    private static final List<String> SUBJECT = List.of("Patient", "Group");
    private static final List<String> PEOPLE = List.of("Practitioner", "PractitionerRole", "Organization", "Patient",
            "RelatedPerson", "Device");
    private static final List<String> ENCOUNTER = List.of("Encounter");
    private static final Map<String, ResourceType> TYPES = new LinkedHashMap<>();

    static {
        add(ResourceType.builder("Patient", Patient.class, "Patient")
                .token("identifier", p -> Token.identifiers(p.getIdentifier()), "e.g. https://fhir.nhs.uk/Id/nhs-number|9990000018")
                .token("gender", p -> Token.of(p.getGenderElement()), "Administrative gender")
                .date("birthdate", Patient::getBirthDateElement, "Date of birth")
                .reference("general-practitioner", Patient::getGeneralPractitioner,
                        List.of("Organization", "Practitioner", "PractitionerRole"), "Registered GP practice")
                .build());
        add(ResourceType.builder("AllergyIntolerance", AllergyIntolerance.class, "AllergyIntolerance")
                .reference("patient", a -> List.of(a.getPatient()), PATIENT, "The patient")
                .token("identifier", a -> Token.identifiers(a.getIdentifier()), "Business identifier")
                .token("clinical-status", a -> Token.of(a.getClinicalStatus()), "active | inactive | resolved")
                .token("verification-status", a -> Token.of(a.getVerificationStatus()), "Verification status")
                .token("category", a -> a.getCategory().stream().flatMap(c -> Token.of(c).stream()).toList(),
                        "food | medication | environment | biologic")
                .token("code", a -> Token.of(a.getCode()), "Substance or allergy code")
                .date("date", AllergyIntolerance::getRecordedDateElement, "Date recorded")
                .date("onset", AllergyIntolerance::getOnset, "Date of onset")
                .reference("recorder", a -> List.of(a.getRecorder()), PEOPLE, "Who recorded it")
                .reference("asserter", a -> List.of(a.getAsserter()), PEOPLE, "Who asserted it")
                .sortBy("date").build());
        add(ResourceType.builder("Condition", Condition.class, "Condition")
                .reference("patient", c -> List.of(c.getSubject()), PATIENT, "The patient")
                .reference("subject", c -> List.of(c.getSubject()), SUBJECT, "The subject")
                .token("identifier", c -> Token.identifiers(c.getIdentifier()), "Business identifier")
                .token("clinical-status", c -> Token.of(c.getClinicalStatus()), "active | resolved | ...")
                .token("verification-status", c -> Token.of(c.getVerificationStatus()), "Verification status")
                .token("category", c -> Token.of(c.getCategory()), "problem-list-item | encounter-diagnosis")
                .token("code", c -> Token.of(c.getCode()), "Condition code")
                .date("onset-date", Condition::getOnset, "Date of onset")
                .date("recorded-date", Condition::getRecordedDateElement, "Date recorded")
                .reference("encounter", c -> List.of(c.getEncounter()), ENCOUNTER, "Encounter")
                .reference("asserter", c -> List.of(c.getAsserter()), PEOPLE, "Who asserted it")
                .sortBy("onset-date").build());
        add(ResourceType.builder("MedicationStatement", MedicationStatement.class, "MedicationStatement")
                .reference("patient", m -> List.of(m.getSubject()), PATIENT, "The patient")
                .reference("subject", m -> List.of(m.getSubject()), SUBJECT, "The subject")
                .token("identifier", m -> Token.identifiers(m.getIdentifier()), "Business identifier")
                .token("status", m -> Token.of(m.getStatusElement()), "active | completed | stopped | ...")
                .token("category", m -> Token.of(m.getCategory()), "community | inpatient | ...")
                .date("effective", MedicationStatement::getEffective, "Effective period")
                .reference("medication", m -> m.hasMedicationReference() ? List.of(m.getMedicationReference())
                        : List.of(), List.of("Medication"), "The Medication")
                .reference("context", m -> List.of(m.getContext()), List.of("Encounter", "EpisodeOfCare"), "Encounter")
                .reference("source", m -> List.of(m.getInformationSource()), PEOPLE, "Information source")
                .sortBy("effective").build());
        add(ResourceType.builder("MedicationRequest", MedicationRequest.class, "MedicationRequest")
                .reference("patient", m -> List.of(m.getSubject()), PATIENT, "The patient")
                .reference("subject", m -> List.of(m.getSubject()), SUBJECT, "The subject")
                .token("identifier", m -> Token.identifiers(m.getIdentifier()), "Business identifier")
                .token("status", m -> Token.of(m.getStatusElement()), "active | completed | stopped | ...")
                .token("intent", m -> Token.of(m.getIntentElement()), "plan (authorisation) | order | ...")
                .token("category", m -> Token.of(m.getCategory()), "community | inpatient | outpatient | discharge")
                .date("authoredon", MedicationRequest::getAuthoredOnElement, "Date authored")
                .reference("medication", m -> m.hasMedicationReference() ? List.of(m.getMedicationReference())
                        : List.of(), List.of("Medication"), "The Medication")
                .reference("requester", m -> List.of(m.getRequester()), PEOPLE, "Who prescribed")
                .reference("encounter", m -> List.of(m.getEncounter()), ENCOUNTER, "Encounter")
                .sortBy("authoredon").build());
        add(ResourceType.builder("Immunization", Immunization.class, "Immunization")
                .reference("patient", i -> List.of(i.getPatient()), PATIENT, "The patient")
                .token("identifier", i -> Token.identifiers(i.getIdentifier()), "Business identifier")
                .token("status", i -> Token.of(i.getStatusElement()), "completed | not-done")
                .token("vaccine-code", i -> Token.of(i.getVaccineCode()), "Vaccine")
                .date("date", Immunization::getOccurrence, "When given")
                .reference("performer", i -> i.getPerformer().stream().map(p -> p.getActor()).toList(), PEOPLE,
                        "Who gave it")
                .sortBy("date").build());
        add(ResourceType.builder("Observation", Observation.class, "Observation")
                .reference("patient", o -> List.of(o.getSubject()), PATIENT, "The patient")
                .reference("subject", o -> List.of(o.getSubject()), SUBJECT, "The subject")
                .token("identifier", o -> Token.identifiers(o.getIdentifier()), "Business identifier")
                .token("category", o -> Token.of(o.getCategory()), "vital-signs | laboratory | social-history | ...")
                .token("code", o -> Token.of(o.getCode()), "SNOMED CT or LOINC code")
                .token("status", o -> Token.of(o.getStatusElement()), "final | ...")
                .date("date", Observation::getEffective, "Effective date")
                .reference("encounter", o -> List.of(o.getEncounter()), ENCOUNTER, "Encounter")
                .reference("performer", Observation::getPerformer, PEOPLE, "Who performed it")
                .reference("has-member", Observation::getHasMember, List.of("Observation"), "Panel members")
                .sortBy("date").build());
        add(ResourceType.builder("DiagnosticReport", DiagnosticReport.class, "DiagnosticReport-Lab")
                .reference("patient", d -> List.of(d.getSubject()), PATIENT, "The patient")
                .reference("subject", d -> List.of(d.getSubject()), SUBJECT, "The subject")
                .token("identifier", d -> Token.identifiers(d.getIdentifier()), "Business identifier")
                .token("category", d -> Token.of(d.getCategory()), "LAB | ...")
                .token("code", d -> Token.of(d.getCode()), "Report code")
                .token("status", d -> Token.of(d.getStatusElement()), "final | ...")
                .date("date", DiagnosticReport::getEffective, "Clinically relevant time")
                .date("issued", DiagnosticReport::getIssuedElement, "When issued")
                .reference("encounter", d -> List.of(d.getEncounter()), ENCOUNTER, "Encounter")
                .reference("performer", DiagnosticReport::getPerformer, PEOPLE, "Who reported it")
                .reference("result", DiagnosticReport::getResult, List.of("Observation"), "The results")
                .sortBy("date").build());
        add(ResourceType.builder("Procedure", Procedure.class, "Procedure")
                .reference("patient", p -> List.of(p.getSubject()), PATIENT, "The patient")
                .reference("subject", p -> List.of(p.getSubject()), SUBJECT, "The subject")
                .token("identifier", p -> Token.identifiers(p.getIdentifier()), "Business identifier")
                .token("code", p -> Token.of(p.getCode()), "Procedure code")
                .token("status", p -> Token.of(p.getStatusElement()), "completed | ...")
                .date("date", Procedure::getPerformed, "When performed")
                .reference("encounter", p -> List.of(p.getEncounter()), ENCOUNTER, "Encounter")
                .reference("performer", p -> p.getPerformer().stream().map(x -> x.getActor()).toList(), PEOPLE,
                        "Who performed it")
                .sortBy("date").build());
        add(encounter());
        add(ResourceType.builder("DocumentReference", DocumentReference.class, "DocumentReference")
                .reference("patient", d -> List.of(d.getSubject()), PATIENT, "The patient")
                .reference("subject", d -> List.of(d.getSubject()), SUBJECT, "The subject")
                .token("identifier", d -> Token.identifiers(d.getIdentifier()), "Business identifier")
                .token("type", d -> Token.of(d.getType()), "Document type")
                .token("category", d -> Token.of(d.getCategory()), "Document category")
                .token("status", d -> Token.of(d.getStatusElement()), "current | superseded")
                .date("date", DocumentReference::getDateElement, "When indexed")
                .reference("author", DocumentReference::getAuthor, PEOPLE, "Who wrote it")
                .reference("custodian", d -> List.of(d.getCustodian()), List.of("Organization"), "Custodian")
                .reference("encounter", d -> d.getContext().getEncounter(), ENCOUNTER, "Encounter")
                .sortBy("date").build());
        add(ResourceType.builder("CarePlan", CarePlan.class, "CarePlan")
                .reference("patient", c -> List.of(c.getSubject()), PATIENT, "The patient")
                .reference("subject", c -> List.of(c.getSubject()), SUBJECT, "The subject")
                .token("identifier", c -> Token.identifiers(c.getIdentifier()), "Business identifier")
                .token("category", c -> Token.of(c.getCategory()), "Care plan category (incl. social-care)")
                .token("status", c -> Token.of(c.getStatusElement()), "active | completed | ...")
                .token("intent", c -> Token.of(c.getIntentElement()), "plan | ...")
                .date("date", CarePlan::getPeriod, "Plan period")
                .reference("condition", CarePlan::getAddresses, List.of("Condition"), "Conditions addressed")
                .reference("performer", c -> c.getActivity().stream().flatMap(a -> a.getDetail().getPerformer()
                        .stream()).toList(), PEOPLE, "Activity performers")
                .sortBy("date").build());
        add(ResourceType.builder("Flag", Flag.class, "Flag")
                .reference("patient", f -> List.of(f.getSubject()), PATIENT, "The patient")
                .reference("subject", f -> List.of(f.getSubject()), SUBJECT, "The subject")
                .token("identifier", f -> Token.identifiers(f.getIdentifier()), "Business identifier")
                .date("date", Flag::getPeriod, "Flag period")
                .reference("author", f -> List.of(f.getAuthor()), PEOPLE, "Who raised it")
                .sortBy("date").build());
        add(ResourceType.builder("RelatedPerson", RelatedPerson.class, "RelatedPerson")
                .reference("patient", r -> List.of(r.getPatient()), PATIENT, "The patient")
                .token("identifier", r -> Token.identifiers(r.getIdentifier()), "Business identifier or NHS number")
                .token("relationship", r -> Token.of(r.getRelationship()), "e.g. HUSB, N (next of kin)")
                .build());
        add(ResourceType.builder("Consent", Consent.class, "Consent")
                .reference("patient", c -> List.of(c.getPatient()), PATIENT, "The patient")
                .token("identifier", c -> Token.identifiers(c.getIdentifier()), "Business identifier")
                .token("scope", c -> Token.of(c.getScope()), "adr (advance directive) | ...")
                .token("category", c -> Token.of(c.getCategory()), "acd | dnr | ...")
                .token("status", c -> Token.of(c.getStatusElement()), "active | ...")
                .date("date", Consent::getDateTimeElement, "When recorded")
                .reference("source-reference", c -> c.hasSourceReference() ? List.of(c.getSourceReference())
                        : List.of(), List.of("DocumentReference", "Consent"), "The source document")
                .reference("organization", Consent::getOrganization, List.of("Organization"), "Custodian")
                .sortBy("date").build());
        add(ResourceType.builder("DeviceUseStatement", DeviceUseStatement.class, null)
                .reference("patient", d -> List.of(d.getSubject()), PATIENT, "The patient")
                .reference("subject", d -> List.of(d.getSubject()), SUBJECT, "The subject")
                .token("identifier", d -> Token.identifiers(d.getIdentifier()), "Business identifier")
                .reference("device", d -> List.of(d.getDevice()), List.of("Device"), "The device")
                .build());
        directory();
    }

    private static ResourceType encounter() {
        return ResourceType.builder("Encounter", Encounter.class, "Encounter")
                .reference("patient", e -> List.of(e.getSubject()), PATIENT, "The patient")
                .reference("subject", e -> List.of(e.getSubject()), SUBJECT, "The subject")
                .token("identifier", e -> Token.identifiers(e.getIdentifier()), "Business identifier")
                .token("class", e -> Token.of(e.getClass_()), "AMB | IMP | EMER | SS | HH | VR")
                .token("type", e -> Token.of(e.getType()), "Encounter type")
                .token("status", e -> Token.of(e.getStatusElement()), "finished | ...")
                .date("date", Encounter::getPeriod, "Encounter period")
                .reference("participant", e -> e.getParticipant().stream()
                        .map(Encounter.EncounterParticipantComponent::getIndividual).toList(),
                        List.of("Practitioner", "PractitionerRole", "RelatedPerson"), "Participants")
                .reference("service-provider", e -> List.of(e.getServiceProvider()), List.of("Organization"),
                        "Organisation responsible")
                .reference("diagnosis", e -> e.getDiagnosis().stream()
                        .map(Encounter.DiagnosisComponent::getCondition).toList(), List.of("Condition", "Procedure"),
                        "Diagnoses")
                .sortBy("date").build();
    }

    private static void directory() {
        add(ResourceType.builder("Organization", Organization.class, "Organization")
                .token("identifier", o -> Token.identifiers(o.getIdentifier()), "ODS code").build());
        add(ResourceType.builder("Practitioner", Practitioner.class, "Practitioner")
                .token("identifier", p -> Token.identifiers(p.getIdentifier()), "SDS user id or GMC number").build());
        add(ResourceType.builder("PractitionerRole", PractitionerRole.class, "PractitionerRole")
                .token("identifier", p -> Token.identifiers(p.getIdentifier()), "SDS role profile id")
                .reference("practitioner", p -> List.of(p.getPractitioner()), List.of("Practitioner"), "Practitioner")
                .reference("organization", p -> List.of(p.getOrganization()), List.of("Organization"), "Organisation")
                .build());
        add(ResourceType.builder("Medication", Medication.class, "Medication")
                .token("identifier", m -> Token.identifiers(m.getIdentifier()), "Business identifier")
                .token("code", m -> Token.of(m.getCode()), "dm+d / SNOMED CT code").build());
        add(ResourceType.builder("Device", Device.class, null)
                .token("identifier", d -> Token.identifiers(d.getIdentifier()), "Device identifier")
                .token("type", d -> Token.of(d.getType()), "Device type")
                .reference("patient", d -> List.of(d.getPatient()), PATIENT, "The patient using it")
                .reference("organization", d -> List.of(d.getOwner()), List.of("Organization"), "Owner").build());
        add(ResourceType.builder("Binary", Binary.class, null).readOnly().build());
    }

    private ResourceTypes() {
    }

    private static void add(ResourceType type) {
        TYPES.put(type.name, type);
    }

    static Optional<ResourceType> type(String name) {
        return Optional.ofNullable(TYPES.get(name));
    }

    static List<ResourceType> all() {
        return new ArrayList<>(TYPES.values());
    }

}
