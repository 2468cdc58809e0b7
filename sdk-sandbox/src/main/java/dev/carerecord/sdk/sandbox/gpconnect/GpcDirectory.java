package dev.carerecord.sdk.sandbox.gpconnect;

import dev.carerecord.sdk.sandbox.data.Catalogue;
import dev.carerecord.sdk.sandbox.data.Demographics;
import dev.carerecord.sdk.sandbox.data.DocumentMeta;
import dev.carerecord.sdk.sandbox.data.NhsNumbers;
import dev.carerecord.sdk.sandbox.data.PatientRecord;
import dev.carerecord.sdk.sandbox.data.Practice;
import dev.carerecord.sdk.sandbox.data.Records;
import dev.carerecord.sdk.sandbox.data.Staff;
import dev.carerecord.sdk.sandbox.fhir.FhirContexts;
import dev.carerecord.sdk.sandbox.http.SandboxRequest;
import dev.carerecord.sdk.sandbox.http.SandboxResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hl7.fhir.dstu3.model.Binary;
import org.hl7.fhir.dstu3.model.Bundle;
import org.hl7.fhir.dstu3.model.Resource;

/** Foundations reads and searches, metadata, and Access Document search and retrieve. */
final class GpcDirectory {
    private static final List<String> DOCUMENT_INCLUDES = List.of("DocumentReference:subject:Patient",
            "DocumentReference:custodian:Organization", "DocumentReference:author:Organization",
            "DocumentReference:author:Practitioner");

    private final Practice practice;
    private final String root;
    private final Clock clock;

    GpcDirectory(Practice practice, String root, Clock clock) {
        this.practice = practice;
        this.root = root;
        this.clock = clock;
    }

    SandboxResponse metadata(GpcOperation.Root serviceRoot) {
        return ok(FoundationsStu3.capability(serviceRoot, practice, Date.from(clock.instant())));
    }

    SandboxResponse findPatient(SandboxRequest request) {
        allowOnly(request, Set.of("identifier"));
        String nhsNumber = identifier(request, Gpc.NHS_NUMBER);
        if (!NhsNumbers.isValid(nhsNumber)) {
            throw GpcError.invalidNhsNumber("The NHS number fails the format or check digit test");
        }
        List<Resource> found = new ArrayList<>();
        GpcPatients.served(nhsNumber, practice).ifPresent(d -> found.add(patient(d)));
        return ok(searchset(found, List.of()));
    }

    SandboxResponse readPatient(String logicalId) {
        Demographics d = GpcPatients.servedByLogicalId(logicalId, practice).orElseThrow(GpcError::patientNotFound);
        return ok(patient(d)).header("ETag", "W/\"" + d.versionId() + "\"");
    }

    SandboxResponse findOrganization(SandboxRequest request) {
        allowOnly(request, Set.of("identifier"));
        String ods = identifier(request, Gpc.ODS);
        return ok(searchset(ods.equals(practice.ods()) ? List.of(FoundationsStu3.organization(practice)) : List.of(),
                List.of()));
    }

    SandboxResponse readOrganization(String logicalId) {
        if (!Stu3Context.organizationId(practice.ods()).equals(logicalId)) {
            throw GpcError.notFound("ORGANISATION_NOT_FOUND", "Organisation not found", "No organisation with that id");
        }
        return ok(FoundationsStu3.organization(practice)).header("ETag", "W/\"1\"");
    }

    SandboxResponse findPractitioner(SandboxRequest request) {
        allowOnly(request, Set.of("identifier"));
        String userId = identifier(request, Gpc.SDS_USER);
        List<Resource> found = new ArrayList<>();
        practice.staff().stream().filter(s -> s.sdsUserId().equals(userId))
                .forEach(s -> found.add(FoundationsStu3.practitioner(practice, s)));
        return ok(searchset(found, List.of()));
    }

    SandboxResponse readPractitioner(String logicalId) {
        Staff staff = practice.staff().stream()
                .filter(s -> Stu3Context.practitionerId(practice.ods(), s.id()).equals(logicalId)).findFirst()
                .orElseThrow(() -> GpcError.notFound("PRACTITIONER_NOT_FOUND", "Practitioner not found",
                        "No practitioner with that id"));
        return ok(FoundationsStu3.practitioner(practice, staff)).header("ETag", "W/\"1\"");
    }

    SandboxResponse readLocation(String logicalId) {
        if (!FoundationsStu3.locationId(practice).equals(logicalId)) {
            throw GpcError.notFound("NO_RECORD_FOUND", "No record found", "No location with that id");
        }
        return ok(FoundationsStu3.location(practice)).header("ETag", "W/\"1\"");
    }

    /** {@code GET Patient/{id}/DocumentReference} with the mandatory includes, filtered by created and author. */
    SandboxResponse findDocuments(SandboxRequest request, String patientId, int scale) {
        List<String> includes = request.params("_include");
        if (!includes.containsAll(DOCUMENT_INCLUDES)
                || !request.params("_revinclude:recurse").contains("PractitionerRole:practitioner")) {
            throw GpcError.invalidParameter("The _include and _revinclude:recurse parameters are mandatory");
        }
        allowOnly(request, Set.of("_include", "_revinclude:recurse", "created", "author", "description"));
        Demographics d = GpcPatients.servedByLogicalId(patientId, practice).orElseThrow(GpcError::patientNotFound);
        PatientRecord record = Records.record(d.nhsNumber(), today(), scale).orElseThrow(GpcError::patientNotFound);
        if (record.dissent()) {
            throw GpcError.noConsent();
        }
        Stu3Context ctx = new Stu3Context(record, practice, LocalDateTime.now(clock.withZone(Stu3.UK)), id -> false);
        List<Resource> matches = new ArrayList<>();
        for (DocumentMeta doc : record.documents()) {
            if (!doc.confidential() && matchesCreated(request.params("created"), doc)
                    && matchesAuthor(request.param("author"), doc) && matchesDescription(request.param("description"), doc)) {
                matches.add(ClinicalStu3.document(ctx, doc, root));
            }
        }
        List<Resource> included = matches.isEmpty() ? List.of()
                : List.of(patient(d), FoundationsStu3.organization(practice));
        return ok(searchset(matches, included));
    }

    SandboxResponse readBinary(String binaryId, int scale) {
        for (Demographics d : Catalogue.patients()) {
            if (GpcPatients.served(d.nhsNumber(), practice).isEmpty()) {
                continue;
            }
            PatientRecord record = Records.record(d.nhsNumber(), today(), scale).orElseThrow();
            for (DocumentMeta doc : record.documents()) {
                if (ClinicalStu3.binaryId(doc).equals(binaryId) && !doc.confidential() && !record.dissent()) {
                    Binary binary = new Binary();
                    binary.setId(binaryId);
                    binary.getMeta().setVersionId("1");
                    binary.setContentType(doc.contentType());
                    binary.setContent(doc.content().getBytes(StandardCharsets.UTF_8));
                    return ok(binary);
                }
            }
        }
        throw GpcError.notFound("NO_RECORD_FOUND", "No record found", "No document with that id");
    }

    private Resource patient(Demographics d) {
        String usualGp = Records.record(d.nhsNumber(), today(), 1).map(PatientRecord::usualGpId).orElse(null);
        return FoundationsStu3.patient(d, practice, usualGp);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Stu3.UK));
    }

    private static boolean matchesCreated(List<String> created, DocumentMeta doc) {
        LocalDate day = doc.created().toLocalDate();
        for (String value : created) {
            if (value.length() < 3) {
                throw GpcError.invalidParameter("created must be ge or le followed by a date");
            }
            LocalDate bound;
            try {
                bound = LocalDate.parse(value.substring(2));
            } catch (java.time.format.DateTimeParseException e) {
                throw GpcError.invalidParameter("created must be ge or le followed by a date");
            }
            boolean ok = switch (value.substring(0, 2)) {
                case "ge" -> !day.isBefore(bound);
                case "le" -> !day.isAfter(bound);
                default -> throw GpcError.invalidParameter("created supports only the ge and le prefixes");
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean matchesAuthor(String author, DocumentMeta doc) {
        if (author == null) {
            return true;
        }
        if (!author.startsWith(Gpc.ODS + "|")) {
            throw GpcError.invalidParameter("author must be " + Gpc.ODS + "|<ODS code>");
        }
        return author.substring(Gpc.ODS.length() + 1).equals(doc.authorOds());
    }

    private static boolean matchesDescription(String text, DocumentMeta doc) {
        if (text == null) {
            return true;
        }
        String needle = text.toLowerCase(java.util.Locale.ROOT);
        return doc.description().toLowerCase(java.util.Locale.ROOT).contains(needle)
                || doc.type().display().toLowerCase(java.util.Locale.ROOT).contains(needle);
    }

    private static void allowOnly(SandboxRequest request, Set<String> allowed) {
        for (String name : request.query().keySet()) {
            if (!allowed.contains(name)) {
                throw GpcError.badRequest("Unsupported search parameter: " + name);
            }
        }
    }

    /** The value of an {@code identifier=system|value} search, requiring the given system. */
    private static String identifier(SandboxRequest request, String system) {
        List<String> values = request.params("identifier");
        if (values.size() != 1) {
            throw GpcError.badRequest("Exactly one identifier parameter is required");
        }
        String value = values.get(0);
        int bar = value.indexOf('|');
        if (bar < 0 || !value.substring(0, bar).equals(system)) {
            throw GpcError.invalidIdentifierSystem("The identifier system must be " + system);
        }
        String id = value.substring(bar + 1);
        if (id.isBlank()) {
            throw new GpcError(400, "value", "INVALID_IDENTIFIER_VALUE", "Invalid identifier value",
                    "The identifier value is empty");
        }
        return id;
    }

    private Bundle searchset(List<? extends Resource> matches, List<? extends Resource> included) {
        Bundle bundle = new Bundle();
        bundle.setId(UUID.randomUUID().toString());
        bundle.getMeta().setLastUpdated(Date.from(clock.instant()));
        bundle.setType(Bundle.BundleType.SEARCHSET);
        bundle.setTotal(matches.size());
        for (Resource r : matches) {
            bundle.addEntry().setFullUrl(root + "/" + r.fhirType() + "/" + r.getIdElement().getIdPart())
                    .setResource(r).getSearch().setMode(Bundle.SearchEntryMode.MATCH);
        }
        for (Resource r : included) {
            bundle.addEntry().setFullUrl(root + "/" + r.fhirType() + "/" + r.getIdElement().getIdPart())
                    .setResource(r).getSearch().setMode(Bundle.SearchEntryMode.INCLUDE);
        }
        return bundle;
    }

    private static SandboxResponse ok(Resource resource) {
        return SandboxResponse.fhir(200, FhirContexts.stu3Json(resource));
    }
}
