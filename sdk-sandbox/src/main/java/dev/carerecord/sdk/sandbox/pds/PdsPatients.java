package dev.carerecord.sdk.sandbox.pds;

import dev.carerecord.sdk.sandbox.data.Demographics;
import dev.carerecord.sdk.sandbox.data.Ids;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;

/**
 * The PDS (UK Core shaped) R4 Patient of a synthetic person. A restricted (S-flagged) patient carries
 * meta.security R and has no address, telecom or registered GP.
 */
final class PdsPatients {
    static final String CONFIDENTIALITY = "http://terminology.hl7.org/CodeSystem/v3-Confidentiality";
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final java.time.format.DateTimeFormatter DECEASED =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

    private PdsPatients() {
    }

    static Patient patient(Demographics d) {
        Patient p = new Patient();
        p.setId(d.nhsNumber());
        p.getMeta().setVersionId(Integer.toString(d.versionId()));
        p.getMeta().addSecurity(d.restricted()
                ? new Coding(CONFIDENTIALITY, "R", "restricted")
                : new Coding(CONFIDENTIALITY, "U", "unrestricted"));
        Identifier nhs = p.addIdentifier().setSystem("https://fhir.nhs.uk/Id/nhs-number").setValue(d.nhsNumber());
        nhs.addExtension("https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-NHSNumberVerificationStatus",
                new CodeableConcept().addCoding(new Coding("https://fhir.hl7.org.uk/CodeSystem/UKCore-NHSNumberVerificationStatus",
                        "01", "Number present and verified").setVersion("1.0.0")));
        HumanName name = p.addName().setUse(HumanName.NameUse.USUAL).setFamily(d.family());
        name.setId(shortId(d, "name"));
        name.setPeriod(new Period().setStartElement(new DateTimeType(d.birthDate().toString())));
        d.given().forEach(name::addGiven);
        name.addPrefix(d.prefix());
        p.setGender(AdministrativeGender.fromCode(d.gender()));
        p.setBirthDateElement(new DateType(d.birthDate().toString()));
        if (d.isDeceased()) {
            p.setDeceased(new DateTimeType(d.deceased().atZone(UK).format(DECEASED)));
        }
        if (d.restricted()) {
            return p;
        }
        List<String> lines = new ArrayList<>(d.address().lines());
        lines.add(d.address().city());
        lines.add(d.address().district());
        Address address = p.addAddress().setUse(Address.AddressUse.HOME).setPostalCode(d.address().postcode());
        address.setId(shortId(d, "address"));
        address.setPeriod(new Period().setStartElement(new DateTimeType(d.addressSince().toString())));
        lines.forEach(address::addLine);
        if (d.phone() != null) {
            p.addTelecom().setSystem(ContactPoint.ContactPointSystem.PHONE).setValue(d.phone().replace(" ", ""))
                    .setUse(ContactPoint.ContactPointUse.HOME).setId(shortId(d, "phone"));
        }
        if (d.email() != null) {
            p.addTelecom().setSystem(ContactPoint.ContactPointSystem.EMAIL).setValue(d.email())
                    .setUse(ContactPoint.ContactPointUse.HOME).setId(shortId(d, "email"));
        }
        Reference gp = new Reference().setType("Organization");
        gp.setId(shortId(d, "gp"));
        gp.setIdentifier(new Identifier().setSystem("https://fhir.nhs.uk/Id/ods-organization-code")
                .setValue(d.practiceOds())
                .setPeriod(new Period().setStartElement(new DateTimeType(d.registeredSince().toString()))));
        p.addGeneralPractitioner(gp);
        return p;
    }

    /** PDS-style 8-hex-digit ids for names, addresses and telecoms. */
    private static String shortId(Demographics d, String part) {
        return Ids.uuid("pds", d.nhsNumber(), part).substring(0, 8).toUpperCase(java.util.Locale.ROOT);
    }
}
