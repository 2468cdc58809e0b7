package dev.carerecord.sdk.gpconnect.internal.request;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carerecord.sdk.core.ids.NhsNumber;
import dev.carerecord.sdk.gpconnect.DateRange;
import dev.carerecord.sdk.gpconnect.ProblemStatusFilter;
import dev.carerecord.sdk.gpconnect.StructuredRecordRequest;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ParametersWriterTest {
    private static final NhsNumber NHS = NhsNumber.parse("9000000009");

    private static JsonArray parameters(StructuredRecordRequest request) {
        JsonObject body = Json.createReader(new ByteArrayInputStream(ParametersWriter.write(NHS, request))).readObject();
        assertThat(body.getString("resourceType")).isEqualTo("Parameters");
        return body.getJsonArray("parameter");
    }

    private static JsonObject named(JsonArray parameters, String name) {
        return parameters.stream().map(JsonObject.class::cast).filter(p -> p.getString("name").equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no parameter " + name));
    }

    @Test
    void nhsNumber_isSentAsAnIdentifier() {
        JsonObject nhs = named(parameters(StructuredRecordRequest.builder().allergies(true).build()), "patientNHSNumber");
        assertThat(nhs.getJsonObject("valueIdentifier").getString("system")).isEqualTo("https://fhir.nhs.uk/Id/nhs-number");
        assertThat(nhs.getJsonObject("valueIdentifier").getString("value")).isEqualTo("9000000009");
    }

    @Test
    void areasWithoutParts_areValueless_andPartsCarryTheirTypes() {
        JsonArray parameters = parameters(StructuredRecordRequest.builder().allergies(false)
                .medicationFrom(LocalDate.of(2025, 1, 2), false).investigations()
                .referralsWithin(DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))).build());
        assertThat(parameters).hasSize(5);
        assertThat(named(parameters, "includeInvestigations")).doesNotContainKey("part");
        JsonArray allergyParts = named(parameters, "includeAllergies").getJsonArray("part");
        assertThat(allergyParts.getJsonObject(0).getString("name")).isEqualTo("includeResolvedAllergies");
        assertThat(allergyParts.getJsonObject(0).getBoolean("valueBoolean")).isFalse();
        JsonArray meds = named(parameters, "includeMedication").getJsonArray("part");
        assertThat(meds.getJsonObject(0).getString("valueDate")).isEqualTo("2025-01-02");
        assertThat(meds.getJsonObject(1).getBoolean("valueBoolean")).isFalse();
        JsonArray problems = parameters(StructuredRecordRequest.builder().problems(ProblemStatusFilter.ACTIVE).build());
        assertThat(named(problems, "includeProblems").getJsonArray("part").getJsonObject(0).getString("valueCode"))
                .isEqualTo("active");
        JsonObject period = named(parameters, "includeReferrals").getJsonArray("part").getJsonObject(0)
                .getJsonObject("valuePeriod");
        assertThat(period.getString("start")).isEqualTo("2024-01-01");
        assertThat(period.getString("end")).isEqualTo("2024-12-31");
    }

    @Test
    void predefinedSearch1_hasTheShapeOfTheSpecExample() {
        JsonArray parameters = parameters(StructuredRecordRequest.predefinedSearch1(LocalDate.of(2026, 11, 23)));
        assertThat(named(parameters, "includeConsultations").getJsonArray("part").getJsonObject(0)
                .getInt("valuePositiveInt")).isEqualTo(3);
        assertThat(named(parameters, "includeProblems")).doesNotContainKey("part");
        assertThat(named(parameters, "includeMedication").getJsonArray("part").getJsonObject(0).getString("valueDate"))
                .isEqualTo("2025-11-23");
    }
}
