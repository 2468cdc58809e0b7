package dev.carerecord.sdk.sandbox.shcr;

import dev.carerecord.sdk.sandbox.SandboxRoutes;
import dev.carerecord.sdk.sandbox.fhir.FhirContexts;
import dev.carerecord.sdk.sandbox.http.Api;
import dev.carerecord.sdk.sandbox.http.MiniJson;
import dev.carerecord.sdk.sandbox.http.QueryString;
import dev.carerecord.sdk.sandbox.http.SandboxRequest;
import dev.carerecord.sdk.sandbox.http.SandboxResponse;
import dev.carerecord.sdk.sandbox.http.SandboxSettings;
import dev.carerecord.sdk.sandbox.oauth.OAuthApi;
import dev.carerecord.sdk.sandbox.oauth.TokenService;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.Binary;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;

/**
 * The Westshire Shared Care Record, a FHIR R4 server at {@code /shcr/FHIR/R4}: {@code metadata} (open), reads,
 * searches ({@code GET [type]?...} or {@code POST [type]/_search}), paging through {@code _getpages} links and
 * the IPS {@code Patient/$summary} (type and instance level). Every request other than the CapabilityStatement
 * needs {@code Authorization: Bearer} with a token from the sandbox's token endpoint (401 with
 * {@code WWW-Authenticate: Bearer} otherwise). {@code X-Request-ID} and {@code X-Correlation-ID} are echoed.
 * JSON only (406 for an Accept or {@code _format} that excludes it).
 */
public final class ShcrApi implements Api {
    /** The base path of the shared care record. */
    public static final String BASE = "/shcr/FHIR/R4";
    private static final Pattern TYPE = Pattern.compile("[A-Z][A-Za-z]+");
    private static final Pattern SUMMARY = Pattern.compile("^/Patient(?:/([^/]+))?/\\$summary$");
    private static final Pattern READ = Pattern.compile("^/([A-Z][A-Za-z]+)/([A-Za-z0-9\\-.]{1,64})$");
    private static final Pattern SEARCH = Pattern.compile("^/([A-Z][A-Za-z]+)(/_search)?$");
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
    private static final String REALM = "Bearer realm=\"" + ShcrDirectory.SHCR_NAME + "\"";

    private final SandboxSettings settings;
    private final TokenService tokens;
    private final PageStore pages;

    public ShcrApi(SandboxSettings settings, TokenService tokens) {
        this.settings = settings;
        this.tokens = tokens;
        this.pages = new PageStore(settings.jwtClock());
    }

    /** Builds today's record and renders the rich patient's summary once, so first requests are fast. */
    public void warmUp() {
        ShcrWorld world = world();
        world.patientByNhsNumber(dev.carerecord.sdk.sandbox.data.Catalogue.RICH).ifPresent(p ->
                FhirContexts.r4Json(IpsSummary.document(world, p, settings.clock().instant(), "http://127.0.0.1")));
    }

    @Override
    public boolean owns(String path) {
        return path.equals(BASE) || path.startsWith(BASE + "/");
    }

    @Override
    public String route(SandboxRequest request) {
        String rest = request.path().substring(BASE.length());
        String method = request.method();
        if (rest.equals("/metadata") || rest.equals("/.well-known/smart-configuration")) {
            return "GET".equals(method) ? SandboxRoutes.SHCR_METADATA : SandboxRoutes.SHCR_OTHER;
        }
        if ("GET".equals(method) && (rest.isEmpty() || rest.equals("/")) && request.param("_getpages") != null) {
            return SandboxRoutes.SHCR_PAGE;
        }
        if ("GET".equals(method) && SUMMARY.matcher(rest).matches()) {
            return SandboxRoutes.SHCR_SUMMARY;
        }
        Matcher search = SEARCH.matcher(rest);
        if (search.matches() && (search.group(2) == null ? "GET".equals(method) : "POST".equals(method))) {
            return SandboxRoutes.SHCR_SEARCH;
        }
        if ("GET".equals(method) && READ.matcher(rest).matches()) {
            return SandboxRoutes.SHCR_READ;
        }
        return SandboxRoutes.SHCR_OTHER;
    }

    @Override
    public SandboxResponse handle(SandboxRequest request) {
        SandboxResponse response;
        try {
            response = serve(request);
        } catch (ShcrError e) {
            response = ShcrOutcomes.error(e);
            if (e.status == 401) {
                response.header("WWW-Authenticate", e.getMessage().startsWith("Missing")
                        ? REALM : REALM + ", error=\"invalid_token\", error_description=\"" + e.getMessage() + "\"");
            }
            if (e.status == 405) {
                response.header("Allow", "GET");
            }
        }
        return mirror(request, response);
    }

    @Override
    public SandboxResponse failure(int status, SandboxRequest request) {
        return mirror(request, ShcrOutcomes.failure(status));
    }

    private SandboxResponse serve(SandboxRequest request) {
        String route = route(request);
        String base = request.baseUrl() + BASE;
        if (SandboxRoutes.SHCR_METADATA.equals(route)) {
            return request.path().endsWith("/metadata") ? metadata(request, base) : smartConfiguration(request);
        }
        authorise(request);
        String rest = request.path().substring(BASE.length());
        Matcher read = READ.matcher(rest);
        boolean isRead = read.matches() && SandboxRoutes.SHCR_READ.equals(route);
        if (isRead && read.group(1).equals("Binary")) {
            return binary(request, read.group(2));
        }
        checkJson(request);
        return switch (route) {
            case SandboxRoutes.SHCR_READ -> isRead ? read(read.group(1), read.group(2)) : other(request, rest);
            case SandboxRoutes.SHCR_SEARCH -> search(request, base, rest);
            case SandboxRoutes.SHCR_PAGE -> page(request, base);
            case SandboxRoutes.SHCR_SUMMARY -> summary(request, base, rest);
            default -> other(request, rest);
        };
    }

    private ShcrWorld world() {
        return ShcrStore.world(LocalDate.now(settings.clock().withZone(R4.UK)), settings.scale());
    }

    private void authorise(SandboxRequest request) {
        String authorization = request.header("Authorization");
        if (authorization == null || authorization.isBlank()) {
            throw new ShcrError(401, "login", "Missing Authorization header: send Authorization: Bearer <token> "
                    + "with a token from " + request.baseUrl() + OAuthApi.PATH);
        }
        if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new ShcrError(401, "login", "Missing Bearer token: the Authorization scheme must be Bearer");
        }
        if (tokens.validate(authorization.substring(7).trim()).isEmpty()) {
            throw new ShcrError(401, "login", "The access token is invalid or has expired");
        }
    }

    /** 406 unless the client accepts JSON (Accept header and {@code _format}). */
    private static void checkJson(SandboxRequest request) {
        String accept = request.header("Accept");
        if (accept != null && !accept.isBlank()) {
            boolean json = false;
            for (String range : accept.toLowerCase(Locale.ROOT).split(",")) {
                String type = range.split(";")[0].trim();
                json |= type.contains("json") || type.equals("*/*") || type.equals("application/*");
            }
            if (!json) {
                throw new ShcrError(406, "not-supported", "This server only produces application/fhir+json");
            }
        }
        String format = request.param("_format");
        if (format != null && !format.toLowerCase(Locale.ROOT).contains("json")) {
            throw new ShcrError(406, "not-supported", "This server only produces application/fhir+json");
        }
    }

    private SandboxResponse metadata(SandboxRequest request, String base) {
        checkJson(request);
        Date published = Date.from(world().feedTime());
        return SandboxResponse.fhir(200, FhirContexts.r4Json(
                ShcrCapability.statement(base, request.baseUrl() + OAuthApi.PATH, published)));
    }

    private static SandboxResponse smartConfiguration(SandboxRequest request) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("token_endpoint", request.baseUrl() + OAuthApi.PATH);
        config.put("grant_types_supported", List.of("client_credentials"));
        config.put("token_endpoint_auth_methods_supported",
                List.of("private_key_jwt", "client_secret_basic", "client_secret_post"));
        config.put("token_endpoint_auth_signing_alg_values_supported", List.of("RS512"));
        config.put("capabilities", List.of("client-confidential-asymmetric", "client-confidential-symmetric"));
        return SandboxResponse.json(200, MiniJson.write(config));
    }

    private SandboxResponse read(String type, String id) {
        if (ResourceTypes.type(type).isEmpty()) {
            throw new ShcrError(404, "not-found", "Unknown resource type '" + type + "'");
        }
        Resource r = world().get(type, id);
        if (r == null) {
            throw ShcrError.notFound(type, id);
        }
        return withVersion(SandboxResponse.fhir(200, FhirContexts.r4Json(r.copy())), r);
    }

    /** A Binary: the FHIR resource when JSON is asked for, else the raw content with its own media type. */
    private SandboxResponse binary(SandboxRequest request, String id) {
        Resource r = world().get("Binary", id);
        if (r == null) {
            checkJson(request);
            throw ShcrError.notFound("Binary", id);
        }
        String accept = request.header("Accept");
        String format = request.param("_format");
        boolean json = (accept != null && accept.toLowerCase(Locale.ROOT).contains("json"))
                || (format != null && format.contains("json"));
        Binary b = (Binary) r;
        SandboxResponse response = json ? SandboxResponse.fhir(200, FhirContexts.r4Json(b.copy()))
                : new SandboxResponse(200, b.getContentType(), b.getData());
        return withVersion(response, r);
    }

    private static SandboxResponse withVersion(SandboxResponse response, Resource r) {
        return response.header("ETag", "W/\"" + r.getMeta().getVersionId() + "\"")
                .header("Last-Modified", HTTP_DATE.format(r.getMeta().getLastUpdated().toInstant()));
    }

    private SandboxResponse search(SandboxRequest request, String base, String rest) {
        Matcher m = SEARCH.matcher(rest);
        if (!m.matches()) {
            throw new IllegalStateException("not a search path");
        }
        ResourceType type = ResourceTypes.type(m.group(1)).orElseThrow(() -> new ShcrError(404, "not-found",
                "Unknown resource type '" + m.group(1) + "'"));
        if (!type.searchable) {
            throw ShcrError.notSupported("Search is not supported for " + type.name);
        }
        Map<String, List<String>> params = new LinkedHashMap<>();
        request.query().forEach((k, v) -> params.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
        if (m.group(2) != null) {
            String contentType = request.header("Content-Type");
            if (contentType == null || !contentType.startsWith("application/x-www-form-urlencoded")) {
                throw ShcrError.invalid("POST _search needs Content-Type application/x-www-form-urlencoded");
            }
            QueryString.parse(request.bodyText())
                    .forEach((k, v) -> params.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
        }
        String prefer = request.header("Prefer");
        boolean strict = prefer != null && prefer.replace(" ", "").toLowerCase(Locale.ROOT).contains("handling=strict");
        SearchQuery query = SearchQuery.parse(type, params, strict);
        ShcrWorld world = world();
        List<Resource> matches = SearchEngine.run(world, query);
        Instant now = settings.jwtClock().instant();
        if (query.countOnly) {
            return bundle(SearchBundles.countOnly(base, query, matches.size(), now));
        }
        PageStore.Snapshot snapshot = pages.store(world, query, matches);
        return bundle(SearchBundles.page(base, snapshot, 0, query.count, now));
    }

    private SandboxResponse page(SandboxRequest request, String base) {
        String id = request.param("_getpages");
        PageStore.Snapshot snapshot = pages.get(id).orElseThrow(() -> new ShcrError(410, "not-found",
                "Search ID \"" + id + "\" does not exist and may have expired"));
        int offset = intParam(request, "_getpagesoffset", 0);
        int count = Math.min(intParam(request, "_count", snapshot.count()), SearchQuery.MAX_COUNT);
        if (count == 0) {
            throw ShcrError.invalid("_count must be at least 1 when paging");
        }
        return bundle(SearchBundles.page(base, snapshot, offset, count, settings.jwtClock().instant()));
    }

    private static int intParam(SandboxRequest request, String name, int fallback) {
        String value = request.param(name);
        if (value == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value);
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw ShcrError.invalid("Invalid " + name + " value: " + value);
        }
    }

    private SandboxResponse summary(SandboxRequest request, String base, String rest) {
        Matcher m = SUMMARY.matcher(rest);
        if (!m.matches()) {
            throw new IllegalStateException("not a summary path");
        }
        ShcrWorld world = world();
        Patient patient;
        if (m.group(1) != null) {
            Resource r = world.get("Patient", m.group(1));
            if (r == null) {
                throw ShcrError.notFound("Patient", m.group(1));
            }
            patient = (Patient) r;
        } else {
            String identifier = request.param("identifier");
            if (identifier == null || identifier.isBlank()) {
                throw ShcrError.invalid("Patient/$summary at type level needs the identifier parameter, e.g. "
                        + "identifier=https://fhir.nhs.uk/Id/nhs-number|9990000018");
            }
            patient = world.all("Patient").stream().map(Patient.class::cast)
                    .filter(p -> Token.identifiers(p.getIdentifier()).stream().anyMatch(t -> t.matches(identifier)))
                    .findFirst().orElseThrow(() -> new ShcrError(404, "not-found",
                            "No patient with identifier " + identifier));
        }
        Bundle document = IpsSummary.document(world, patient, settings.clock().instant(), base);
        return SandboxResponse.fhir(200, FhirContexts.r4Json(document));
    }

    private static SandboxResponse other(SandboxRequest request, String rest) {
        if (!"GET".equals(request.method())) {
            throw new ShcrError(405, "not-supported", "This shared care record is read-only: "
                    + request.method() + " is not supported");
        }
        int dollar = rest.indexOf('$');
        if (dollar >= 0) {
            throw ShcrError.notSupported("Operation " + rest.substring(dollar) + " is not supported by this server; "
                    + "see the CapabilityStatement (Patient/$summary is)");
        }
        if (rest.isEmpty() || rest.equals("/")) {
            throw ShcrError.notSupported("Searching across all resource types is not supported");
        }
        String first = rest.substring(1).split("/")[0];
        if (TYPE.matcher(first).matches() && ResourceTypes.type(first).isEmpty()) {
            throw new ShcrError(404, "not-found", "Unknown resource type '" + first + "'");
        }
        throw ShcrError.notSupported("Unsupported request: GET " + rest);
    }

    private static SandboxResponse bundle(Bundle bundle) {
        return SandboxResponse.fhir(200, FhirContexts.r4Json(bundle));
    }

    private static SandboxResponse mirror(SandboxRequest request, SandboxResponse response) {
        for (String name : List.of("X-Request-ID", "X-Correlation-ID")) {
            String value = request.header(name);
            if (value != null) {
                response.header(name, value);
            }
        }
        return response;
    }
}
