package dev.carerecord.sdk.fhir.shcr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.carerecord.sdk.core.exception.PatientNotFoundException;
import dev.carerecord.sdk.core.ids.NhsNumber;
import dev.carerecord.sdk.core.paging.PagedIterable;
import dev.carerecord.sdk.fhir.auth.AccessTokenProvider;
import dev.carerecord.sdk.fhir.internal.fhir.R4Fhir;
import dev.carerecord.sdk.fhir.testing.Requesters;
import dev.carerecord.sdk.model.CareRecord;
import dev.carerecord.sdk.model.SectionKind;
import dev.carerecord.sdk.model.SectionStatus;
import dev.carerecord.sdk.testing.Reply;
import dev.carerecord.sdk.testing.ScriptedHttpServer;
import java.util.Iterator;
import java.util.List;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Answers a spec-compliant server may give but the sandbox does not (a next link to another origin, two
 * Patients with one NHS number, a server that ignores the identifier parameter, no CapabilityStatement), served
 * over real HTTP as FHIR shapes them.
 */
class ShcrEdgeCasesTest {
    private static final NhsNumber NHS = NhsNumber.parse("9990000018");
    private static final String BASE = "/fhir/R4";

    private ScriptedHttpServer server;
    private ScriptedHttpServer foreign;
    private SharedCareRecordClient shcr;

    @BeforeEach
    void start() {
        server = ScriptedHttpServer.start();
        foreign = ScriptedHttpServer.start();
        foreign.on("/fhir/R4", Reply.json(200, json(searchset(List.of(), null))));
        shcr = SharedCareRecordClient.builder().baseUrl(server.baseUrl() + BASE)
                .accessTokenProvider(AccessTokenProvider.fixed("secret-token")).build();
    }

    @AfterEach
    void stop() {
        shcr.close();
        server.close();
        foreign.close();
    }

    private static String json(Resource resource) {
        return R4Fhir.context().newJsonParser().encodeResourceToString(resource);
    }

    private static Bundle searchset(List<? extends Resource> resources, String next) {
        Bundle b = new Bundle().setType(Bundle.BundleType.SEARCHSET).setTotal(resources.size());
        resources.forEach(r -> b.addEntry().setResource(r).getSearch().setMode(Bundle.SearchEntryMode.MATCH));
        if (next != null) {
            b.addLink().setRelation("next").setUrl(next);
        }
        return b;
    }

    private static Patient patient(String id, String nhs) {
        Patient p = new Patient();
        p.setId(id);
        if (nhs != null) {
            p.addIdentifier().setSystem("https://fhir.nhs.uk/Id/nhs-number").setValue(nhs);
        }
        return p;
    }

    private static AllergyIntolerance allergy(String id) {
        AllergyIntolerance a = new AllergyIntolerance();
        a.setId(id);
        a.getCode().setText("allergy " + id);
        return a;
    }

    private static String capabilities() {
        CapabilityStatement cs = new CapabilityStatement();
        cs.setFhirVersion(Enumerations.FHIRVersion._4_0_1);
        var rest = cs.addRest().setMode(CapabilityStatement.RestfulCapabilityMode.SERVER);
        for (String type : List.of("Patient", "AllergyIntolerance")) {
            var r = rest.addResource().setType(type);
            r.addInteraction().setCode(CapabilityStatement.TypeRestfulInteraction.SEARCHTYPE);
            r.addSearchParam().setName(type.equals("Patient") ? "identifier" : "patient");
        }
        return json(cs);
    }

    @Test
    void nextLinkToAnotherOrigin_isRefused_andNothingIsSentThere() {
        String evil = foreign.baseUrl() + "/fhir/R4?_getpages=abc&token=x";
        server.on(BASE + "/AllergyIntolerance", Reply.json(200, json(searchset(List.of(allergy("a1")), evil))));

        PagedIterable<Resource> results = shcr.search(Requesters.westshire(),
                FhirSearch.of("AllergyIntolerance").param("patient", "p1"));
        Iterator<Resource> iterator = results.iterator();

        assertThat(iterator.next().getIdElement().getIdPart()).isEqualTo("a1");
        ForeignLinkException e = catchThrowableOfType(ForeignLinkException.class, iterator::hasNext);
        assertThat(e.getMessage()).contains(":" + foreign.port())
                .doesNotContain("_getpages").doesNotContain("token=x");
        assertThat(foreign.requests()).isEmpty();
        assertThat(server.requests(BASE + "/AllergyIntolerance").get(0).header("Authorization"))
                .contains("Bearer secret-token");
    }

    @Test
    void nextLinkWithUserInfoTrick_isRefused() {
        String tricky = server.baseUrl() + "@" + foreign.baseUrl().substring("http://".length())
                + "/fhir/R4?page=2";
        server.on(BASE + "/AllergyIntolerance", Reply.json(200, json(searchset(List.of(allergy("a1")), tricky))));

        List<String> seen = new java.util.ArrayList<>();
        ForeignLinkException e = catchThrowableOfType(ForeignLinkException.class, () -> shcr.search(
                Requesters.westshire(), FhirSearch.of("AllergyIntolerance")).forEach(r -> seen.add(r.getId())));

        assertThat(e).isNotNull();
        assertThat(seen).hasSize(1);
        assertThat(foreign.requests()).isEmpty();
    }

    @Test
    void relativeNextLink_isFollowedOnTheSameOrigin() {
        server.on(BASE + "/AllergyIntolerance", Reply.json(200, json(searchset(List.of(allergy("a1")),
                BASE + "/AllergyIntolerance/_page2"))));
        server.on(BASE + "/AllergyIntolerance/_page2", Reply.json(200, json(searchset(List.of(allergy("a2")), null))));

        assertThat(shcr.search(Requesters.westshire(), FhirSearch.of("AllergyIntolerance")).stream()
                .map(r -> r.getIdElement().getIdPart()).toList()).containsExactly("a1", "a2");
    }

    @Test
    void foreignNextLinkInARecordRead_makesThatSectionSourceError() {
        server.on(BASE + "/metadata", Reply.json(200, capabilities()));
        server.on(BASE + "/Patient", Reply.json(200, json(searchset(List.of(patient("p1", NHS.value())), null))));
        server.on(BASE + "/AllergyIntolerance", Reply.json(200, json(searchset(List.of(allergy("a1")),
                foreign.baseUrl() + "/fhir/R4?page=2"))));

        CareRecord record = shcr.getRecord(Requesters.westshire(), NHS,
                ShcrRecordRequest.builder().sections(SectionKind.ALLERGIES, SectionKind.IMMUNISATIONS).build());

        assertThat(record.allergies().entries()).hasSize(1);
        assertThat(record.allergies().warnings()).anySatisfy(w -> assertThat(w.text().orElse(""))
                .contains("ForeignLink"));
        assertThat(record.immunisations().status()).isEqualTo(SectionStatus.UNSUPPORTED_BY_SOURCE);
        assertThat(foreign.requests()).isEmpty();
    }

    @Test
    void twoPatientsWithTheNhsNumber_isAmbiguous_andNoSectionIsRead() {
        server.on(BASE + "/metadata", Reply.json(200, capabilities()));
        server.on(BASE + "/Patient", Reply.json(200, json(searchset(List.of(patient("p1", NHS.value()),
                patient("p2", NHS.value())), null))));

        AmbiguousPatientException e = catchThrowableOfType(AmbiguousPatientException.class,
                () -> shcr.getRecord(Requesters.westshire(), NHS));

        assertThat(e.matches()).isEqualTo(2);
        assertThat(server.requests(BASE + "/AllergyIntolerance")).isEmpty();
    }

    @Test
    void aServerThatIgnoresTheIdentifier_neverYieldsAnotherPatient() {
        server.on(BASE + "/metadata", Reply.json(200, capabilities()));
        server.on(BASE + "/Patient", Reply.json(200, json(searchset(List.of(patient("p9", "9990000026")), null))));

        assertThat(catchThrowableOfType(PatientNotFoundException.class,
                () -> shcr.findPatient(Requesters.westshire(), NHS))).isNotNull();
        assertThat(server.requests(BASE + "/Patient").get(0).rawQuery())
                .isEqualTo("identifier=https%3A%2F%2Ffhir.nhs.uk%2FId%2Fnhs-number%7C" + NHS.value());
    }

    @Test
    void noCapabilityStatement_everySectionIsTried() {
        server.on(BASE + "/metadata", Reply.status(404));
        server.on(BASE + "/Patient", Reply.json(200, json(searchset(List.of(patient("p1", NHS.value())), null))));
        server.on(BASE + "/AllergyIntolerance", Reply.json(200, json(searchset(List.of(allergy("a1")), null))));
        server.on(BASE + "/Immunization", Reply.json(200, json(searchset(List.of(), null))));

        CareRecord record = shcr.getRecord(Requesters.westshire(), NHS, ShcrRecordRequest.builder()
                .sections(SectionKind.ALLERGIES, SectionKind.IMMUNISATIONS).build());

        assertThat(record.allergies().entries()).hasSize(1);
        assertThat(record.immunisations().status()).isEqualTo(SectionStatus.NONE_RETURNED);
        assertThat(server.requests(BASE + "/AllergyIntolerance").get(0).rawQuery()).isEqualTo("patient=p1");
    }

    @Test
    void summaryNotOffered_isRefusedBeforeSending() {
        server.on(BASE + "/metadata", Reply.json(200, capabilities()));

        assertThat(catchThrowableOfType(NotSupportedBySourceException.class,
                () -> shcr.getSummary(Requesters.westshire(), NHS))).hasMessageContaining("$summary");
        assertThat(server.requests()).hasSize(1);
    }
}
