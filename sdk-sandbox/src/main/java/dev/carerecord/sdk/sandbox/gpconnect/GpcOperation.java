package dev.carerecord.sdk.sandbox.gpconnect;

import dev.carerecord.sdk.sandbox.SandboxRoutes;
import java.util.List;

/**
 * The GP Connect interactions the sandbox recognises: the service root they live under, their verb and path
 * shape, the Ssp-InteractionID they require, the JWT scope they need, and their route name. Operations marked
 * not served (appointments, registration, migration) are validated and then answered 501 NOT_IMPLEMENTED.
 */
enum GpcOperation {
    METADATA(Root.FOUNDATIONS, "GET", "metadata", "urn:nhs:names:services:gpconnect:fhir:rest:read:metadata-1",
            "organization/*.read", SandboxRoutes.GPC_METADATA, true),
    PATIENT_SEARCH(Root.FOUNDATIONS, "GET", "Patient", "urn:nhs:names:services:gpconnect:fhir:rest:search:patient-1",
            "patient/*.read", SandboxRoutes.GPC_PATIENT_SEARCH, true),
    PATIENT_READ(Root.FOUNDATIONS, "GET", "Patient/*", "urn:nhs:names:services:gpconnect:fhir:rest:read:patient-1",
            "patient/*.read", SandboxRoutes.GPC_PATIENT_READ, true),
    ORGANIZATION_SEARCH(Root.FOUNDATIONS, "GET", "Organization",
            "urn:nhs:names:services:gpconnect:fhir:rest:search:organization-1", "organization/*.read",
            SandboxRoutes.GPC_ORGANIZATION_SEARCH, true),
    ORGANIZATION_READ(Root.FOUNDATIONS, "GET", "Organization/*",
            "urn:nhs:names:services:gpconnect:fhir:rest:read:organization-1", "organization/*.read",
            SandboxRoutes.GPC_ORGANIZATION_READ, true),
    PRACTITIONER_SEARCH(Root.FOUNDATIONS, "GET", "Practitioner",
            "urn:nhs:names:services:gpconnect:fhir:rest:search:practitioner-1", "organization/*.read",
            SandboxRoutes.GPC_PRACTITIONER_SEARCH, true),
    PRACTITIONER_READ(Root.FOUNDATIONS, "GET", "Practitioner/*",
            "urn:nhs:names:services:gpconnect:fhir:rest:read:practitioner-1", "organization/*.read",
            SandboxRoutes.GPC_PRACTITIONER_READ, true),
    LOCATION_READ(Root.FOUNDATIONS, "GET", "Location/*", "urn:nhs:names:services:gpconnect:fhir:rest:read:location-1",
            "organization/*.read", SandboxRoutes.GPC_LOCATION_READ, true),
    REGISTER_PATIENT(Root.FOUNDATIONS, "POST", "Patient/$gpc.registerpatient",
            "urn:nhs:names:services:gpconnect:fhir:operation:gpc.registerpatient-1", "patient/*.write",
            SandboxRoutes.GPC_OTHER, false),
    SLOT_SEARCH(Root.FOUNDATIONS, "GET", "Slot", "urn:nhs:names:services:gpconnect:fhir:rest:search:slot-1",
            "organization/*.read", SandboxRoutes.GPC_OTHER, false),
    APPOINTMENT_READ(Root.FOUNDATIONS, "GET", "Appointment/*",
            "urn:nhs:names:services:gpconnect:fhir:rest:read:appointment-1", "patient/*.read",
            SandboxRoutes.GPC_OTHER, false),
    APPOINTMENT_BOOK(Root.FOUNDATIONS, "POST", "Appointment",
            "urn:nhs:names:services:gpconnect:fhir:rest:create:appointment-1", "patient/*.write",
            SandboxRoutes.GPC_OTHER, false),
    APPOINTMENT_AMEND(Root.FOUNDATIONS, "PUT", "Appointment/*",
            "urn:nhs:names:services:gpconnect:fhir:rest:update:appointment-1", "patient/*.write",
            SandboxRoutes.GPC_OTHER, false),
    APPOINTMENT_CANCEL(Root.FOUNDATIONS, "PUT", "Appointment/*",
            "urn:nhs:names:services:gpconnect:fhir:rest:cancel:appointment-1", "patient/*.write",
            SandboxRoutes.GPC_OTHER, false),
    PATIENT_APPOINTMENTS(Root.FOUNDATIONS, "GET", "Patient/*/Appointment",
            "urn:nhs:names:services:gpconnect:fhir:rest:search:patient_appointments-1", "patient/*.read",
            SandboxRoutes.GPC_OTHER, false),
    STRUCTURED(Root.STRUCTURED, "POST", "Patient/$gpc.getstructuredrecord",
            "urn:nhs:names:services:gpconnect:fhir:operation:gpc.getstructuredrecord-1", "patient/*.read",
            SandboxRoutes.GPC_STRUCTURED, true),
    STRUCTURED_METADATA(Root.STRUCTURED, "GET", "metadata",
            "urn:nhs:names:services:gpconnect:structured:fhir:rest:read:metadata-1", "organization/*.read",
            SandboxRoutes.GPC_STRUCTURED_METADATA, true),
    MIGRATE(Root.STRUCTURED, "POST", "Patient/$gpc.migratestructuredrecord",
            "urn:nhs:names:services:gpconnect:fhir:operation:gpc.migratestructuredrecord-1", "patient/*.read",
            SandboxRoutes.GPC_OTHER, false),
    DOCUMENTS_METADATA(Root.DOCUMENTS, "GET", "metadata",
            "urn:nhs:names:services:gpconnect:documents:fhir:rest:read:metadata-1", "organization/*.read",
            SandboxRoutes.GPC_DOCUMENTS_METADATA, true),
    DOCUMENTS_PATIENT_SEARCH(Root.DOCUMENTS, "GET", "Patient",
            "urn:nhs:names:services:gpconnect:documents:fhir:rest:search:patient-1", "patient/*.read",
            SandboxRoutes.GPC_DOCUMENTS_PATIENT_SEARCH, true),
    DOCUMENTS_SEARCH(Root.DOCUMENTS, "GET", "Patient/*/DocumentReference",
            "urn:nhs:names:services:gpconnect:documents:fhir:rest:search:documentreference-1", "patient/*.read",
            SandboxRoutes.GPC_DOCUMENTS_SEARCH, true),
    DOCUMENTS_BINARY(Root.DOCUMENTS, "GET", "Binary/*",
            "urn:nhs:names:services:gpconnect:documents:fhir:rest:read:binary-1", "patient/*.read",
            SandboxRoutes.GPC_DOCUMENTS_BINARY, true);

    /** A GP Connect service root: its routing segment after {@code /{ODS}/STU3/1/}. */
    enum Root {
        FOUNDATIONS("gpconnect"), STRUCTURED("gpconnect/structured"), DOCUMENTS("gpconnect/documents");

        final String segment;

        Root(String segment) {
            this.segment = segment;
        }
    }

    final Root root;
    final String method;
    final String pattern;
    final String interactionId;
    final String scope;
    final String route;
    final boolean served;

    GpcOperation(Root root, String method, String pattern, String interactionId, String scope, String route,
                 boolean served) {
        this.root = root;
        this.method = method;
        this.pattern = pattern;
        this.interactionId = interactionId;
        this.scope = scope;
        this.route = route;
        this.served = served;
    }

    /** Every operation matching this root, verb and relative path (amend and cancel share one shape). */
    static List<GpcOperation> matching(Root root, String method, String relativePath) {
        String[] segments = relativePath.isEmpty() ? new String[0] : relativePath.split("/", -1);
        return java.util.Arrays.stream(values())
                .filter(op -> op.root == root && op.method.equals(method) && op.matches(segments))
                .toList();
    }

    private boolean matches(String[] segments) {
        String[] parts = pattern.split("/");
        if (parts.length != segments.length) {
            return false;
        }
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].equals("*") ? segments[i].isEmpty() : !parts[i].equals(segments[i])) {
                return false;
            }
        }
        return true;
    }
}
