package dev.carerecord.sdk.sandbox.gpconnect;

import dev.carerecord.sdk.sandbox.GpConnectError;
import dev.carerecord.sdk.sandbox.SandboxRoutes;
import dev.carerecord.sdk.sandbox.data.Catalogue;
import dev.carerecord.sdk.sandbox.data.Practice;
import dev.carerecord.sdk.sandbox.http.Api;
import dev.carerecord.sdk.sandbox.http.SandboxRequest;
import dev.carerecord.sdk.sandbox.http.SandboxResponse;
import dev.carerecord.sdk.sandbox.http.SandboxSettings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The GP Connect provider of every sandbox practice, at {@code /{ODS}/STU3/1/gpconnect} (foundations),
 * {@code .../gpconnect/structured} and {@code .../gpconnect/documents}. Validates like the reference provider
 * (Ssp-* headers, interaction id against verb and path, Ssp-To against the practice ASID, Accept and
 * Content-Type, the JWT, whose {@code aud} must be the service root SDS gives) before serving.
 */
public final class GpConnectApi implements Api {
    private static final Pattern PATH = Pattern.compile("^/([A-Z0-9]+)/STU3/1/gpconnect(?:/(structured|documents))?(?:/(.*))?$");
    private static final Pattern GUID = Pattern.compile(
            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

    private final SandboxSettings settings;
    private final JwtValidator jwt;

    public GpConnectApi(SandboxSettings settings) {
        this.settings = settings;
        this.jwt = new JwtValidator(settings.jwtLeeway());
    }

    /** A parsed GP Connect path. */
    private record Target(String ods, GpcOperation.Root root, String relative) {
    }

    /** Interaction id -> routing segment of its service root, for every interaction the sandbox serves. */
    public static Map<String, String> servedInteractions() {
        Map<String, String> served = new LinkedHashMap<>();
        for (GpcOperation op : GpcOperation.values()) {
            if (op.served) {
                served.put(op.interactionId, op.root.segment);
            }
        }
        return served;
    }

    @Override
    public boolean owns(String path) {
        return PATH.matcher(path).matches();
    }

    @Override
    public String route(SandboxRequest request) {
        Target t = target(request.path());
        List<GpcOperation> ops = GpcOperation.matching(t.root(), request.method(), t.relative());
        return ops.size() == 1 ? ops.get(0).route : SandboxRoutes.GPC_OTHER;
    }

    @Override
    public SandboxResponse handle(SandboxRequest request) {
        SandboxResponse response;
        try {
            response = serve(request);
        } catch (GpcError e) {
            response = GpcOutcomes.error(e);
        }
        return response.header("Cache-Control", "no-store");
    }

    @Override
    public SandboxResponse failure(int status, SandboxRequest request) {
        return GpcOutcomes.failure(status).header("Cache-Control", "no-store");
    }

    @Override
    public SandboxResponse gpConnectError(GpConnectError error, SandboxRequest request) {
        return GpcOutcomes.error(GpcError.of(error)).header("Cache-Control", "no-store");
    }

    private SandboxResponse serve(SandboxRequest request) {
        Target t = target(request.path());
        Practice practice = Catalogue.practice(t.ods()).orElseThrow(() -> GpcError.notFound("ORGANISATION_NOT_FOUND",
                "Organisation not found", "No GP Connect provider at this ODS code in the sandbox"));
        String traceId = checkSspHeaders(request);
        List<GpcOperation> candidates = GpcOperation.matching(t.root(), request.method(), t.relative());
        if (candidates.isEmpty()) {
            throw GpcError.badRequest("Unsupported request: " + request.method() + " on this service root");
        }
        String interaction = request.header("Ssp-InteractionID");
        GpcOperation op = candidates.stream().filter(o -> o.interactionId.equals(interaction)).findFirst()
                .orElseThrow(() -> GpcError.badRequest("Ssp-InteractionID does not match the request verb and path"));
        if (!practice.asid().equals(request.header("Ssp-To"))) {
            throw GpcError.badRequest("Ssp-To does not match the ASID of this provider");
        }
        checkMediaTypes(request);
        // the service root as the sandbox's SDS returns it (SdsDirectory): the JWT aud must be exactly this
        String root = request.baseUrl() + "/" + practice.ods() + "/STU3/1/" + t.root().segment;
        jwt.validate(request.header("Authorization"), op.scope, root, settings.jwtClock().instant());
        if (!op.served) {
            throw GpcError.notImplemented("The sandbox does not implement " + op.interactionId);
        }
        GpcDirectory directory = new GpcDirectory(practice, root, settings.clock());
        String[] segments = t.relative().split("/");
        return switch (op) {
            case METADATA, STRUCTURED_METADATA, DOCUMENTS_METADATA -> directory.metadata(t.root());
            case PATIENT_SEARCH, DOCUMENTS_PATIENT_SEARCH -> directory.findPatient(request);
            case PATIENT_READ -> directory.readPatient(segments[1]);
            case ORGANIZATION_SEARCH -> directory.findOrganization(request);
            case ORGANIZATION_READ -> directory.readOrganization(segments[1]);
            case PRACTITIONER_SEARCH -> directory.findPractitioner(request);
            case PRACTITIONER_READ -> directory.readPractitioner(segments[1]);
            case LOCATION_READ -> directory.readLocation(segments[1]);
            case DOCUMENTS_SEARCH -> directory.findDocuments(request, segments[1], settings.scale());
            case DOCUMENTS_BINARY -> directory.readBinary(segments[1], settings.scale());
            case STRUCTURED -> GpcStructured.handle(request.bodyText(), practice, settings.clock(), settings.scale(),
                    traceId, request.baseUrl());
            default -> throw GpcError.notImplemented("The sandbox does not implement " + op.interactionId);
        };
    }

    private static String checkSspHeaders(SandboxRequest request) {
        for (String name : List.of("Ssp-TraceID", "Ssp-From", "Ssp-To", "Ssp-InteractionID")) {
            String value = request.header(name);
            if (value == null || value.isBlank()) {
                throw GpcError.badRequest("Missing header " + name);
            }
            if (request.headerCount(name) > 1) {
                throw GpcError.badRequest("Header " + name + " was sent more than once");
            }
        }
        String traceId = request.header("Ssp-TraceID");
        if (!GUID.matcher(traceId).matches()) {
            throw GpcError.badRequest("Ssp-TraceID must be a GUID");
        }
        if (!request.header("Ssp-From").matches("\\d+")) {
            throw GpcError.badRequest("Ssp-From must be the consumer's ASID (digits)");
        }
        return traceId;
    }

    private static void checkMediaTypes(SandboxRequest request) {
        String accept = request.header("Accept");
        if (accept == null || !accept.contains("application/fhir+json")) {
            throw GpcError.badRequest("Accept must be application/fhir+json");
        }
        if ("POST".equals(request.method()) || "PUT".equals(request.method())) {
            String type = request.header("Content-Type");
            if (type == null || !type.startsWith("application/fhir+json")) {
                throw GpcError.badRequest("Content-Type must be application/fhir+json");
            }
        }
    }

    private static Target target(String path) {
        Matcher m = PATH.matcher(path);
        if (!m.matches()) {
            throw new IllegalArgumentException("Not a GP Connect path");
        }
        GpcOperation.Root root = m.group(2) == null ? GpcOperation.Root.FOUNDATIONS
                : "structured".equals(m.group(2)) ? GpcOperation.Root.STRUCTURED : GpcOperation.Root.DOCUMENTS;
        return new Target(m.group(1), root, m.group(3) == null ? "" : m.group(3));
    }
}
