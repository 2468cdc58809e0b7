package dev.carerecord.sdk.fhir.pds;

import dev.carerecord.sdk.core.ids.NhsNumber;
import dev.carerecord.sdk.core.ids.OdsCode;
import dev.carerecord.sdk.model.GpPractice;
import dev.carerecord.sdk.model.PatientDemographics;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of a PDS read ("trace") of one NHS number: the patient as PDS holds them, and what a caller needs to
 * act safely on it.
 *
 * <ul>
 *   <li>{@link #isRestricted()}: PDS removed address, telecom, GP and contacts (confidentiality R or V); the
 *       absence of a GP says nothing, and GP Connect must not be routed from this trace.</li>
 *   <li>{@link #isSuperseded()}: PDS answered with another record (the NHS number was merged into
 *       {@link #currentNhsNumber()}); use the current number from now on.</li>
 *   <li>{@link #currentGpOdsCode()}: the registered practice (by registration period), when PDS gave one.</li>
 *   <li>{@link #versionId()} / {@link #etag()}: PDS's record version ({@code meta.versionId}, {@code ETag}).</li>
 *   <li>{@link #tracedAt()}: when the answer arrived (the client's clock), for rules such as GP Connect's
 *       "traced within 24 hours" ({@link #isTracedWithin(Duration, Instant)}).</li>
 * </ul>
 *
 * @param requestedNhsNumber the NHS number read
 * @param patient the mapped patient (demographics, GP registrations, death notification)
 * @param tracedAt when the response arrived
 * @param etag the {@code ETag} header, when sent (e.g. {@code W/"2"})
 * @param requestId the {@code X-Request-ID} sent (for support calls)
 */
public record PdsTrace(NhsNumber requestedNhsNumber, PdsPatient patient, Instant tracedAt, Optional<String> etag,
        String requestId) {

    public PdsTrace {
        Objects.requireNonNull(requestedNhsNumber, "requestedNhsNumber");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(tracedAt, "tracedAt");
        etag = etag == null ? Optional.empty() : etag;
        Objects.requireNonNull(requestId, "requestId");
    }

    /** The patient's demographics (confidentiality, names, birth date, addresses where not restricted...). */
    public PatientDemographics demographics() {
        return patient.demographics();
    }

    /** True when PDS marked the record restricted (R) or very restricted (V). */
    public boolean isRestricted() {
        return patient.restricted();
    }

    /** True when PDS answered with a record under another NHS number. */
    public boolean isSuperseded() {
        return patient.superseded();
    }

    /** The NHS number to use from now on: the new one when superseded, else the one read. */
    public NhsNumber currentNhsNumber() {
        return patient.newNhsNumber().orElse(requestedNhsNumber);
    }

    /** The current GP practice's ODS code; empty when PDS gave none current (always empty when restricted). */
    public Optional<OdsCode> currentGpOdsCode() {
        return patient.currentGpOdsCode().filter(OdsCodes::usable).map(OdsCode::of);
    }

    /** The current GP practice (ODS code and registration period). */
    public Optional<GpPractice> currentGpPractice() {
        return patient.currentGpPractice();
    }

    /** PDS's record version ({@code meta.versionId}). */
    public Optional<String> versionId() {
        return patient.demographics().sourceVersionId();
    }

    /** True when PDS says the patient has died. */
    public boolean isDeceased() {
        return patient.demographics().deceased();
    }

    /** True when this trace is no older than {@code maxAge} at {@code now}. */
    public boolean isTracedWithin(Duration maxAge, Instant now) {
        Objects.requireNonNull(maxAge, "maxAge");
        Objects.requireNonNull(now, "now");
        return !tracedAt.plus(maxAge).isBefore(now);
    }

    /** Flags and times only: no patient data. */
    @Override
    public String toString() {
        return "PdsTrace[requested=" + requestedNhsNumber + ", restricted=" + isRestricted() + ", superseded="
                + isSuperseded() + ", tracedAt=" + tracedAt + "]";
    }

    /** Whether a PDS ODS value can be an {@link OdsCode}. */
    private static final class OdsCodes {
        static boolean usable(String value) {
            try {
                OdsCode.of(value);
                return true;
            } catch (dev.carerecord.sdk.core.exception.InvalidInputException e) {
                return false;
            }
        }
    }
}
