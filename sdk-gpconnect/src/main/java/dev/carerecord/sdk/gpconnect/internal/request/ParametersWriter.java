package dev.carerecord.sdk.gpconnect.internal.request;

import dev.carerecord.sdk.core.ids.NhsNumber;
import dev.carerecord.sdk.gpconnect.ClinicalArea;
import dev.carerecord.sdk.gpconnect.DateRange;
import dev.carerecord.sdk.gpconnect.StructuredRecordRequest;
import jakarta.json.spi.JsonProvider;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Writes the {@code Parameters} body of {@code $gpc.getstructuredrecord} for a request: the NHS number, one
 * parameter per requested area (value-less where it has no parts, which the operation allows) and its parts.
 */
public final class ParametersWriter {
    /** Looked up once: {@code Json.createX} would repeat the service-loader search on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();
    private static final String NHS_NUMBER_SYSTEM = "https://fhir.nhs.uk/Id/nhs-number";

    private ParametersWriter() {
    }

    /** The JSON body, UTF-8. */
    public static byte[] write(NhsNumber nhsNumber, StructuredRecordRequest request) {
        JsonArrayBuilder parameters = JSON.createArrayBuilder();
        parameters.add(JSON.createObjectBuilder().add("name", "patientNHSNumber")
                .add("valueIdentifier", JSON.createObjectBuilder().add("system", NHS_NUMBER_SYSTEM)
                        .add("value", nhsNumber.value())));
        request.includeResolvedAllergies().ifPresent(resolved -> parameters.add(parameter("includeAllergies",
                JSON.createArrayBuilder().add(part("includeResolvedAllergies").add("valueBoolean", resolved)))));
        if (request.areas().contains(ClinicalArea.MEDICATIONS)) {
            JsonArrayBuilder parts = JSON.createArrayBuilder();
            request.medicationSearchFromDate().ifPresent(d -> parts.add(part("medicationSearchFromDate")
                    .add("valueDate", d.toString())));
            request.includePrescriptionIssues().ifPresent(b -> parts.add(part("includePrescriptionIssues")
                    .add("valueBoolean", b)));
            parameters.add(parameter("includeMedication", parts));
        }
        if (request.areas().contains(ClinicalArea.CONSULTATIONS)) {
            JsonArrayBuilder parts = JSON.createArrayBuilder();
            request.consultationSearchPeriod().ifPresent(p -> parts.add(period("consultationSearchPeriod", p)));
            request.consultationsMostRecent().ifPresent(n -> parts.add(part("includeNumberOfMostRecent")
                    .add("valuePositiveInt", n)));
            parameters.add(parameter("includeConsultations", parts));
        }
        if (request.areas().contains(ClinicalArea.PROBLEMS)) {
            JsonArrayBuilder parts = JSON.createArrayBuilder();
            request.problemStatus().ifPresent(s -> parts.add(part("filterStatus").add("valueCode", s.code())));
            parameters.add(parameter("includeProblems", parts));
        }
        if (request.areas().contains(ClinicalArea.IMMUNISATIONS)) {
            JsonArrayBuilder parts = JSON.createArrayBuilder();
            request.includeNotGiven().ifPresent(b -> parts.add(part("includeNotGiven").add("valueBoolean", b)));
            request.includeImmunisationStatus().ifPresent(b -> parts.add(part("includeStatus").add("valueBoolean", b)));
            parameters.add(parameter("includeImmunisations", parts));
        }
        periodArea(parameters, request, ClinicalArea.UNCATEGORISED,
                "includeUncategorisedData", "uncategorisedDataSearchPeriod", request.uncategorisedSearchPeriod());
        periodArea(parameters, request, ClinicalArea.INVESTIGATIONS,
                "includeInvestigations", "investigationSearchPeriod", request.investigationSearchPeriod());
        periodArea(parameters, request, ClinicalArea.REFERRALS,
                "includeReferrals", "referralSearchPeriod", request.referralSearchPeriod());
        if (request.areas().contains(ClinicalArea.DIARY_ENTRIES)) {
            JsonArrayBuilder parts = JSON.createArrayBuilder();
            request.diaryEntriesSearchDate().ifPresent(d -> parts.add(part("diaryEntriesSearchDate")
                    .add("valueDate", d.toString())));
            parameters.add(parameter("includeDiaryEntries", parts));
        }
        String json = JSON.createObjectBuilder().add("resourceType", "Parameters").add("parameter", parameters)
                .build().toString();
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private static void periodArea(JsonArrayBuilder parameters, StructuredRecordRequest request,
            ClinicalArea area, String name, String partName, Optional<DateRange> range) {
        if (request.areas().contains(area)) {
            JsonArrayBuilder parts = JSON.createArrayBuilder();
            range.ifPresent(p -> parts.add(period(partName, p)));
            parameters.add(parameter(name, parts));
        }
    }

    private static JsonObjectBuilder parameter(String name, JsonArrayBuilder parts) {
        JsonObjectBuilder parameter = JSON.createObjectBuilder().add("name", name);
        jakarta.json.JsonArray built = parts.build();
        if (!built.isEmpty()) {
            parameter.add("part", built);
        }
        return parameter;
    }

    private static JsonObjectBuilder part(String name) {
        return JSON.createObjectBuilder().add("name", name);
    }

    private static JsonObjectBuilder period(String name, DateRange range) {
        JsonObjectBuilder period = JSON.createObjectBuilder();
        range.start().map(LocalDate::toString).ifPresent(s -> period.add("start", s));
        range.end().map(LocalDate::toString).ifPresent(e -> period.add("end", e));
        return part(name).add("valuePeriod", period);
    }
}
