package dev.carerecord.sdk.sandbox;

import static dev.carerecord.sdk.sandbox.SandboxOrganisations.PRACTICE_A;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.hl7.fhir.dstu3.model.Binary;
import org.hl7.fhir.dstu3.model.Bundle;
import org.hl7.fhir.dstu3.model.CapabilityStatement;
import org.hl7.fhir.dstu3.model.DocumentReference;
import org.hl7.fhir.dstu3.model.Organization;
import org.hl7.fhir.dstu3.model.Patient;
import org.hl7.fhir.dstu3.model.Practitioner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Foundations reads and searches, metadata, and Access Document search and retrieve. */
@ExtendWith(SandboxExtension.class)
class FoundationsAndDocumentsTest {
    private static final String FND = "urn:nhs:names:services:gpconnect:fhir:rest:";
    private static final String DOC = "urn:nhs:names:services:gpconnect:documents:fhir:rest:";
    private static final String NHS = "https://fhir.nhs.uk/Id/nhs-number%7C";

    private static HttpResponse<String> foundations(Sandbox sandbox, String path, String interaction, String scope) {
        return Gpc.get(sandbox, PRACTICE_A, sandbox.urls().gpConnect(PRACTICE_A.ods()), path, FND + interaction, scope).send();
    }

    private static HttpResponse<String> documents(Sandbox sandbox, String path, String interaction) {
        return Gpc.get(sandbox, PRACTICE_A, sandbox.urls().gpConnectDocuments(PRACTICE_A.ods()), path, DOC + interaction,
                "patient/*.read").send();
    }

    private static Bundle ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Fhir.stu3Bundle(response.body());
    }

    @Test
    void findPatient_byEncodedNhsNumber_andReadByLogicalId(Sandbox sandbox) {
        Bundle found = ok(foundations(sandbox, "/Patient?identifier=" + NHS + SandboxPatients.RICH.nhsNumber(),
                "search:patient-1", "patient/*.read"));
        assertThat(found.getType()).isEqualTo(Bundle.BundleType.SEARCHSET);
        Patient patient = (Patient) found.getEntryFirstRep().getResource();
        assertThat(patient.getIdentifierFirstRep().getValue()).isEqualTo(SandboxPatients.RICH.nhsNumber());
        assertThat(patient.getIdElement().getIdPart()).isNotEqualTo(SandboxPatients.RICH.nhsNumber());
        HttpResponse<String> read = foundations(sandbox, "/Patient/" + patient.getIdElement().getIdPart(),
                "read:patient-1", "patient/*.read");
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.headers().firstValue("ETag")).hasValue("W/\"3\"");
        assertThat(Fhir.strictStu3().parseResource(Patient.class, read.body()).getNameFirstRep().getFamily()).isEqualTo("Fernsby");
    }

    @Test
    void findPatient_deceasedRestrictedOrElsewhere_isEmpty(Sandbox sandbox) {
        for (TestPatient p : java.util.List.of(SandboxPatients.DECEASED, SandboxPatients.RESTRICTED,
                SandboxPatients.MINIMAL, SandboxPatients.UNKNOWN)) {
            Bundle found = ok(foundations(sandbox, "/Patient?identifier=" + NHS + p.nhsNumber(), "search:patient-1", "patient/*.read"));
            assertThat(found.getTotal()).isZero();
        }
    }

    @Test
    void findPatient_badInput(Sandbox sandbox) {
        HttpResponse<String> badSystem = foundations(sandbox, "/Patient?identifier=https://example.org/id%7C1",
                "search:patient-1", "patient/*.read");
        assertThat(badSystem.statusCode()).isEqualTo(400);
        assertThat(Fhir.spineCode(badSystem.body())).isEqualTo("INVALID_IDENTIFIER_SYSTEM");
        HttpResponse<String> badNumber = foundations(sandbox, "/Patient?identifier=" + NHS + "1234567890",
                "search:patient-1", "patient/*.read");
        assertThat(Fhir.spineCode(badNumber.body())).isEqualTo("INVALID_NHS_NUMBER");
        HttpResponse<String> wrongScope = foundations(sandbox, "/Patient?identifier=" + NHS + SandboxPatients.RICH.nhsNumber(),
                "search:patient-1", "organization/*.read");
        assertThat(Fhir.spineCode(wrongScope.body())).isEqualTo("BAD_REQUEST");
    }

    @Test
    void organisationAndPractitioner_searchAndRead(Sandbox sandbox) {
        Bundle orgs = ok(foundations(sandbox, "/Organization?identifier=https://fhir.nhs.uk/Id/ods-organization-code%7C"
                + PRACTICE_A.ods(), "search:organization-1", "organization/*.read"));
        Organization org = (Organization) orgs.getEntryFirstRep().getResource();
        assertThat(org.getName()).isEqualTo(PRACTICE_A.name());
        assertThat(foundations(sandbox, "/Organization/" + org.getIdElement().getIdPart(), "read:organization-1",
                "organization/*.read").statusCode()).isEqualTo(200);
        HttpResponse<String> missing = foundations(sandbox, "/Organization/nope", "read:organization-1", "organization/*.read");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(Fhir.spineCode(missing.body())).isEqualTo("ORGANISATION_NOT_FOUND");

        Bundle pracs = ok(foundations(sandbox, "/Practitioner?identifier=https://fhir.nhs.uk/Id/sds-user-id%7C900000000001",
                "search:practitioner-1", "organization/*.read"));
        Practitioner gp = (Practitioner) pracs.getEntryFirstRep().getResource();
        assertThat(gp.getNameFirstRep().getFamily()).isEqualTo("Marsh");
        assertThat(foundations(sandbox, "/Practitioner/" + gp.getIdElement().getIdPart(), "read:practitioner-1",
                "organization/*.read").statusCode()).isEqualTo(200);
        assertThat(ok(foundations(sandbox, "/Practitioner?identifier=https://fhir.nhs.uk/Id/sds-user-id%7C0",
                "search:practitioner-1", "organization/*.read")).getTotal()).isZero();
    }

    @Test
    void metadata_perServiceRoot(Sandbox sandbox) {
        HttpResponse<String> foundations = foundations(sandbox, "/metadata", "read:metadata-1", "organization/*.read");
        assertThat(Fhir.strictStu3().parseResource(CapabilityStatement.class, foundations.body()).getFhirVersion()).isEqualTo("3.0.1");
        HttpResponse<String> structured = Gpc.get(sandbox, PRACTICE_A, sandbox.urls().gpConnectStructured(PRACTICE_A.ods()),
                "/metadata", "urn:nhs:names:services:gpconnect:structured:fhir:rest:read:metadata-1", "organization/*.read").send();
        CapabilityStatement cs = Fhir.strictStu3().parseResource(CapabilityStatement.class, structured.body());
        assertThat(cs.getRestFirstRep().getOperationFirstRep().getName()).isEqualTo("gpc.getstructuredrecord");
    }

    @Test
    void documents_searchWithMandatoryIncludes_thenRetrieveBinary(Sandbox sandbox) {
        Bundle found = ok(documents(sandbox, "/Patient?identifier=" + NHS + SandboxPatients.RICH.nhsNumber(), "search:patient-1"));
        String patientId = found.getEntryFirstRep().getResource().getIdElement().getIdPart();
        String includes = "_include=DocumentReference:subject:Patient&_include=DocumentReference:custodian:Organization"
                + "&_include=DocumentReference:author:Organization&_include=DocumentReference:author:Practitioner"
                + "&_revinclude:recurse=PractitionerRole:practitioner";
        HttpResponse<String> missing = documents(sandbox, "/Patient/" + patientId + "/DocumentReference", "search:documentreference-1");
        assertThat(missing.statusCode()).isEqualTo(422);
        assertThat(Fhir.spineCode(missing.body())).isEqualTo("INVALID_PARAMETER");
        Bundle docs = ok(documents(sandbox, "/Patient/" + patientId + "/DocumentReference?" + includes, "search:documentreference-1"));
        java.util.List<DocumentReference> references = Fhir.all(docs, DocumentReference.class);
        assertThat(references).hasSize(2);
        Bundle recent = ok(documents(sandbox, "/Patient/" + patientId + "/DocumentReference?" + includes + "&created=ge"
                + java.time.LocalDate.now().minusDays(100), "search:documentreference-1"));
        assertThat(Fhir.all(recent, DocumentReference.class)).hasSize(1);
        String url = references.get(0).getContentFirstRep().getAttachment().getUrl();
        assertThat(url).startsWith(sandbox.urls().gpConnectDocuments(PRACTICE_A.ods()) + "/Binary/");
        HttpResponse<String> binary = documents(sandbox, url.substring(sandbox.urls().gpConnectDocuments(PRACTICE_A.ods()).length()),
                "read:binary-1");
        assertThat(binary.statusCode()).isEqualTo(200);
        Binary content = Fhir.strictStu3().parseResource(Binary.class, binary.body());
        assertThat(content.getContent().length).isEqualTo(references.get(0).getContentFirstRep().getAttachment().getSize());
    }
}
