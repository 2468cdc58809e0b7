package dev.carerecord.sdk.sandbox.sds;

import dev.carerecord.sdk.sandbox.data.Catalogue;
import dev.carerecord.sdk.sandbox.data.ConsumerSystem;
import dev.carerecord.sdk.sandbox.data.Ids;
import dev.carerecord.sdk.sandbox.data.Practice;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Device;
import org.hl7.fhir.r4.model.Endpoint;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;

/**
 * The sandbox's SDS records: one MHS Endpoint per practice and GP Connect interaction (its address is the
 * practice's service root for that interaction), one accredited-system Device per practice, and one Device per
 * consumer system (so a client can find its own ASID).
 */
final class SdsDirectory {
    /** Manufacturer ODS code of the (fictional) GP system the practices run. */
    static final String GP_SYSTEM_SUPPLIER = "Y70099";

    private SdsDirectory() {
    }

    static List<Resource> endpoints(SdsQuery q, String baseUrl) {
        List<Resource> found = new ArrayList<>();
        for (Practice p : Catalogue.practices()) {
            if ((q.ods() != null && !q.ods().equals(p.ods())) || (q.partyKey() != null && !q.partyKey().equals(p.partyKey()))) {
                continue;
            }
            for (GpConnectInteractions.Entry e : GpConnectInteractions.ALL) {
                if (q.interaction() == null || q.interaction().equals(e.interactionId())) {
                    found.add(endpoint(p, e, baseUrl));
                }
            }
        }
        return found;
    }

    static List<Resource> devices(SdsQuery q) {
        List<Resource> found = new ArrayList<>();
        if (!GpConnectInteractions.known(q.interaction())) {
            return found;
        }
        for (Practice p : Catalogue.practices()) {
            if (p.ods().equals(q.ods()) && (q.partyKey() == null || q.partyKey().equals(p.partyKey()))
                    && (q.manufacturer() == null || q.manufacturer().equals(GP_SYSTEM_SUPPLIER))) {
                found.add(device(p.ods(), p.asid(), p.partyKey(), GP_SYSTEM_SUPPLIER, q.interaction()));
            }
        }
        for (ConsumerSystem c : Catalogue.consumers()) {
            if (c.ods().equals(q.ods()) && (q.partyKey() == null || q.partyKey().equals(c.partyKey()))
                    && (q.manufacturer() == null || q.manufacturer().equals(c.manufacturerOds()))) {
                found.add(device(c.ods(), c.asid(), c.partyKey(), c.manufacturerOds(), q.interaction()));
            }
        }
        return found;
    }

    private static Endpoint endpoint(Practice p, GpConnectInteractions.Entry e, String baseUrl) {
        Endpoint r = new Endpoint();
        r.setId(Ids.uuid("sds-endpoint", p.ods(), e.interactionId()).toUpperCase(java.util.Locale.ROOT));
        r.setStatus(Endpoint.EndpointStatus.ACTIVE);
        r.setConnectionType(new Coding("http://terminology.hl7.org/CodeSystem/endpoint-connection-type", "hl7-fhir-msg",
                "HL7 FHIR Messaging"));
        r.addPayloadType(new CodeableConcept().addCoding(
                new Coding("http://terminology.hl7.org/CodeSystem/endpoint-payload-type", "any", "Any")));
        r.setAddress(baseUrl + "/" + p.ods() + "/STU3/1/" + e.rootSegment());
        r.setManagingOrganization(new Reference().setIdentifier(new Identifier().setSystem(SdsApi.ODS).setValue(p.ods())));
        r.addIdentifier().setSystem("https://fhir.nhs.uk/Id/nhsMhsFQDN").setValue("127.0.0.1");
        r.addIdentifier().setSystem(SdsApi.PARTY_KEY).setValue(p.partyKey());
        r.addIdentifier().setSystem("https://fhir.nhs.uk/Id/nhsMhsCPAId").setValue(cpaId(p, e));
        r.addIdentifier().setSystem("https://fhir.nhs.uk/Id/nhsMHSId").setValue(cpaId(p, e));
        Extension reliability = new Extension("https://fhir.nhs.uk/StructureDefinition/Extension-SDS-ReliabilityConfiguration");
        reliability.addExtension("nhsMHSSyncReplyMode", new StringType("None"));
        reliability.addExtension("nhsMHSActor", new StringType("urn:oasis:names:tc:ebxml-msg:actor:toPartyMSH"));
        r.addExtension(reliability);
        r.addExtension(interactionExtension(e.interactionId()));
        return r;
    }

    private static Device device(String ods, String asid, String partyKey, String manufacturer, String interaction) {
        Device r = new Device();
        r.setId(Ids.uuid("sds-device", ods, asid).toUpperCase(java.util.Locale.ROOT));
        r.addIdentifier().setSystem("https://fhir.nhs.uk/Id/nhsSpineASID").setValue(asid);
        r.addIdentifier().setSystem(SdsApi.PARTY_KEY).setValue(partyKey);
        r.addExtension(new Extension("https://fhir.nhs.uk/StructureDefinition/Extension-SDS-ManufacturingOrganisation",
                new Reference().setIdentifier(new Identifier().setSystem(SdsApi.ODS).setValue(manufacturer))));
        r.addExtension(interactionExtension(interaction));
        r.setOwner(new Reference().setIdentifier(new Identifier().setSystem(SdsApi.ODS).setValue(ods)));
        return r;
    }

    private static Extension interactionExtension(String interaction) {
        return new Extension("https://fhir.nhs.uk/StructureDefinition/Extension-SDS-NhsServiceInteractionId",
                new Reference().setIdentifier(new Identifier().setSystem(SdsApi.INTERACTION).setValue(interaction)));
    }

    private static String cpaId(Practice p, GpConnectInteractions.Entry e) {
        return "S" + Math.abs(Ids.uuid("sds-cpa", p.ods(), e.interactionId()).hashCode());
    }
}
