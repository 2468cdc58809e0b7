package dev.carerecord.sdk.gpconnect;

import dev.carerecord.sdk.gpconnect.internal.client.CrossCheck;
import dev.carerecord.sdk.gpconnect.internal.fhir.Stu3Fhir;
import dev.carerecord.sdk.model.CareRecord;
import dev.carerecord.sdk.model.MappingIssue;
import dev.carerecord.sdk.model.PatientDemographics;
import dev.carerecord.sdk.model.SourceIssue;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.hl7.fhir.dstu3.model.Bundle;

/**
 * What {@code $gpc.getstructuredrecord} returned: the standard {@link CareRecord} (patient, GP practice, every
 * requested section with status and warnings), the warnings the practice put in the Bundle (e.g.
 * {@code NOT_IMPLEMENTED} for a switched-off area), anything the mapper could not place, and the raw STU3 Bundle
 * for integrators who need it (parsed on demand from the bytes received). Immutable and thread-safe.
 */
public final class StructuredRecordResult {
    private final CareRecord record;
    private final List<SourceIssue> warnings;
    private final List<MappingIssue> unplacedIssues;
    private final String practiceOdsCode;
    private final String traceId;
    private final byte[] rawBundle;

    /** Made by the client; public for integrators' tests. */
    public StructuredRecordResult(CareRecord record, List<SourceIssue> warnings, List<MappingIssue> unplacedIssues,
            String practiceOdsCode, String traceId, byte[] rawBundle) {
        this.record = Objects.requireNonNull(record, "record");
        this.warnings = List.copyOf(warnings);
        this.unplacedIssues = List.copyOf(unplacedIssues);
        this.practiceOdsCode = Objects.requireNonNull(practiceOdsCode, "practiceOdsCode");
        this.traceId = Objects.requireNonNull(traceId, "traceId");
        this.rawBundle = Objects.requireNonNull(rawBundle, "rawBundle");
    }

    /** The record in the standard model. */
    public CareRecord record() {
        return record;
    }

    /**
     * The warnings the practice sent inside the 200 response (OperationOutcome entries): areas switched off,
     * parameters an older provider did not recognise. They must be shown to users as "information missing".
     */
    public List<SourceIssue> warnings() {
        return warnings;
    }

    /** Mapping problems that belong to no section (e.g. an unrecognised List). Section ones are on the sections. */
    public List<MappingIssue> unplacedIssues() {
        return unplacedIssues;
    }

    /** The practice that answered. */
    public String practiceOdsCode() {
        return practiceOdsCode;
    }

    /** The {@code Ssp-TraceID} of the attempt that succeeded (the provider echoes it as {@code Bundle.id}). */
    public String traceId() {
        return traceId;
    }

    /** The STU3 Bundle as received, parsed afresh on each call (the mapped record is the cheap view). */
    public Bundle bundle() {
        return Stu3Fhir.parseBundle(new InputStreamReader(new ByteArrayInputStream(rawBundle), StandardCharsets.UTF_8));
    }

    /** The number of bytes of the Bundle as received (after gzip decoding). */
    public int bundleSize() {
        return rawBundle.length;
    }

    /**
     * Compares the patient the practice returned with the demographics the consumer holds (NHS number, family
     * name, first given name, gender, birth date, and GP practice ODS code when {@code expected} has a provenance
     * naming it, or {@code expectedPracticeOds} when given). Items the consumer does not hold are not compared.
     */
    public DemographicCrossCheck crossCheck(PatientDemographics expected, String expectedPracticeOds) {
        return CrossCheck.compare(expected, expectedPracticeOds, record);
    }

    @Override
    public String toString() {
        return "StructuredRecordResult[practice=" + practiceOdsCode + ", traceId=" + traceId + ", warnings="
                + warnings.size() + ", bytes=" + rawBundle.length + "]";
    }
}
