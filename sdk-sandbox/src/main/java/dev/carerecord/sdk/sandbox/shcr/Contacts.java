package dev.carerecord.sdk.sandbox.shcr;

import dev.carerecord.sdk.sandbox.data.Catalogue;
import dev.carerecord.sdk.sandbox.data.Demographics;
import java.util.List;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.PositiveIntType;
import org.hl7.fhir.r4.model.RelatedPerson;

/** Personal contacts as UK Core RelatedPerson, with contact rank and the copy-correspondence indicator. */
final class Contacts {
    private Contacts() {
    }

    /**
     * A related person; {@code nhsNumber} (may be null) names a sandbox patient, whose address they share and whose
     * NHS number they carry.
     */
    static RelatedPerson person(Regional r, String key, String prefix, String given, String family, String gender,
                                List<CodeableConcept> relationships, int rank, boolean copyCorrespondence,
                                String phone, String nhsNumber) {
        RelatedPerson p = new RelatedPerson();
        p.addExtension(new Extension(UkCore.CONTACT_RANK_EXT, new PositiveIntType(rank)));
        p.addExtension(new Extension(UkCore.COPY_CORRESPONDENCE_EXT, new BooleanType(copyCorrespondence)));
        p.setActive(true);
        p.setPatient(r.patient);
        relationships.forEach(p::addRelationship);
        p.addName().setUse(HumanName.NameUse.OFFICIAL).setFamily(family).addGiven(given).addPrefix(prefix);
        p.addTelecom().setSystem(ContactPoint.ContactPointSystem.PHONE).setValue(phone)
                .setUse(phone.startsWith("07") ? ContactPoint.ContactPointUse.MOBILE : ContactPoint.ContactPointUse.HOME);
        p.setGender(AdministrativeGender.fromCode(gender));
        RelatedPerson added = r.add(p, key, ShcrDirectory.COUNCIL, "RelatedPerson");
        if (nhsNumber != null) {
            Demographics d = Catalogue.patient(nhsNumber).orElseThrow();
            added.addIdentifier().setSystem(UkCore.NHS_NUMBER).setValue(nhsNumber);
            added.addAddress(ShcrDirectory.address(d.address()).setUse(org.hl7.fhir.r4.model.Address.AddressUse.HOME));
        }
        return added;
    }
}
