package dev.carerecord.sdk.core.audit;

import dev.carerecord.sdk.core.PurposeOfUse;
import dev.carerecord.sdk.core.ids.Asid;
import dev.carerecord.sdk.core.ids.NhsNumber;
import dev.carerecord.sdk.core.ids.OdsCode;
import dev.carerecord.sdk.core.ids.SdsRoleProfileId;
import dev.carerecord.sdk.core.ids.SdsUserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One audit record: a sequence number increasing across the process, when, which client, the phase (attempt
 * or outcome) and its outcome, who asked (SDS user, role, organisation, purpose, consumer ASID), for which
 * patient, from which source and operation, the endpoint key, the correlation id, the attempt number (the
 * number of attempts for an outcome), the HTTP status and error code where there were, and for a blocked call
 * the reason. It never holds clinical content or bodies. Immutable. {@link #toString()} redacts the NHS number.
 */
public final class AuditEvent {
    private final long sequence;
    private final Instant timestamp;
    private final String clientName;
    private final AuditPhase phase;
    private final AuditOutcome outcome;
    private final SdsUserId userId;
    private final SdsRoleProfileId roleProfileId;
    private final OdsCode organisation;
    private final PurposeOfUse purposeOfUse;
    private final Optional<Asid> consumerAsid;
    private final Optional<NhsNumber> patient;
    private final String source;
    private final String operation;
    private final String endpointKey;
    private final String correlationId;
    private final int attempt;
    private final OptionalInt httpStatus;
    private final Optional<String> errorCode;
    private final Optional<String> errorType;
    private final Optional<String> detail;
    private final Optional<Duration> duration;

    private AuditEvent(Builder b) {
        this.sequence = b.sequence;
        this.timestamp = Objects.requireNonNull(b.timestamp, "timestamp");
        this.clientName = Objects.requireNonNull(b.clientName, "clientName");
        this.phase = Objects.requireNonNull(b.phase, "phase");
        this.outcome = Objects.requireNonNull(b.outcome, "outcome");
        this.userId = Objects.requireNonNull(b.userId, "userId");
        this.roleProfileId = Objects.requireNonNull(b.roleProfileId, "roleProfileId");
        this.organisation = Objects.requireNonNull(b.organisation, "organisation");
        this.purposeOfUse = Objects.requireNonNull(b.purposeOfUse, "purposeOfUse");
        this.consumerAsid = Optional.ofNullable(b.consumerAsid);
        this.patient = Optional.ofNullable(b.patient);
        this.source = Objects.requireNonNull(b.source, "source");
        this.operation = Objects.requireNonNull(b.operation, "operation");
        this.endpointKey = Objects.requireNonNull(b.endpointKey, "endpointKey");
        this.correlationId = Objects.requireNonNull(b.correlationId, "correlationId");
        this.attempt = b.attempt;
        this.httpStatus = b.httpStatus == null ? OptionalInt.empty() : OptionalInt.of(b.httpStatus);
        this.errorCode = Optional.ofNullable(b.errorCode);
        this.errorType = Optional.ofNullable(b.errorType);
        this.detail = Optional.ofNullable(b.detail);
        this.duration = Optional.ofNullable(b.duration);
    }

    /** A builder (used by the pipeline; sinks only read events). */
    public static Builder builder() {
        return new Builder();
    }

    /** Increases by at least one for every event the process emits, in the order they were made. */
    public long sequence() {
        return sequence;
    }

    /** When the event was made, from the pipeline's clock. */
    public Instant timestamp() {
        return timestamp;
    }

    /** The pipeline's client name, e.g. {@code "gp-connect"}. */
    public String clientName() {
        return clientName;
    }

    /** Attempt or outcome. */
    public AuditPhase phase() {
        return phase;
    }

    /** How the attempt or the call ended. */
    public AuditOutcome outcome() {
        return outcome;
    }

    /** The requesting practitioner's SDS user id. */
    public SdsUserId userId() {
        return userId;
    }

    /** The requesting practitioner's SDS role profile id. */
    public SdsRoleProfileId roleProfileId() {
        return roleProfileId;
    }

    /** The requesting organisation. */
    public OdsCode organisation() {
        return organisation;
    }

    /** Why the data was asked for. */
    public PurposeOfUse purposeOfUse() {
        return purposeOfUse;
    }

    /** The consumer ASID the call was made as, when multi-tenant. */
    public Optional<Asid> consumerAsid() {
        return consumerAsid;
    }

    /** The patient, when the call concerned one. */
    public Optional<NhsNumber> patient() {
        return patient;
    }

    /** The source asked, e.g. {@code "GP Connect A20047"}. */
    public String source() {
        return source;
    }

    /** The operation, e.g. {@code "getStructuredRecord"}. */
    public String operation() {
        return operation;
    }

    /** The endpoint key (circuit breaker and bulkhead scope). */
    public String endpointKey() {
        return endpointKey;
    }

    /** The correlation id of the attempt, or of the call's last attempt (made up when nothing was sent). */
    public String correlationId() {
        return correlationId;
    }

    /** For an attempt, its number (1 for the first); for an outcome, how many attempts went on the wire. */
    public int attempt() {
        return attempt;
    }

    /** The HTTP status received, when one was. */
    public OptionalInt httpStatus() {
        return httpStatus;
    }

    /** The source's error code (e.g. {@code PATIENT_NOT_FOUND}), when it sent one. */
    public Optional<String> errorCode() {
        return errorCode;
    }

    /** The SDK exception's simple class name, for failures (e.g. {@code ConnectionFailedException}). */
    public Optional<String> errorType() {
        return errorType;
    }

    /** Why a call was blocked or is partial, as given by the client (no clinical content). */
    public Optional<String> detail() {
        return detail;
    }

    /** How long the attempt or the call took, when it went on the wire. */
    public Optional<Duration> duration() {
        return duration;
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("AuditEvent[seq=").append(sequence)
                .append(", phase=").append(phase).append(", outcome=").append(outcome)
                .append(", client=").append(clientName).append(", source=").append(source)
                .append(", operation=").append(operation).append(", user=").append(userId)
                .append(", org=").append(organisation).append(", purpose=").append(purposeOfUse)
                .append(", patient=").append(patient.map(NhsNumber::redacted).orElse("-"))
                .append(", correlationId=").append(correlationId).append(", attempt=").append(attempt);
        httpStatus.ifPresent(st -> s.append(", status=").append(st));
        errorCode.ifPresent(c -> s.append(", errorCode=").append(c));
        errorType.ifPresent(t -> s.append(", errorType=").append(t));
        return s.append(']').toString();
    }

    /** Collects an {@link AuditEvent}. Not thread-safe. */
    public static final class Builder {
        private long sequence;
        private Instant timestamp;
        private String clientName;
        private AuditPhase phase;
        private AuditOutcome outcome;
        private SdsUserId userId;
        private SdsRoleProfileId roleProfileId;
        private OdsCode organisation;
        private PurposeOfUse purposeOfUse;
        private Asid consumerAsid;
        private NhsNumber patient;
        private String source;
        private String operation;
        private String endpointKey;
        private String correlationId;
        private int attempt;
        private Integer httpStatus;
        private String errorCode;
        private String errorType;
        private String detail;
        private Duration duration;

        private Builder() {
        }

        /** The sequence number. */
        public Builder sequence(long value) {
            this.sequence = value;
            return this;
        }

        /** When. */
        public Builder timestamp(Instant value) {
            this.timestamp = value;
            return this;
        }

        /** The client name. */
        public Builder clientName(String value) {
            this.clientName = value;
            return this;
        }

        /** The phase. */
        public Builder phase(AuditPhase value) {
            this.phase = value;
            return this;
        }

        /** The outcome. */
        public Builder outcome(AuditOutcome value) {
            this.outcome = value;
            return this;
        }

        /** Who asked: user, role, organisation, purpose. */
        public Builder requester(SdsUserId user, SdsRoleProfileId role, OdsCode org, PurposeOfUse purpose) {
            this.userId = user;
            this.roleProfileId = role;
            this.organisation = org;
            this.purposeOfUse = purpose;
            return this;
        }

        /** The consumer ASID, or null. */
        public Builder consumerAsid(Asid value) {
            this.consumerAsid = value;
            return this;
        }

        /** The patient, or null. */
        public Builder patient(NhsNumber value) {
            this.patient = value;
            return this;
        }

        /** Source, operation and endpoint key. */
        public Builder target(String source, String operation, String endpointKey) {
            this.source = source;
            this.operation = operation;
            this.endpointKey = endpointKey;
            return this;
        }

        /** The correlation id. */
        public Builder correlationId(String value) {
            this.correlationId = value;
            return this;
        }

        /** The attempt number or count. */
        public Builder attempt(int value) {
            this.attempt = value;
            return this;
        }

        /** The HTTP status, or null. */
        public Builder httpStatus(Integer value) {
            this.httpStatus = value;
            return this;
        }

        /** The source's error code, or null. */
        public Builder errorCode(String value) {
            this.errorCode = value;
            return this;
        }

        /** The exception's simple class name, or null. */
        public Builder errorType(String value) {
            this.errorType = value;
            return this;
        }

        /** The blocked or partial reason, or null. */
        public Builder detail(String value) {
            this.detail = value;
            return this;
        }

        /** The duration, or null. */
        public Builder duration(Duration value) {
            this.duration = value;
            return this;
        }

        /** The event. */
        public AuditEvent build() {
            return new AuditEvent(this);
        }
    }
}
