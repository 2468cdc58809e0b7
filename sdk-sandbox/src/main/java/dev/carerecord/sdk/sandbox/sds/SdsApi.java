package dev.carerecord.sdk.sandbox.sds;

import dev.carerecord.sdk.sandbox.SandboxRoutes;
import dev.carerecord.sdk.sandbox.fhir.FhirContexts;
import dev.carerecord.sdk.sandbox.http.Api;
import dev.carerecord.sdk.sandbox.http.SandboxRequest;
import dev.carerecord.sdk.sandbox.http.SandboxResponse;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Resource;

/**
 * The Spine Directory Service FHIR R4 API at {@code /spine-directory/FHIR/R4}: {@code GET /Endpoint} and
 * {@code GET /Device} searches over the sandbox practices (and the consumer systems' own Devices). Requires the
 * {@code apikey} header; unknown parameters and missing combinations are 400; an unknown ODS code gives an empty
 * searchset.
 */
public final class SdsApi implements Api {
    static final String BASE = "/spine-directory/FHIR/R4";
    static final String ODS = "https://fhir.nhs.uk/Id/ods-organization-code";
    static final String INTERACTION = "https://fhir.nhs.uk/Id/nhsServiceInteractionId";
    static final String PARTY_KEY = "https://fhir.nhs.uk/Id/nhsMhsPartyKey";
    private static final String ERROR_SYSTEM = "https://fhir.nhs.uk/R4/CodeSystem/Spine-ErrorOrWarningCode";

    private final String apiKey;

    /** @param apiKey the only key accepted, or null to accept any non-blank key (as the public SDS sandbox does) */
    public SdsApi(String apiKey) {
        this.apiKey = apiKey;
    }

    /** A 4xx SDS answer. */
    static final class SdsError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int status;
        final String issueType;
        final String code;

        SdsError(int status, String issueType, String code, String diagnostics) {
            super(diagnostics);
            this.status = status;
            this.issueType = issueType;
            this.code = code;
        }
    }

    @Override
    public boolean owns(String path) {
        return path.equals(BASE) || path.startsWith(BASE + "/");
    }

    @Override
    public String route(SandboxRequest request) {
        String rest = request.path().substring(BASE.length());
        if ("GET".equals(request.method()) && rest.equals("/Endpoint")) {
            return SandboxRoutes.SDS_ENDPOINT;
        }
        return "GET".equals(request.method()) && rest.equals("/Device") ? SandboxRoutes.SDS_DEVICE : SandboxRoutes.SDS_OTHER;
    }

    @Override
    public SandboxResponse handle(SandboxRequest request) {
        SandboxResponse response;
        try {
            response = serve(request);
        } catch (SdsError e) {
            response = error(e.status, e.issueType, e.code, e.getMessage());
        }
        return correlate(request, response);
    }

    @Override
    public SandboxResponse failure(int status, SandboxRequest request) {
        String code = status == 429 ? "TOO_MANY_REQUESTS" : status == 503 ? "SERVICE_UNAVAILABLE" : "UNKNOWN_ERROR";
        return correlate(request, error(status, status == 429 ? "throttled" : "transient", code,
                "Injected fault: HTTP " + status));
    }

    private SandboxResponse serve(SandboxRequest request) {
        String key = request.header("apikey");
        if (key == null || key.isBlank()) {
            throw new SdsError(401, "forbidden", "ACCESS_DENIED", "Missing apikey header");
        }
        if (apiKey != null && !apiKey.equals(key)) {
            throw new SdsError(403, "forbidden", "ACCESS_DENIED", "Invalid apikey");
        }
        String accept = request.header("Accept");
        if (accept != null && !(accept.contains("application/fhir+json") || accept.contains("application/json")
                || accept.contains("*/*"))) {
            throw new SdsError(406, "not-supported", "NOT_ACCEPTABLE",
                    "Invalid Accept header in request, only: application/json or application/fhir+json are allowed");
        }
        String route = route(request);
        List<Resource> found;
        if (SandboxRoutes.SDS_ENDPOINT.equals(route)) {
            SdsQuery q = SdsQuery.parse(request, Set.of("organization", "identifier"));
            if (!(q.ods() != null && (q.interaction() != null || q.partyKey() != null))
                    && !(q.interaction() != null && q.partyKey() != null)) {
                throw new SdsError(400, "required", "BAD_REQUEST", "Missing or invalid query parameters. Should be one "
                        + "of these combinations: [organization, identifier (service interaction id), identifier (party "
                        + "key)], [organization, identifier (party key)], [organization, identifier (service "
                        + "interaction id)], [identifier (service interaction id), identifier (party key)]");
            }
            found = SdsDirectory.endpoints(q, request.baseUrl());
        } else if (SandboxRoutes.SDS_DEVICE.equals(route)) {
            SdsQuery q = SdsQuery.parse(request, Set.of("organization", "identifier", "manufacturing-organization"));
            if (q.ods() == null || q.interaction() == null) {
                throw new SdsError(400, "required", "BAD_REQUEST",
                        "Missing or invalid query parameters: organization and identifier (service interaction id) are required");
            }
            found = SdsDirectory.devices(q);
        } else {
            throw new SdsError(404, "not-found", "NOT_FOUND", "The sandbox SDS serves GET /Endpoint and GET /Device");
        }
        return SandboxResponse.fhir(200, FhirContexts.r4Json(searchset(request, found)));
    }

    private static Bundle searchset(SandboxRequest request, List<Resource> found) {
        Bundle bundle = new Bundle();
        bundle.setId(UUID.randomUUID().toString());
        bundle.setType(Bundle.BundleType.SEARCHSET);
        bundle.setTotal(found.size());
        String self = request.baseUrl() + request.path() + (request.rawQuery() == null ? "" : "?" + request.rawQuery());
        bundle.addLink().setRelation("self").setUrl(self);
        for (Resource r : found) {
            bundle.addEntry().setFullUrl(request.baseUrl() + BASE + "/" + r.fhirType() + "/" + r.getIdElement().getIdPart())
                    .setResource(r).getSearch().setMode(Bundle.SearchEntryMode.MATCH);
        }
        return bundle;
    }

    private static SandboxResponse error(int status, String issueType, String code, String diagnostics) {
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue().setSeverity(OperationOutcome.IssueSeverity.ERROR)
                .setCode(OperationOutcome.IssueType.fromCode(issueType))
                .setDetails(new CodeableConcept().addCoding(new Coding(ERROR_SYSTEM, code, code.replace('_', ' '))
                        .setVersion("1")))
                .setDiagnostics(diagnostics);
        return SandboxResponse.fhir(status, FhirContexts.r4Json(outcome));
    }

    private static SandboxResponse correlate(SandboxRequest request, SandboxResponse response) {
        String correlation = request.header("X-Correlation-Id");
        return correlation == null ? response : response.header("X-Correlation-Id", correlation);
    }
}
