package dev.carerecord.sdk.sandbox.gpconnect;

import dev.carerecord.sdk.sandbox.data.Catalogue;
import dev.carerecord.sdk.sandbox.data.DateRange;
import dev.carerecord.sdk.sandbox.data.Demographics;
import dev.carerecord.sdk.sandbox.data.PatientRecord;
import dev.carerecord.sdk.sandbox.data.Practice;
import dev.carerecord.sdk.sandbox.data.Records;
import dev.carerecord.sdk.sandbox.fhir.FhirContexts;
import dev.carerecord.sdk.sandbox.http.SandboxResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code $gpc.getstructuredrecord}: validates the Parameters, applies access rules, selects and renders. The
 * rendered JSON is cached per patient, query, minute and scale (with a placeholder for Bundle.id, which is the
 * request's Ssp-TraceID), so load tests measure the client rather than the sandbox.
 */
public final class GpcStructured {
    private static final String ID_PLACEHOLDER = "sandbox-bundle-id-placeholder";
    private static final long CACHE_CHARS = 32L * 1024 * 1024;
    private static final Map<String, String> CACHE = new LinkedHashMap<>(16, 0.75f, true);
    private static long cachedChars;

    private GpcStructured() {
    }

    static SandboxResponse handle(String body, Practice practice, Clock clock, int scale, String traceId,
                                  String baseUrl) {
        LocalDate today = LocalDate.now(clock.withZone(Stu3.UK));
        StructuredQuery query = StructuredParameters.parse(body, today);
        Demographics patient = GpcPatients.served(query.nhsNumber(), practice).orElseThrow(GpcError::patientNotFound);
        PatientRecord record = Records.record(patient.nhsNumber(), today, scale).orElseThrow(GpcError::patientNotFound);
        if (record.dissent()) {
            throw GpcError.noConsent();
        }
        LocalDateTime now = LocalDateTime.now(clock.withZone(Stu3.UK)).truncatedTo(ChronoUnit.MINUTES);
        String json = render(record, practice, query, now, baseUrl, scale);
        return SandboxResponse.fhir(200, withId(json, traceId))
                .header("ETag", "W/\"" + patient.versionId() + "\"");
    }

    /**
     * The full structured record (every clinical area, resolved allergies, issues, status observations and
     * not-given immunisations) of a served patient as STU3 JSON, without HTTP.
     */
    public static String fullRecordJson(String nhsNumber, Clock clock, int scale, String baseUrl, String bundleId) {
        Demographics d = Catalogue.patient(nhsNumber)
                .orElseThrow(() -> new IllegalArgumentException("Not a sandbox patient with a GP record"));
        Practice practice = Catalogue.practice(d.practiceOds()).orElseThrow();
        LocalDate today = LocalDate.now(clock.withZone(Stu3.UK));
        PatientRecord record = Records.record(nhsNumber, today, scale).orElseThrow();
        StructuredQuery all = new StructuredQuery(nhsNumber, new StructuredQuery.Allergies(true),
                new StructuredQuery.Medication(null, true), new StructuredQuery.Consultations(DateRange.ALL, null),
                new StructuredQuery.Problems(null), new StructuredQuery.Immunisations(true, true), DateRange.ALL,
                DateRange.ALL, DateRange.ALL, new StructuredQuery.Diary(null), List.of());
        LocalDateTime now = LocalDateTime.now(clock.withZone(Stu3.UK)).truncatedTo(ChronoUnit.MINUTES);
        return withId(render(record, practice, all, now, baseUrl, scale), bundleId);
    }

    private static String withId(String json, String id) {
        int at = json.indexOf(ID_PLACEHOLDER);
        return json.substring(0, at) + id + json.substring(at + ID_PLACEHOLDER.length());
    }

    private static String render(PatientRecord record, Practice practice, StructuredQuery query, LocalDateTime now,
                                 String baseUrl, int scale) {
        String key = practice.ods() + "|" + query + "|" + now + "|" + scale + "|" + baseUrl;
        synchronized (CACHE) {
            String cached = CACHE.get(key);
            if (cached != null) {
                return cached;
            }
        }
        Selection selection = RecordSelector.select(record, practice, query);
        String documentsRoot = baseUrl + "/" + practice.ods() + "/STU3/1/gpconnect/documents";
        String json = FhirContexts.stu3Json(new StructuredBundle(selection, now, documentsRoot).build(ID_PLACEHOLDER));
        synchronized (CACHE) {
            if (CACHE.put(key, json) == null) {
                cachedChars += json.length();
            }
            Iterator<String> oldest = CACHE.values().iterator();
            while (cachedChars > CACHE_CHARS && oldest.hasNext()) {
                cachedChars -= oldest.next().length();
                oldest.remove();
            }
        }
        return json;
    }
}
