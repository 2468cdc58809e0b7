package dev.carerecord.sdk.fhir.internal.mapping;

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
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;

/**
 * Patient to {@link PatientDemographics}: the NHS number (typed only when it passes the Modulus 11 check; every
 * identifier is kept as well) and its UKCore-NHSNumberVerificationStatus, names, gender, birth date, death,
 * addresses, telecoms, languages ({@code communication} and UKCore-NHSCommunication) and interpreter need,
 * UKCore-EthnicCategory, confidentiality from {@code meta.security} (v3 U/N normal, R restricted, V very
 * restricted) and {@code meta.versionId}. Not part of the public API.
 */
final class PatientDemographicsMapper {
    private PatientDemographicsMapper() {
    }

    static PatientDemographics map(Patient patient, MappingSession session) {
        Identifier nhs = nhsNumberIdentifier(patient);
        Optional<NhsNumber> nhsNumber = Optional.ofNullable(nhs).map(Identifier::getValue)
                .filter(NhsNumber::isValid).map(NhsNumber::parse);
        Optional<Coding> verification = Optional.ofNullable(nhs)
                .flatMap(id -> Extensions.find(id, UkExtension.NHS_NUMBER_VERIFICATION_STATUS))
                .flatMap(Extensions::coded).flatMap(c -> c.codings().stream().findFirst());
        boolean deceased = patient.getDeceased() instanceof BooleanType b && b.booleanValue();
        Optional<PartialDateTime> deceasedAt = patient.getDeceased() instanceof DateTimeType at
                ? R4Types.date(at) : Optional.empty();
        List<CodedValue> languages = new ArrayList<>();
        Optional<Boolean> interpreter = Extensions.find(patient, UkExtension.INTERPRETER_REQUIRED)
                .flatMap(Extensions::bool);
        for (Patient.PatientCommunicationComponent communication : patient.getCommunication()) {
            R4Types.coded(communication.getLanguage()).ifPresent(languages::add);
        }
        for (Extension communication : Extensions.all(patient, UkExtension.NHS_COMMUNICATION)) {
            Extensions.sub(communication, "language").flatMap(Extensions::coded)
                    .filter(l -> !languages.contains(l)).ifPresent(languages::add);
            Optional<Boolean> needed = Extensions.sub(communication, "interpreterRequired").flatMap(Extensions::bool);
            if (needed.isPresent()) {
                interpreter = Optional.of(interpreter.orElse(false) || needed.get());
            }
        }
        return new PatientDemographics(nhsNumber, verification, R4Types.identifiers(patient.getIdentifier()),
                R4People.names(patient.getName()),
                R4Types.code(patient.getGenderElement()).flatMap(Gender::fromCode),
                R4Types.date(patient.getBirthDateElement()), deceased, deceasedAt,
                R4People.addresses(patient.getAddress()), R4People.telecoms(patient.getTelecom()), languages,
                interpreter, Extensions.find(patient, UkExtension.ETHNIC_CATEGORY).flatMap(Extensions::coded),
                confidentiality(patient),
                patient.hasMeta() ? R4Types.text(patient.getMeta().getVersionId()) : Optional.empty(),
                Optional.of(session.entries().provenance(patient)));
    }

    /** The patient's confidentiality from {@code meta.security}; normal when none is stated. */
    static Confidentiality confidentiality(Patient patient) {
        return patient.hasMeta() ? EntryFactory.sensitivity(patient.getMeta().getSecurity()).level()
                : Confidentiality.NORMAL;
    }

    /** The identifier in the NHS number system (http or https), or null. */
    static Identifier nhsNumberIdentifier(Patient patient) {
        for (Identifier identifier : patient.getIdentifier()) {
            if (identifier.hasSystem() && identifier.hasValue()
                    && CodeSystems.NHS_NUMBER.equals(CodeSystems.normalise(identifier.getSystem()))) {
                return identifier;
            }
        }
        return null;
    }
}
