package dev.carerecord.sdk.sandbox.shcr;

import dev.carerecord.sdk.sandbox.data.Demographics;
import dev.carerecord.sdk.sandbox.data.Ids;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;

/**
 * The shared care record's UK Core Patient of a synthetic person, with an opaque logical id (not the NHS
 * number). A restricted (S-flagged) patient carries {@code meta.security} R and, as on PDS, no address, telecom
 * or registered GP.
 */
final class ShcrPatients {
    private ShcrPatients() {
    }

    static String id(String nhsNumber) {
        return Ids.uuid("shcr-patient", nhsNumber);
    }

    static Patient patient(Demographics d) {
        Patient p = new Patient();
        p.setId(id(d.nhsNumber()));
        p.getMeta().addProfile(UkCore.profile("Patient"));
        if (d.restricted()) {
            p.getMeta().addSecurity(new Coding(UkCore.CONFIDENTIALITY, "R", "restricted"));
        }
        Identifier nhs = p.addIdentifier().setSystem(UkCore.NHS_NUMBER).setValue(d.nhsNumber());
        nhs.addExtension(UkCore.NHS_VERIFICATION_EXT, new CodeableConcept().addCoding(
                new Coding(UkCore.NHS_VERIFICATION_CS, "01", "Number present and verified")));
        p.setActive(true);
        HumanName name = p.addName().setUse(HumanName.NameUse.OFFICIAL).setFamily(d.family());
        d.given().forEach(name::addGiven);
        name.addPrefix(d.prefix());
        p.setGender(AdministrativeGender.fromCode(d.gender()));
        p.setBirthDateElement(R4.date(d.birthDate()));
        if (d.isDeceased()) {
            p.setDeceased(new DateTimeType(R4.offsetText(d.deceased())));
        }
        if (d.restricted()) {
            return p;
        }
        p.addAddress(ShcrDirectory.address(d.address()).setUse(org.hl7.fhir.r4.model.Address.AddressUse.HOME));
        if (d.phone() != null) {
            p.addTelecom().setSystem(ContactPoint.ContactPointSystem.PHONE).setValue(d.phone())
                    .setUse(ContactPoint.ContactPointUse.HOME);
        }
        if (d.email() != null) {
            p.addTelecom().setSystem(ContactPoint.ContactPointSystem.EMAIL).setValue(d.email())
                    .setUse(ContactPoint.ContactPointUse.HOME);
        }
        p.addGeneralPractitioner(ShcrDirectory.organization(d.practiceOds()));
        return p;
    }
}
