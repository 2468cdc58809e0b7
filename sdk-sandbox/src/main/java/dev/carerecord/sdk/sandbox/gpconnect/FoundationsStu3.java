package dev.carerecord.sdk.sandbox.gpconnect;

import dev.carerecord.sdk.sandbox.data.Address;
import dev.carerecord.sdk.sandbox.data.Demographics;
import dev.carerecord.sdk.sandbox.data.Ids;
import dev.carerecord.sdk.sandbox.data.Practice;
import dev.carerecord.sdk.sandbox.data.Staff;
import java.util.Date;
import org.hl7.fhir.dstu3.model.CapabilityStatement;
import org.hl7.fhir.dstu3.model.ContactPoint;
import org.hl7.fhir.dstu3.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.dstu3.model.Enumerations.PublicationStatus;
import org.hl7.fhir.dstu3.model.Extension;
import org.hl7.fhir.dstu3.model.HumanName;
import org.hl7.fhir.dstu3.model.Identifier;
import org.hl7.fhir.dstu3.model.Location;
import org.hl7.fhir.dstu3.model.Organization;
import org.hl7.fhir.dstu3.model.Patient;
import org.hl7.fhir.dstu3.model.Period;
import org.hl7.fhir.dstu3.model.Practitioner;
import org.hl7.fhir.dstu3.model.PractitionerRole;

/** STU3 demographics and directory resources: Patient, Organization, Practitioner(Role), Location, metadata. */
final class FoundationsStu3 {
    private FoundationsStu3() {
    }

    static Patient patient(Demographics d, Practice practice, String usualGpId) {
        Patient r = Stu3.profile(new Patient(), "CareConnect-GPC-Patient-1");
        r.setId(Stu3Context.patientId(practice.ods(), d.nhsNumber()));
        r.getMeta().setVersionId(Integer.toString(d.versionId()));
        Extension registration = new Extension(Gpc.REGISTRATION_EXT);
        registration.addExtension("registrationPeriod", new Period().setStartElement(Stu3.dateTime(d.registeredSince())));
        r.addExtension(registration);
        Identifier nhs = r.addIdentifier().setSystem(Gpc.NHS_NUMBER).setValue(d.nhsNumber());
        nhs.addExtension(Stu3.extension(Gpc.NHS_VERIFICATION_EXT,
                Stu3.concept(Gpc.NHS_VERIFICATION_CS, "01", "Number present and verified")));
        r.setActive(true);
        HumanName name = r.addName().setUse(HumanName.NameUse.OFFICIAL).setFamily(d.family());
        d.given().forEach(name::addGiven);
        name.addPrefix(d.prefix());
        if (d.phone() != null) {
            r.addTelecom().setSystem(ContactPoint.ContactPointSystem.PHONE).setValue(d.phone())
                    .setUse(ContactPoint.ContactPointUse.HOME);
        }
        r.setGender(AdministrativeGender.fromCode(d.gender()));
        r.setBirthDateElement(Stu3.date(d.birthDate()));
        r.addAddress(address(d.address()).setUse(org.hl7.fhir.dstu3.model.Address.AddressUse.HOME));
        if (usualGpId != null) {
            r.addGeneralPractitioner(Stu3.ref("Practitioner", Stu3Context.practitionerId(practice.ods(), usualGpId)));
        }
        r.setManagingOrganization(Stu3.ref("Organization", Stu3Context.organizationId(practice.ods())));
        return r;
    }

    static Organization organization(Practice p) {
        Organization r = Stu3.profile(new Organization(), "CareConnect-GPC-Organization-1");
        r.setId(Stu3Context.organizationId(p.ods()));
        r.getMeta().setVersionId("1");
        r.addIdentifier().setSystem(Gpc.ODS).setValue(p.ods());
        r.setName(p.name());
        r.addTelecom().setSystem(ContactPoint.ContactPointSystem.PHONE).setValue(p.phone())
                .setUse(ContactPoint.ContactPointUse.WORK);
        r.addAddress(address(p.address()).setUse(org.hl7.fhir.dstu3.model.Address.AddressUse.WORK));
        return r;
    }

    static Practitioner practitioner(Practice p, Staff s) {
        Practitioner r = Stu3.profile(new Practitioner(), "CareConnect-GPC-Practitioner-1");
        r.setId(Stu3Context.practitionerId(p.ods(), s.id()));
        r.getMeta().setVersionId("1");
        r.addIdentifier().setSystem(Gpc.SDS_USER).setValue(s.sdsUserId());
        r.addName().setUse(HumanName.NameUse.USUAL).setFamily(s.family()).addGiven(s.given()).addPrefix(s.prefix());
        r.setGender(AdministrativeGender.fromCode(s.gender()));
        return r;
    }

    /** The staff member's role at the practice, or null when no job role is recorded. */
    static PractitionerRole role(Practice p, Staff s) {
        if (s.jobRoleCode() == null) {
            return null;
        }
        PractitionerRole r = Stu3.profile(new PractitionerRole(), "CareConnect-GPC-PractitionerRole-1");
        r.setId(Stu3Context.practitionerRoleId(p.ods(), s.id()));
        r.addIdentifier().setSystem(Gpc.SDS_ROLE).setValue(s.sdsRoleProfileId());
        r.setPractitioner(Stu3.ref("Practitioner", Stu3Context.practitionerId(p.ods(), s.id())));
        r.setOrganization(Stu3.ref("Organization", Stu3Context.organizationId(p.ods())));
        r.addCode(Stu3.concept(Gpc.JOB_ROLE_CS, s.jobRoleCode(), s.jobRoleName()));
        return r;
    }

    static String locationId(Practice p) {
        return Ids.uuid("gpc-location", p.ods());
    }

    static Location location(Practice p) {
        Location r = Stu3.profile(new Location(), "CareConnect-GPC-Location-1");
        r.setId(locationId(p));
        r.getMeta().setVersionId("1");
        r.setStatus(Location.LocationStatus.ACTIVE);
        r.setName(p.name());
        r.setAddress(address(p.address()));
        r.setManagingOrganization(Stu3.ref("Organization", Stu3Context.organizationId(p.ods())));
        return r;
    }

    /** The CapabilityStatement of one service root, listing what the sandbox serves there. */
    static CapabilityStatement capability(GpcOperation.Root root, Practice p, Date published) {
        CapabilityStatement r = new CapabilityStatement();
        r.setVersion("1.6.2");
        r.setName(p.name() + " GP Connect " + root.name().toLowerCase(java.util.Locale.ROOT));
        r.setStatus(PublicationStatus.ACTIVE);
        r.setDate(published);
        r.setPublisher("Care Record SDK sandbox");
        r.setKind(CapabilityStatement.CapabilityStatementKind.INSTANCE);
        r.getSoftware().setName("sdk-sandbox").setVersion("1.6.2");
        r.setFhirVersion("3.0.1");
        r.setAcceptUnknown(CapabilityStatement.UnknownContentCode.BOTH);
        r.addFormat("application/fhir+json");
        CapabilityStatement.CapabilityStatementRestComponent rest = r.addRest()
                .setMode(CapabilityStatement.RestfulCapabilityMode.SERVER);
        switch (root) {
            case STRUCTURED -> rest.addOperation().setName("gpc.getstructuredrecord")
                    .getDefinition().setReference(Gpc.GET_STRUCTURED_OPERATION);
            case DOCUMENTS -> {
                resource(rest, "Patient", true, true);
                resource(rest, "DocumentReference", false, true);
                resource(rest, "Binary", true, false);
            }
            case FOUNDATIONS -> {
                resource(rest, "Patient", true, true);
                resource(rest, "Organization", true, true);
                resource(rest, "Practitioner", true, true);
                resource(rest, "Location", true, false);
            }
        }
        return r;
    }

    private static void resource(CapabilityStatement.CapabilityStatementRestComponent rest, String type, boolean read,
                                 boolean search) {
        CapabilityStatement.CapabilityStatementRestResourceComponent resource = rest.addResource().setType(type);
        if (read) {
            resource.addInteraction().setCode(CapabilityStatement.TypeRestfulInteraction.READ);
        }
        if (search) {
            resource.addInteraction().setCode(CapabilityStatement.TypeRestfulInteraction.SEARCHTYPE);
        }
    }

    static org.hl7.fhir.dstu3.model.Address address(Address a) {
        org.hl7.fhir.dstu3.model.Address r = new org.hl7.fhir.dstu3.model.Address()
                .setType(org.hl7.fhir.dstu3.model.Address.AddressType.PHYSICAL);
        a.lines().forEach(r::addLine);
        return r.setCity(a.city()).setDistrict(a.district()).setPostalCode(a.postcode());
    }
}
