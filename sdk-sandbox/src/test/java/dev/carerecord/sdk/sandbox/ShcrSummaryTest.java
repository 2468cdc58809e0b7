package dev.carerecord.sdk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.util.FhirTerser;
import dev.carerecord.sdk.sandbox.fhir.FhirContexts;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.Device;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** IPS {@code Patient/$summary}: document shape, sections, empty reasons, narratives, limits and labels. */
@ExtendWith(SandboxExtension.class)
class ShcrSummaryTest {
    private static final String LIST_EMPTY_REASON = "http://terminology.hl7.org/CodeSystem/list-empty-reason";
    private static String token;

    @BeforeAll
    static void login(Sandbox sandbox) {
        token = Shcr.token(sandbox);
    }

    private static Bundle summary(Sandbox sandbox, String pathAndQuery) {
        HttpResponse<String> response = Shcr.get(sandbox, pathAndQuery, token, "Accept", "application/fhir+json");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Fhir.r4Bundle(response.body());
    }

    private static Bundle byNhsNumber(Sandbox sandbox, TestPatient patient) {
        return summary(sandbox, "/Patient/$summary?" + Shcr.nhsIdentifier(patient.nhsNumber()));
    }

    private static Map<String, Composition.SectionComponent> sections(Bundle document) {
        Composition c = (Composition) document.getEntryFirstRep().getResource();
        return c.getSection().stream().collect(Collectors.toMap(s -> s.getCode().getCodingFirstRep().getCode(),
                s -> s, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    @Test
    void bothForms_giveADocumentWithTheCompositionFirst(Sandbox sandbox) {
        String id = Shcr.patientId(sandbox, token, SandboxPatients.RICH.nhsNumber());
        Bundle typeLevel = byNhsNumber(sandbox, SandboxPatients.RICH);
        Bundle instanceLevel = summary(sandbox, "/Patient/" + id + "/$summary");
        for (Bundle document : List.of(typeLevel, instanceLevel)) {
            assertThat(document.getType()).isEqualTo(Bundle.BundleType.DOCUMENT);
            assertThat(document.hasIdentifier()).isTrue();
            assertThat(document.hasTimestamp()).isTrue();
            Composition c = (Composition) document.getEntryFirstRep().getResource();
            assertThat(c.getType().getCodingFirstRep().getCode()).isEqualTo("60591-5");
            assertThat(c.getStatus()).isEqualTo(Composition.CompositionStatus.FINAL);
            assertThat(c.getAttester()).isEmpty();
            assertThat(c.hasCustodian()).isFalse();
            assertThat(c.getEventFirstRep().getPeriod().hasEnd()).isTrue();
            Resource subject = resolve(document, c.getSubject());
            assertThat(((Patient) subject).getIdentifierFirstRep().getValue())
                    .isEqualTo(SandboxPatients.RICH.nhsNumber());
            Resource author = resolve(document, c.getAuthorFirstRep());
            assertThat(author).isInstanceOf(Device.class);
            assertThat(((Device) author).getDeviceNameFirstRep().getName()).isEqualTo("Westshire Shared Care Record");
            assertThat(document.getMeta().getSecurityFirstRep().getCode()).isEqualTo("N");
        }
        assertThat(typeLevel.getIdentifier().getValue()).isNotEqualTo(instanceLevel.getIdentifier().getValue());
    }

    @Test
    void richPatient_hasLoincSectionsWithNarratives_andEveryReferenceResolves(Sandbox sandbox) {
        Bundle document = byNhsNumber(sandbox, SandboxPatients.RICH);
        Map<String, Composition.SectionComponent> sections = sections(document);
        assertThat(sections.keySet()).startsWith("48765-2", "11450-4", "10160-0");
        assertThat(sections.keySet()).contains("11369-6", "30954-2", "47519-4", "42348-3", "104605-1", "18776-5",
                "29762-2", "8716-3", "81338-6");
        for (Composition.SectionComponent s : sections.values()) {
            assertThat(s.getCode().getCodingFirstRep().getSystem()).isEqualTo("http://loinc.org");
            assertThat(s.getText().getDivAsString()).startsWith("<div xmlns=\"http://www.w3.org/1999/xhtml\"");
            assertThat(s.getEntry()).as(s.getTitle()).isNotEmpty();
            assertThat(s.hasEmptyReason()).isFalse();
            s.getEntry().forEach(e -> resolve(document, e));
        }
        Set<String> fullUrls = new HashSet<>();
        for (Bundle.BundleEntryComponent e : document.getEntry()) {
            assertThat(e.getFullUrl()).startsWith("urn:uuid:");
            assertThat(fullUrls.add(e.getFullUrl())).as("duplicate " + e.getFullUrl()).isTrue();
        }
        FhirTerser terser = FhirContexts.r4().newTerser();
        for (Bundle.BundleEntryComponent e : document.getEntry()) {
            for (Reference ref : terser.getAllPopulatedChildElementsOfType(e.getResource(), Reference.class)) {
                if (ref.hasReference()) {
                    assertThat(fullUrls).as("reference in " + e.getResource().fhirType()).contains(ref.getReference());
                }
            }
        }
        assertThat(sections.get("81338-6").getText().getDivAsString()).contains("What matters to me");
        assertThat(sections.get("10160-0").getText().getDivAsString()).contains("Amlodipine");
    }

    @Test
    void limits_truncateResultsAndSayMoreIsHeldAtSource(Sandbox sandbox) {
        Bundle document = byNhsNumber(sandbox, SandboxPatients.RICH);
        Composition.SectionComponent results = sections(document).get("30954-2");
        assertThat(results.getText().getDivAsString()).contains("More data is held at source");
        String id = Shcr.patientId(sandbox, token, SandboxPatients.RICH.nhsNumber());
        int allReports = Shcr.bundle(Shcr.get(sandbox, "/DiagnosticReport?patient=" + id + "&_summary=count", token))
                .getTotal();
        assertThat(results.getEntry()).hasSizeLessThan(allReports);
        long crp = results.getEntry().stream().map(e -> resolve(document, e))
                .filter(r -> ((org.hl7.fhir.r4.model.DiagnosticReport) r).getCode().getCodingFirstRep().getCode()
                        .equals("55235003")).count();
        assertThat(crp).isEqualTo(5);
        Composition.SectionComponent vitals = sections(document).get("8716-3");
        assertThat(vitals.getText().getDivAsString()).contains("More data is held at source");
    }

    @Test
    void minimalPatient_requiredSectionsPresent_withEmptyReason(Sandbox sandbox) {
        Bundle document = byNhsNumber(sandbox, SandboxPatients.MINIMAL);
        Map<String, Composition.SectionComponent> sections = sections(document);
        assertThat(sections.keySet()).contains("48765-2", "11450-4", "10160-0");
        for (String empty : List.of("48765-2", "11450-4")) {
            Composition.SectionComponent s = sections.get(empty);
            assertThat(s.getEntry()).isEmpty();
            assertThat(s.getEmptyReason().getCodingFirstRep().getSystem()).isEqualTo(LIST_EMPTY_REASON);
            assertThat(s.getEmptyReason().getCodingFirstRep().getCode()).isEqualTo("unavailable");
            assertThat(s.getText().getDivAsString()).contains("No information");
        }
        assertThat(sections.get("10160-0").getEntry()).hasSize(1);
        assertThat(sections.get("10160-0").hasEmptyReason()).isFalse();
        assertThat(sections).doesNotContainKeys("30954-2", "42348-3", "104605-1");
    }

    @Test
    void restrictedPatient_isLabelledR(Sandbox sandbox) {
        Bundle document = byNhsNumber(sandbox, SandboxPatients.RESTRICTED);
        assertThat(document.getMeta().getSecurity()).anyMatch(c -> c.getCode().equals("R")
                && c.getSystem().equals("http://terminology.hl7.org/CodeSystem/v3-Confidentiality"));
        Composition c = (Composition) document.getEntryFirstRep().getResource();
        assertThat(c.getConfidentiality()).isEqualTo(Composition.DocumentConfidentiality.R);
        Patient patient = (Patient) resolve(document, c.getSubject());
        assertThat(patient.getMeta().getSecurityFirstRep().getCode()).isEqualTo("R");
        assertThat(patient.getAddress()).isEmpty();
        assertThat(patient.getTelecom()).isEmpty();
        Bundle search = Shcr.bundle(Shcr.get(sandbox, "/Patient?" + Shcr.nhsIdentifier(
                SandboxPatients.RESTRICTED.nhsNumber()), token));
        assertThat(search.getEntryFirstRep().getResource().getMeta().getSecurityFirstRep().getCode()).isEqualTo("R");
    }

    @Test
    void deceasedPatient_hasAdvanceDirectiveAndEndOfLifePlanItems(Sandbox sandbox) {
        Map<String, Composition.SectionComponent> sections = sections(byNhsNumber(sandbox, SandboxPatients.DECEASED));
        assertThat(sections).containsKey("42348-3");
        assertThat(sections.get("42348-3").getText().getDivAsString()).contains("Do Not Resuscitate");
    }

    @Test
    void errors(Sandbox sandbox) {
        assertThat(Shcr.get(sandbox, "/Patient/$summary", token).statusCode()).isEqualTo(400);
        assertThat(Shcr.get(sandbox, "/Patient/$summary?" + Shcr.nhsIdentifier(SandboxPatients.UNKNOWN.nhsNumber()),
                token).statusCode()).isEqualTo(404);
        assertThat(Shcr.get(sandbox, "/Patient/no-such-id/$summary", token).statusCode()).isEqualTo(404);
    }

    private static Resource resolve(Bundle document, Reference reference) {
        return document.getEntry().stream().filter(e -> e.getFullUrl().equals(reference.getReference()))
                .map(Bundle.BundleEntryComponent::getResource).findFirst()
                .orElseThrow(() -> new AssertionError("Unresolved " + reference.getReference()));
    }
}
