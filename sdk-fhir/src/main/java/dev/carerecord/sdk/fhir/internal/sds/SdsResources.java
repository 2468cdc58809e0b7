package dev.carerecord.sdk.fhir.internal.sds;

import dev.carerecord.sdk.core.ids.Asid;
import dev.carerecord.sdk.fhir.sds.SdsDevice;
import dev.carerecord.sdk.fhir.sds.SdsEndpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Device;
import org.hl7.fhir.r4.model.Endpoint;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;

/**
 * Reads SDS Device and Endpoint searchsets into {@link SdsDevice} and {@link SdsEndpoint}. Identifier systems
 * and extension URLs are compared without their scheme and case-insensitively (SDS has sent both http and
 * https forms over time). Not part of the public API.
 */
public final class SdsResources {
    public static final String ODS = "https://fhir.nhs.uk/Id/ods-organization-code";
    public static final String INTERACTION = "https://fhir.nhs.uk/Id/nhsServiceInteractionId";
    public static final String PARTY_KEY = "https://fhir.nhs.uk/Id/nhsMhsPartyKey";
    static final String ASID = "https://fhir.nhs.uk/Id/nhsSpineASID";
    static final String FQDN = "https://fhir.nhs.uk/Id/nhsMhsFQDN";
    static final String EXT_INTERACTION = "https://fhir.nhs.uk/StructureDefinition/Extension-SDS-NhsServiceInteractionId";
    static final String EXT_MANUFACTURER = "https://fhir.nhs.uk/StructureDefinition/Extension-SDS-ManufacturingOrganisation";

    private SdsResources() {
    }

    /** The Devices of a searchset. */
    public static List<SdsDevice> devices(Bundle bundle) {
        List<SdsDevice> devices = new ArrayList<>();
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            if (entry.getResource() instanceof Device d) {
                Optional<Asid> asid = identifier(d.getIdentifier(), ASID).flatMap(SdsResources::asid);
                devices.add(new SdsDevice(id(d.getIdElement().getIdPart()), asid,
                        identifier(d.getIdentifier(), PARTY_KEY), ods(d.getOwner()),
                        extensionIdentifiers(d.getExtension(), EXT_MANUFACTURER).stream().findFirst(),
                        extensionIdentifiers(d.getExtension(), EXT_INTERACTION)));
            }
        }
        return devices;
    }

    /** The Endpoints of a searchset. */
    public static List<SdsEndpoint> endpoints(Bundle bundle) {
        List<SdsEndpoint> endpoints = new ArrayList<>();
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            if (entry.getResource() instanceof Endpoint e) {
                Optional<String> status = e.hasStatus() && e.getStatus() != null
                        ? Optional.of(e.getStatus().toCode()) : Optional.empty();
                endpoints.add(new SdsEndpoint(id(e.getIdElement().getIdPart()), e.getAddress(), status,
                        identifier(e.getIdentifier(), PARTY_KEY), identifier(e.getIdentifier(), FQDN),
                        ods(e.getManagingOrganization()), extensionIdentifiers(e.getExtension(), EXT_INTERACTION)));
            }
        }
        return endpoints;
    }

    private static String id(String id) {
        return id == null ? "" : id;
    }

    private static Optional<Asid> asid(String value) {
        try {
            return Optional.of(Asid.of(value));
        } catch (dev.carerecord.sdk.core.exception.InvalidInputException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> ods(Reference reference) {
        if (reference == null || !reference.hasIdentifier()) {
            return Optional.empty();
        }
        Identifier id = reference.getIdentifier();
        return same(id.getSystem(), ODS) && id.hasValue() && !id.getValue().isBlank()
                ? Optional.of(id.getValue().strip()) : Optional.empty();
    }

    private static Optional<String> identifier(List<Identifier> identifiers, String system) {
        return identifiers.stream().filter(i -> same(i.getSystem(), system) && i.hasValue() && !i.getValue().isBlank())
                .map(i -> i.getValue().strip()).findFirst();
    }

    private static List<String> extensionIdentifiers(List<Extension> extensions, String url) {
        List<String> values = new ArrayList<>();
        for (Extension e : extensions) {
            if (same(e.getUrl(), url) && e.getValue() instanceof Reference r && r.hasIdentifier()
                    && r.getIdentifier().hasValue()) {
                values.add(r.getIdentifier().getValue().strip());
            }
        }
        return values;
    }

    /** True when two URIs are equal ignoring scheme and case. */
    static boolean same(String a, String b) {
        return a != null && b != null && strip(a).equals(strip(b));
    }

    private static String strip(String uri) {
        String s = uri.strip().toLowerCase(Locale.ROOT);
        int colon = s.indexOf("://");
        s = colon < 0 ? s : s.substring(colon + 3);
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
