package dev.carerecord.sdk.gpconnect.internal.mapping;

import dev.carerecord.sdk.core.ids.NhsNumber;
import dev.carerecord.sdk.model.Gender;
import dev.carerecord.sdk.model.PatientDemographics;
import dev.carerecord.sdk.model.provenance.Confidentiality;
import dev.carerecord.sdk.model.value.CodeSystems;
import dev.carerecord.sdk.model.value.CodedValue;
import dev.carerecord.sdk.model.value.Coding;
import dev.carerecord.sdk.model.value.PartialDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.dstu3.model.BooleanType;
import org.hl7.fhir.dstu3.model.CodeableConcept;
import org.hl7.fhir.dstu3.model.Extension;
import org.hl7.fhir.dstu3.model.Identifier;
import org.hl7.fhir.dstu3.model.Patient;
import org.hl7.fhir.dstu3.model.Type;

/**
 * Maps the Bundle's Patient to {@link PatientDemographics}: the NHS number (typed only when it passes the
 * Modulus 11 check; every identifier is kept either way), its verification status (from either spelling of the
 * extension URL), names, gender, birth date, death, addresses, telecoms, languages and interpreter need
 * (NHSCommunication extension), ethnic category and confidentiality ({@code meta.security}).
 */
final class PatientMapper {
    private PatientMapper() {
    }

    /** The patient the record is about: the first Patient in the Bundle. */
    static Optional<Patient> find(ResourceIndex index) {
        List<Patient> patients = index.ofType(Patient.class);
        return patients.isEmpty() ? Optional.empty() : Optional.of(patients.get(0));
    }

    /** Reports a missing Patient, or more than one. */
    static void check(MappingRun run) {
        List<Patient> patients = run.index.ofType(Patient.class);
        if (patients.isEmpty()) {
            run.recordIssue(null, "the Bundle has no Patient resource; the record has no demographics");
        } else if (patients.size() > 1) {
            run.recordIssue(patients.get(1), "the Bundle has " + patients.size()
                    + " Patient resources; the first is used");
        }
    }

    /** The demographics of the patient, or an empty set when there is none. */
    static PatientDemographics map(MappingRun run, Optional<Patient> found) {
        if (found.isEmpty()) {
            return new PatientDemographics(null, null, null, null, null, null, false, null, null, null, null,
                    null, null, null, null, null);
        }
        Patient patient = found.get();
        Optional<NhsNumber> nhsNumber = Optional.empty();
        Optional<Coding> verification = Optional.empty();
        for (Identifier identifier : patient.getIdentifier()) {
            if (!CodeSystems.normalise(identifier.getSystem()).equals(CodeSystems.NHS_NUMBER)) {
                continue;
            }
            if (verification.isEmpty()) {
                verification = Extensions.value(identifier, Extensions.NHS_NUMBER_VERIFICATION)
                        .filter(CodeableConcept.class::isInstance)
                        .flatMap(v -> ((CodeableConcept) v).getCoding().stream().map(Stu3Values::coding)
                                .flatMap(Optional::stream).findFirst());
            }
            if (nhsNumber.isEmpty()) {
                if (NhsNumber.isValid(identifier.getValue())) {
                    nhsNumber = Optional.of(NhsNumber.parse(identifier.getValue()));
                } else {
                    run.recordIssue(patient, "the NHS number identifier is not a valid NHS number; "
                            + "it is kept among the identifiers only");
                }
            }
        }
        List<CodedValue> languages = new ArrayList<>();
        Optional<Boolean> interpreter = Optional.empty();
        for (Extension communication : Extensions.all(patient, Extensions.NHS_COMMUNICATION)) {
            Extensions.part(communication, "language").map(Extension::getValue)
                    .filter(CodeableConcept.class::isInstance)
                    .flatMap(v -> Stu3Values.optionalCoded((CodeableConcept) v)).ifPresent(languages::add);
            Optional<Boolean> needed = Extensions.part(communication, "interpreterRequired")
                    .map(Extension::getValue).filter(BooleanType.class::isInstance)
                    .map(v -> ((BooleanType) v).booleanValue());
            if (needed.isPresent()) {
                interpreter = Optional.of(interpreter.orElse(false) || needed.get());
            }
        }
        Optional<CodedValue> ethnicity = Extensions.value(patient, Extensions.ETHNIC_CATEGORY)
                .filter(CodeableConcept.class::isInstance)
                .flatMap(v -> Stu3Values.optionalCoded((CodeableConcept) v));
        boolean deceased = false;
        Optional<PartialDateTime> deceasedAt = Optional.empty();
        Type death = patient.hasDeceased() ? patient.getDeceased() : null;
        if (death instanceof BooleanType flag) {
            deceased = flag.booleanValue();
        } else if (death != null) {
            deceasedAt = Stu3Values.date(death);
            deceased = true;
        }
        return new PatientDemographics(nhsNumber, verification, Stu3Values.identifiers(patient.getIdentifier()),
                Stu3Values.names(patient.getName()),
                Stu3Values.code(patient.getGenderElement()).flatMap(Gender::fromCode),
                Stu3Values.date(patient.getBirthDateElement()), deceased, deceasedAt,
                Stu3Values.addresses(patient.getAddress()), Stu3Values.telecoms(patient.getTelecom()), languages,
                interpreter, ethnicity, confidentiality(patient),
                patient.hasMeta() ? Stu3Values.text(patient.getMeta().getVersionId()) : Optional.empty(),
                Optional.of(run.provenance(patient, Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.empty())));
    }

    private static Confidentiality confidentiality(Patient patient) {
        return MappingRun.sensitivity(patient).level();
    }
}
