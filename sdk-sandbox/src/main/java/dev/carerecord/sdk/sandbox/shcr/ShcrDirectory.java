package dev.carerecord.sdk.sandbox.shcr;

import dev.carerecord.sdk.sandbox.data.Address;
import dev.carerecord.sdk.sandbox.data.Catalogue;
import dev.carerecord.sdk.sandbox.data.Ids;
import dev.carerecord.sdk.sandbox.data.Practice;
import dev.carerecord.sdk.sandbox.data.Staff;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.Device;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;

/**
 * The shared care record's directory: the organisations that feed it (GP practices, the hospital, the
 * pathology laboratory, the council's adult social care), their practitioners and roles, and the Device that
 * is the record itself (the author of its IPS documents).
 */
final class ShcrDirectory {
    /** The ODS code of the integrated care board that runs the record. */
    static final String SHCR_ODS = "Y60009";
    static final String SHCR_NAME = "Westshire Shared Care Record";
    static final String SHCR_OWNER = "NHS Westshire Integrated Care Board";
    static final String HOSPITAL = "Y60002";
    static final String LAB = "Y60001";
    static final String COUNCIL = "Y60003";

    /** A clinician or social care professional outside the GP practices. */
    record Professional(String key, String ods, String prefix, String given, String family, String gender,
                        String idSystem, String idValue, String roleText, CodeableConcept specialty) {
    }

    static final Professional PENGELLY = new Professional("h-pengelly", HOSPITAL, "Dr", "Sian", "Pengelly", "female",
            UkCore.GMC, "7000101", "Consultant physician", R4.snomed("394802001", "General medicine"));
    static final Professional TREMAYNE = new Professional("h-tremayne", HOSPITAL, "Mr", "Owen", "Tremayne", "male",
            UkCore.GMC, "7000102", "Consultant orthopaedic surgeon", R4.snomed("394801008", "Trauma & orthopedics"));
    static final Professional ACHEBE = new Professional("h-achebe", HOSPITAL, "Dr", "Ngozi", "Achebe", "female",
            UkCore.GMC, "7000103", "Consultant cardiologist", R4.snomed("394579002", "Cardiology"));
    static final Professional RAHMAN = new Professional("c-rahman", COUNCIL, "Ms", "Nadia", "Rahman", "female",
            "https://sandbox.carerecord.dev/" + COUNCIL + "/staff-id", "SW-0142", "Social worker", null);
    private static final List<Professional> PROFESSIONALS = List.of(PENGELLY, TREMAYNE, ACHEBE, RAHMAN);

    private ShcrDirectory() {
    }

    static String organizationId(String ods) {
        return Ids.uuid("shcr-organization", ods);
    }

    static String practitionerId(String key) {
        return Ids.uuid("shcr-practitioner", key);
    }

    static String roleId(String key) {
        return Ids.uuid("shcr-practitioner-role", key);
    }

    static String deviceId() {
        return Ids.uuid("shcr-device", SHCR_ODS);
    }

    static Reference organization(String ods) {
        return R4.ref("Organization", organizationId(ods));
    }

    /** The PractitionerRole of a GP practice staff member or a {@link Professional}, by key. */
    static Reference role(String key) {
        return R4.ref("PractitionerRole", roleId(key));
    }

    static Reference device() {
        return R4.ref("Device", deviceId()).setDisplay(SHCR_NAME);
    }

    /** Adds every directory resource to the world. */
    static void addTo(ShcrWorld.Builder world) {
        for (Practice p : Catalogue.practices()) {
            world.add(organization(p.ods(), p.name(), "prov", "Healthcare Provider", p.address(), p.phone()));
            for (Staff s : p.staff()) {
                world.add(practitioner(s.id(), s.prefix(), s.given(), s.family(), s.gender(), UkCore.SDS_USER,
                        s.sdsUserId()));
                PractitionerRole role = role(s.id(), p.ods());
                role.addIdentifier().setSystem(UkCore.SDS_ROLE).setValue(s.sdsRoleProfileId());
                if (s.jobRoleCode() != null) {
                    role.addCode(R4.concept(UkCore.SDS_JOB_ROLE_CS, s.jobRoleCode(), s.jobRoleName()));
                }
                world.add(role);
            }
        }
        Address hospital = new Address(List.of("Infirmary Road"), "Millbridge", "Westshire", "XY1 2WG");
        world.add(organization(HOSPITAL, "Westshire General Hospital", "prov", "Healthcare Provider", hospital,
                "01632 960200"));
        world.add(organization(LAB, "Westshire Pathology Laboratory", "prov", "Healthcare Provider", hospital,
                "01632 960201"));
        world.add(organization(COUNCIL, "Westshire Council Adult Social Care", "govt", "Government",
                new Address(List.of("County Hall", "Market Square"), "Millbridge", "Westshire", "XY1 3CH"),
                "01632 960300"));
        world.add(organization(SHCR_ODS, SHCR_OWNER, "govt", "Government",
                new Address(List.of("Westshire House"), "Millbridge", "Westshire", "XY1 5IC"), "01632 960400"));
        for (Professional p : PROFESSIONALS) {
            world.add(practitioner(p.key(), p.prefix(), p.given(), p.family(), p.gender(), p.idSystem(), p.idValue()));
            PractitionerRole role = role(p.key(), p.ods());
            role.addCode(R4.text(p.roleText()));
            if (p.specialty() != null) {
                role.addSpecialty(p.specialty());
            }
            world.add(role);
        }
        world.add(shcrDevice());
    }

    private static Organization organization(String ods, String name, String type, String typeDisplay, Address a,
                                             String phone) {
        Organization r = new Organization();
        r.setId(organizationId(ods));
        r.getMeta().addProfile(UkCore.profile("Organization"));
        r.addIdentifier().setSystem(UkCore.ODS).setValue(ods);
        r.setActive(true);
        r.addType(R4.concept(UkCore.ORGANIZATION_TYPE, type, typeDisplay));
        r.setName(name);
        r.addTelecom().setSystem(ContactPoint.ContactPointSystem.PHONE).setValue(phone)
                .setUse(ContactPoint.ContactPointUse.WORK);
        r.addAddress(address(a).setUse(org.hl7.fhir.r4.model.Address.AddressUse.WORK));
        return r;
    }

    private static Practitioner practitioner(String key, String prefix, String given, String family, String gender,
                                             String idSystem, String idValue) {
        Practitioner r = new Practitioner();
        r.setId(practitionerId(key));
        r.getMeta().addProfile(UkCore.profile("Practitioner"));
        r.addIdentifier(new Identifier().setSystem(idSystem).setValue(idValue));
        r.setActive(true);
        r.addName().setUse(HumanName.NameUse.OFFICIAL).setFamily(family).addGiven(given).addPrefix(prefix);
        r.setGender(AdministrativeGender.fromCode(gender));
        return r;
    }

    private static PractitionerRole role(String key, String ods) {
        PractitionerRole r = new PractitionerRole();
        r.setId(roleId(key));
        r.getMeta().addProfile(UkCore.profile("PractitionerRole"));
        r.setActive(true);
        r.setPractitioner(R4.ref("Practitioner", practitionerId(key)));
        r.setOrganization(organization(ods));
        return r;
    }

    private static Device shcrDevice() {
        Device r = new Device();
        r.setId(deviceId());
        r.addIdentifier().setSystem("https://sandbox.carerecord.dev/Id/device").setValue(SHCR_ODS + "-SHCR");
        r.setStatus(Device.FHIRDeviceStatus.ACTIVE);
        r.addDeviceName().setName(SHCR_NAME).setType(Device.DeviceNameType.USERFRIENDLYNAME);
        r.setType(R4.text("Shared care record system"));
        r.addVersion().setValue("1.0");
        r.setOwner(organization(SHCR_ODS));
        return r;
    }

    static org.hl7.fhir.r4.model.Address address(Address a) {
        org.hl7.fhir.r4.model.Address r = new org.hl7.fhir.r4.model.Address()
                .setType(org.hl7.fhir.r4.model.Address.AddressType.PHYSICAL);
        List<String> lines = new ArrayList<>(a.lines());
        lines.forEach(r::addLine);
        return r.setCity(a.city()).setDistrict(a.district()).setPostalCode(a.postcode());
    }
}
