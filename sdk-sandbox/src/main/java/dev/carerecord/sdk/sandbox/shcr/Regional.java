package dev.carerecord.sdk.sandbox.shcr;

import dev.carerecord.sdk.sandbox.data.Ids;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.Binary;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Enumerations.DocumentReferenceStatus;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.SimpleQuantity;
import org.hl7.fhir.r4.model.Type;

/**
 * Shorthand for the items only the shared care record holds for one patient (hospital, laboratory and social
 * care feeds): stable ids and business identifiers in the originating organisation's namespace, dates relative
 * to today, and one method per common resource shape. Every method adds what it makes to the world.
 */
final class Regional {
    final String nhsNumber;
    final LocalDate today;
    final Reference patient;
    final ShcrWorld.Builder world;

    Regional(String nhsNumber, LocalDate today, Reference patient, ShcrWorld.Builder world) {
        this.nhsNumber = nhsNumber;
        this.today = today;
        this.patient = patient;
        this.world = world;
    }

    String id(String key) {
        return Ids.uuid("shcr-regional", nhsNumber, key);
    }

    /** The item's business identifier in the namespace of the organisation that sent it. */
    Identifier identifier(String key, String ods) {
        return new Identifier().setSystem("https://sandbox.carerecord.dev/" + ods + "/data-identifier")
                .setValue(Ids.uuid("regional-item", nhsNumber, key));
    }

    Reference ref(String type, String key) {
        return R4.ref(type, id(key));
    }

    LocalDate daysAgo(int days) {
        return today.minusDays(days);
    }

    LocalDateTime daysAgoAt(int days, int hour, int minute) {
        return today.minusDays(days).atTime(LocalTime.of(hour, minute));
    }

    /**
     * Sets id, identifier, UK Core profile (none when null) and feed source (the sending organisation), then
     * adds it.
     */
    <T extends Resource> T add(T resource, String key, String ods, String profile) {
        resource.setId(id(key));
        if (profile != null) {
            resource.getMeta().addProfile(UkCore.profile(profile));
        }
        resource.getMeta().setSource("https://sandbox.carerecord.dev/" + ods);
        resource.setProperty("identifier", identifier(key, ods));
        return world.add(resource);
    }

    Encounter encounter(String key, String ods, String classCode, String classDisplay, CodeableConcept type,
                        LocalDateTime start, LocalDateTime end, String professional) {
        Encounter r = new Encounter();
        r.setStatus(Encounter.EncounterStatus.FINISHED);
        r.setClass_(new Coding(UkCore.ACT_CODE, classCode, classDisplay));
        r.addType(type);
        r.setSubject(patient);
        if (professional != null) {
            r.addParticipant().addType(R4.concept(UkCore.PARTICIPATION_TYPE, "ATND", "attender"))
                    .setIndividual(ShcrDirectory.role(professional));
        }
        r.setPeriod(new Period().setStartElement(R4.dateTime(start)).setEndElement(R4.dateTime(end)));
        r.setServiceProvider(ShcrDirectory.organization(ods));
        return add(r, key, ods, "Encounter");
    }

    Condition condition(String key, String ods, CodeableConcept code, String category, boolean active, Type onset,
                        Type abatement, String encounterKey, String professional) {
        Condition r = new Condition();
        r.setClinicalStatus(R4.concept(UkCore.CONDITION_CLINICAL, active ? "active" : "resolved",
                active ? "Active" : "Resolved"));
        r.setVerificationStatus(R4.concept(UkCore.CONDITION_VERIFICATION, "confirmed", "Confirmed"));
        r.addCategory(R4.concept(UkCore.CONDITION_CATEGORY, category,
                category.equals("problem-list-item") ? "Problem List Item" : "Encounter Diagnosis"));
        r.setCode(code);
        r.setSubject(patient);
        if (encounterKey != null) {
            r.setEncounter(ref("Encounter", encounterKey));
        }
        r.setOnset(onset);
        r.setAbatement(abatement);
        r.setRecordedDateElement(onset instanceof org.hl7.fhir.r4.model.DateTimeType d ? d.copy() : null);
        r.setRecorder(ShcrDirectory.role(professional));
        r.setAsserter(ShcrDirectory.role(professional));
        return add(r, key, ods, "Condition");
    }

    Procedure procedure(String key, String ods, CodeableConcept code, LocalDateTime when, String encounterKey,
                        String professional) {
        Procedure r = new Procedure();
        r.setStatus(Procedure.ProcedureStatus.COMPLETED);
        r.setCode(code);
        r.setSubject(patient);
        if (encounterKey != null) {
            r.setEncounter(ref("Encounter", encounterKey));
        }
        r.setPerformed(R4.dateTime(when));
        if (professional != null) {
            r.addPerformer().setActor(ShcrDirectory.role(professional));
        }
        return add(r, key, ods, "Procedure");
    }

    /** A vital sign (Observation, category vital-signs) with a quantity value. */
    Observation vital(String key, CodeableConcept code, String value, String unit, String ucum, LocalDateTime when,
                      String encounterKey) {
        Observation r = observation(Categories.VITAL_SIGNS, code, when, encounterKey);
        r.setValue(R4.quantity(value, unit, ucum));
        return add(r, key, ShcrDirectory.HOSPITAL, "Observation");
    }

    Observation observation(Categories category, CodeableConcept code, LocalDateTime when, String encounterKey) {
        Observation r = new Observation();
        r.setStatus(Observation.ObservationStatus.FINAL);
        r.addCategory(category.concept());
        r.setCode(code);
        r.setSubject(patient);
        if (encounterKey != null) {
            r.setEncounter(ref("Encounter", encounterKey));
        }
        r.setEffective(R4.dateTime(when));
        r.setIssued(R4.instant(when));
        return r;
    }

    /** One laboratory result with its reference range (low may be null) and interpretation. */
    record Result(String key, CodeableConcept code, String value, String unit, String ucum, String low, String high,
                  String interpretation) {
    }

    /**
     * A laboratory report: a DiagnosticReport whose results are the given results, wrapped in a panel
     * Observation ({@code hasMember}) when {@code panel} is given.
     */
    DiagnosticReport labReport(String key, CodeableConcept reportCode, CodeableConcept panel, List<Result> results,
                               LocalDateTime collected, String encounterKey) {
        Reference lab = ShcrDirectory.organization(ShcrDirectory.LAB);
        DiagnosticReport report = new DiagnosticReport();
        report.setStatus(DiagnosticReport.DiagnosticReportStatus.FINAL);
        report.addCategory(Categories.LAB_REPORT.concept());
        report.setCode(reportCode);
        report.setSubject(patient);
        if (encounterKey != null) {
            report.setEncounter(ref("Encounter", encounterKey));
        }
        report.setEffective(R4.dateTime(collected));
        report.setIssued(R4.instant(collected.plusHours(3)));
        report.addPerformer(lab);
        Observation group = null;
        if (panel != null) {
            group = observation(Categories.LABORATORY, panel, collected, encounterKey);
            group.addPerformer(lab.copy());
            report.addResult(ref("Observation", key + "-panel"));
        }
        for (Result result : results) {
            Observation r = observation(Categories.LABORATORY, result.code(), collected, encounterKey);
            r.setIssued(R4.instant(collected.plusHours(3)));
            r.addPerformer(lab.copy());
            r.setValue(R4.quantity(result.value(), result.unit(), result.ucum()));
            if (result.interpretation() != null) {
                r.addInterpretation(Categories.interpretation(result.interpretation()));
            }
            Observation.ObservationReferenceRangeComponent range = r.addReferenceRange();
            if (result.low() != null) {
                range.setLow(simple(result.low(), result.unit(), result.ucum()));
            }
            range.setHigh(simple(result.high(), result.unit(), result.ucum()));
            add(r, result.key(), ShcrDirectory.LAB, "Observation-Lab");
            if (group != null) {
                group.addHasMember(R4.ref(r));
            } else {
                report.addResult(R4.ref(r));
            }
        }
        if (group != null) {
            add(group, key + "-panel", ShcrDirectory.LAB, "Observation-Group-Lab");
        }
        return add(report, key, ShcrDirectory.LAB, "DiagnosticReport-Lab");
    }

    private static SimpleQuantity simple(String value, String unit, String ucum) {
        return (SimpleQuantity) new SimpleQuantity().setValue(new BigDecimal(value)).setUnit(unit)
                .setSystem(UkCore.UCUM).setCode(ucum);
    }

    Flag flag(String key, String ods, String category, String categoryDisplay, CodeableConcept code, LocalDate since,
              String professional) {
        Flag r = new Flag();
        r.setStatus(Flag.FlagStatus.ACTIVE);
        r.addCategory(R4.concept(UkCore.FLAG_CATEGORY, category, categoryDisplay));
        r.setCode(code);
        r.setSubject(patient);
        r.setPeriod(new Period().setStartElement(R4.dateTime(since)));
        r.setAuthor(ShcrDirectory.role(professional));
        return add(r, key, ods, "Flag");
    }

    /** A DocumentReference whose text content is held as a Binary (attachment url {@code Binary/id}). */
    DocumentReference document(String key, String ods, CodeableConcept type, CodeableConcept category,
                               String description, LocalDateTime created, String professional, String text,
                               String encounterKey) {
        Binary content = new Binary();
        content.setId(id(key + "-binary"));
        content.setContentType("text/plain");
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        content.setData(bytes);
        world.add(content);
        DocumentReference r = new DocumentReference();
        r.setStatus(DocumentReferenceStatus.CURRENT);
        r.setDocStatus(DocumentReference.ReferredDocumentStatus.FINAL);
        r.setType(type);
        r.addCategory(category);
        r.setSubject(patient);
        r.setDate(R4.instant(created));
        r.addAuthor(ShcrDirectory.role(professional));
        r.addAuthor(ShcrDirectory.organization(ods));
        r.setCustodian(ShcrDirectory.organization(ods));
        r.setDescription(description);
        r.addContent().setAttachment(new Attachment().setContentType("text/plain")
                .setUrl("Binary/" + content.getIdElement().getIdPart()).setSize(bytes.length).setTitle(description)
                .setCreationElement(R4.dateTime(created)));
        if (encounterKey != null) {
            r.getContext().addEncounter(ref("Encounter", encounterKey));
        }
        return add(r, key, ods, "DocumentReference");
    }
}
