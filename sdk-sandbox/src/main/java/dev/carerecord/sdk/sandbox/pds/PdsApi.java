package dev.carerecord.sdk.sandbox.pds;

import dev.carerecord.sdk.sandbox.SandboxRoutes;
import dev.carerecord.sdk.sandbox.data.Catalogue;
import dev.carerecord.sdk.sandbox.data.Demographics;
import dev.carerecord.sdk.sandbox.data.NhsNumbers;
import dev.carerecord.sdk.sandbox.fhir.FhirContexts;
import dev.carerecord.sdk.sandbox.http.Api;
import dev.carerecord.sdk.sandbox.http.SandboxRequest;
import dev.carerecord.sdk.sandbox.http.SandboxResponse;
import java.time.Clock;
import java.util.Date;
import java.util.UUID;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.Bundle;

/**
 * The Personal Demographics Service FHIR R4 API at {@code /personal-demographics/FHIR/R4}: patient read (with
 * the restricted and superseded cases) and search, requiring a UUID {@code X-Request-ID} and mirroring it and
 * {@code X-Correlation-ID}. Like the PDS sandbox, it accepts requests without Authorization but rejects a
 * malformed one.
 */
public final class PdsApi implements Api {
    private static final String BASE = "/personal-demographics/FHIR/R4";
    private static final Pattern UUID_PATTERN = Pattern.compile(
            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");
    private static final Pattern BEARER = Pattern.compile("^Bearer [A-Za-z0-9\\-._~+/]+=*$");

    private final Clock clock;

    public PdsApi(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean owns(String path) {
        return path.equals(BASE) || path.startsWith(BASE + "/");
    }

    @Override
    public String route(SandboxRequest request) {
        String rest = request.path().substring(BASE.length());
        if (!"GET".equals(request.method())) {
            return SandboxRoutes.PDS_OTHER;
        }
        if (rest.equals("/Patient")) {
            return SandboxRoutes.PDS_SEARCH;
        }
        return rest.matches("/Patient/[^/]+") ? SandboxRoutes.PDS_READ : SandboxRoutes.PDS_OTHER;
    }

    @Override
    public SandboxResponse handle(SandboxRequest request) {
        SandboxResponse response;
        try {
            response = serve(request);
        } catch (PdsError e) {
            response = e.response();
        }
        return mirror(request, response);
    }

    @Override
    public SandboxResponse failure(int status, SandboxRequest request) {
        return mirror(request, PdsError.failure(status));
    }

    private SandboxResponse serve(SandboxRequest request) {
        String requestId = request.header("X-Request-ID");
        if (requestId == null || requestId.isBlank()) {
            throw PdsError.missingValue(
                    "Invalid request with error - X-Request-ID header must be supplied to access this resource");
        }
        if (!UUID_PATTERN.matcher(requestId).matches()) {
            throw PdsError.invalidValue("Invalid value - '" + requestId + "' in header 'X-Request-ID'");
        }
        String auth = request.header("Authorization");
        if (auth != null && !BEARER.matcher(auth).matches()) {
            throw new PdsError(401, "error", "forbidden", "ACCESS_DENIED", "Access Denied - Unauthorised",
                    "Invalid Access Token");
        }
        String route = route(request);
        if (SandboxRoutes.PDS_READ.equals(route)) {
            return read(request.path().substring((BASE + "/Patient/").length()));
        }
        if (SandboxRoutes.PDS_SEARCH.equals(route)) {
            return search(request);
        }
        throw new PdsError(400, "error", "not-supported", "UNSUPPORTED_SERVICE", "Unsupported Service",
                "The sandbox serves GET /Patient/{id} and GET /Patient only");
    }

    private SandboxResponse read(String id) {
        if (!NhsNumbers.isValid(id)) {
            throw PdsError.invalidId();
        }
        String current = Catalogue.supersededBy(id).orElse(id);
        Demographics d = Catalogue.patient(current).orElseThrow(PdsError::notFound);
        return SandboxResponse.fhir(200, FhirContexts.r4Json(PdsPatients.patient(d)))
                .header("ETag", "W/\"" + d.versionId() + "\"");
    }

    private SandboxResponse search(SandboxRequest request) {
        PdsSearch.Result result = PdsSearch.search(request);
        if (result.matches().size() > result.maxResults()) {
            return SandboxResponse.fhir(200, FhirContexts.r4Json(PdsError.outcome("information", "multiple-matches",
                    "TOO_MANY_MATCHES", "Too Many Matches", null)));
        }
        Bundle bundle = new Bundle();
        bundle.setId(UUID.randomUUID().toString());
        bundle.setType(Bundle.BundleType.SEARCHSET);
        bundle.setTimestamp(Date.from(clock.instant()));
        bundle.setTotal(result.matches().size());
        String base = request.baseUrl() + BASE;
        for (PdsSearch.Match m : result.matches()) {
            bundle.addEntry().setFullUrl(base + "/Patient/" + m.patient().nhsNumber())
                    .setResource(PdsPatients.patient(m.patient()))
                    .getSearch().setScore(m.score());
        }
        return SandboxResponse.fhir(200, FhirContexts.r4Json(bundle));
    }

    private static SandboxResponse mirror(SandboxRequest request, SandboxResponse response) {
        if (request.header("X-Request-ID") != null) {
            response.header("X-Request-ID", request.header("X-Request-ID"));
        }
        if (request.header("X-Correlation-ID") != null) {
            response.header("X-Correlation-ID", request.header("X-Correlation-ID"));
        }
        return response;
    }
}
