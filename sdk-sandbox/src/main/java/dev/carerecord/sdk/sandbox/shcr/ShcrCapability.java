package dev.carerecord.sdk.sandbox.shcr;

import java.util.Date;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.TypeRestfulInteraction;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.UriType;

/**
 * The shared care record's CapabilityStatement, generated from {@link ResourceTypes}: for each resource type its
 * UK Core profile, read (and search-type where searchable), every supported search parameter, every
 * {@code _include}; {@code Patient/$summary} (IPS) as the only operation (no {@code $everything}); JSON only;
 * and the OAuth token endpoint (SMART on FHIR security, {@code oauth-uris} extension).
 */
final class ShcrCapability {
    static final String SUMMARY_OPERATION = "http://hl7.org/fhir/uv/ips/OperationDefinition/summary";
    private static final String OAUTH_URIS = "http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris";

    private ShcrCapability() {
    }

    static CapabilityStatement statement(String base, String tokenUrl, Date published) {
        CapabilityStatement r = new CapabilityStatement();
        r.setId("westshire-shcr");
        r.setUrl(base + "/metadata");
        r.setVersion("1.0.0");
        r.setName("WestshireSharedCareRecord");
        r.setTitle(ShcrDirectory.SHCR_NAME);
        r.setStatus(Enumerations.PublicationStatus.ACTIVE);
        r.setDate(published);
        r.setPublisher(ShcrDirectory.SHCR_OWNER + " (Care Record SDK sandbox)");
        r.setKind(CapabilityStatement.CapabilityStatementKind.INSTANCE);
        r.getSoftware().setName("sdk-sandbox shared care record").setVersion("1.0.0");
        r.getImplementation().setDescription(ShcrDirectory.SHCR_NAME).setUrl(base);
        r.setFhirVersion(Enumerations.FHIRVersion._4_0_1);
        r.addFormat("application/fhir+json");
        r.addFormat("json");
        r.addImplementationGuide("https://fhir.hl7.org.uk/ImplementationGuide/hl7.fhir.uk.core");
        r.addImplementationGuide("http://hl7.org/fhir/uv/ips/ImplementationGuide/hl7.fhir.uv.ips");
        CapabilityStatementRestComponent rest = r.addRest().setMode(CapabilityStatement.RestfulCapabilityMode.SERVER);
        rest.setDocumentation("Searches page " + SearchQuery.DEFAULT_COUNT + " entries by default (_count up to "
                + SearchQuery.MAX_COUNT + "); next links stay valid for " + PageStore.TTL.toMinutes()
                + " minutes. Unknown search parameters are ignored unless Prefer: handling=strict is sent.");
        CapabilityStatement.CapabilityStatementRestSecurityComponent security = rest.getSecurity();
        security.setCors(false);
        security.addService(R4.concept("http://terminology.hl7.org/CodeSystem/restful-security-service",
                "SMART-on-FHIR", "SMART-on-FHIR"));
        security.setDescription("OAuth 2.0 bearer tokens from the token endpoint (client credentials with a signed "
                + "JWT client assertion or a client secret). The CapabilityStatement itself is open.");
        Extension uris = new Extension(OAUTH_URIS);
        uris.addExtension("token", new UriType(tokenUrl));
        security.addExtension(uris);
        for (ResourceType type : ResourceTypes.all()) {
            resource(rest, type);
        }
        return r;
    }

    private static void resource(CapabilityStatementRestComponent rest, ResourceType type) {
        CapabilityStatementRestResourceComponent resource = rest.addResource().setType(type.name);
        if (type.profile != null) {
            resource.setProfile(UkCore.profile(type.profile));
        }
        resource.addInteraction().setCode(TypeRestfulInteraction.READ);
        resource.setVersioning(CapabilityStatement.ResourceVersionPolicy.NOVERSION);
        resource.setReadHistory(false);
        resource.setUpdateCreate(false);
        resource.addReferencePolicy(CapabilityStatement.ReferenceHandlingPolicy.LOCAL);
        if (!type.searchable) {
            return;
        }
        resource.addInteraction().setCode(TypeRestfulInteraction.SEARCHTYPE);
        for (SearchParam include : type.includes()) {
            resource.addSearchInclude(type.name + ":" + include.name());
        }
        for (SearchParam p : type.params()) {
            CapabilityStatement.CapabilityStatementRestResourceSearchParamComponent param = resource.addSearchParam()
                    .setName(p.name()).setType(Enumerations.SearchParamType.fromCode(p.kind().code))
                    .setDocumentation(p.documentation());
            param.setDefinition("http://hl7.org/fhir/SearchParameter/"
                    + (p.name().startsWith("_") ? "Resource-" + p.name().substring(1) : type.name + "-" + p.name()));
        }
        if (type.name.equals("Patient")) {
            resource.addOperation().setName("summary").setDefinition(SUMMARY_OPERATION)
                    .setDocumentation("IPS patient summary: GET Patient/{id}/$summary or "
                            + "GET Patient/$summary?identifier=https://fhir.nhs.uk/Id/nhs-number|{NHS number}");
        }
    }
}
