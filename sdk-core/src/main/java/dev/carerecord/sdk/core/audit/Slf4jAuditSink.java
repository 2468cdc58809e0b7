package dev.carerecord.sdk.core.audit;

import dev.carerecord.sdk.core.exception.ErrorCode;
import dev.carerecord.sdk.core.ids.NhsNumber;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default {@link AuditSink}: one INFO line per event on a dedicated SLF4J logger ({@value #DEFAULT_LOGGER}
 * unless set), as {@code key=value} pairs, so the audit trail can be routed to its own protected store. The NHS
 * number is redacted (last three digits kept) unless {@link Builder#fullNhsNumber(boolean)} is set, for an
 * audit store that is allowed to hold it.
 */
public final class Slf4jAuditSink implements AuditSink {
    /** The logger written to by default. */
    public static final String DEFAULT_LOGGER = "dev.carerecord.sdk.audit";

    private final Logger logger;
    private final boolean fullNhsNumber;

    private Slf4jAuditSink(Builder b) {
        this.logger = LoggerFactory.getLogger(b.loggerName);
        this.fullNhsNumber = b.fullNhsNumber;
    }

    /** A sink on {@value #DEFAULT_LOGGER} with NHS numbers redacted. */
    public static Slf4jAuditSink create() {
        return builder().build();
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void record(AuditEvent event) {
        if (logger.isInfoEnabled()) {
            logger.info(format(event));
        }
    }

    /** The line written for {@code event}. */
    String format(AuditEvent e) {
        StringBuilder s = new StringBuilder(256);
        s.append("seq=").append(e.sequence())
                .append(" time=").append(e.timestamp())
                .append(" phase=").append(e.phase())
                .append(" outcome=").append(e.outcome())
                .append(" client=").append(quoted(e.clientName()))
                .append(" source=").append(quoted(e.source()))
                .append(" operation=").append(quoted(e.operation()))
                .append(" endpoint=").append(quoted(e.endpointKey()))
                .append(" user=").append(e.userId())
                .append(" role=").append(e.roleProfileId())
                .append(" org=").append(e.organisation())
                .append(" purpose=").append(e.purposeOfUse());
        e.consumerAsid().ifPresent(a -> s.append(" asid=").append(a));
        s.append(" patient=").append(e.patient().map(this::nhs).orElse("-"))
                .append(" correlationId=").append(e.correlationId())
                .append(" attempt=").append(e.attempt());
        e.httpStatus().ifPresent(st -> s.append(" status=").append(st));
        e.errorCode().ifPresent(c -> s.append(" errorCode=").append(quoted(ErrorCode.printable(c))));
        e.errorType().ifPresent(t -> s.append(" errorType=").append(t));
        e.duration().ifPresent(d -> s.append(" durationMs=").append(d.toMillis()));
        e.detail().ifPresent(d -> s.append(" detail=").append(quoted(d)));
        return s.toString();
    }

    private String nhs(NhsNumber number) {
        return fullNhsNumber ? number.value() : number.redacted();
    }

    private static String quoted(String value) {
        String clean = value.replace('\r', ' ').replace('\n', ' ');
        return clean.indexOf(' ') >= 0 || clean.indexOf('"') >= 0 || clean.isEmpty()
                ? '"' + clean.replace("\"", "'") + '"' : clean;
    }

    /** Collects a {@link Slf4jAuditSink}. */
    public static final class Builder {
        private String loggerName = DEFAULT_LOGGER;
        private boolean fullNhsNumber;

        private Builder() {
        }

        /** The logger to write to. */
        public Builder loggerName(String value) {
            this.loggerName = Objects.requireNonNull(value, "loggerName");
            return this;
        }

        /** Write the full NHS number (only where the audit store may hold it). Default false. */
        public Builder fullNhsNumber(boolean value) {
            this.fullNhsNumber = value;
            return this;
        }

        /** The sink. */
        public Slf4jAuditSink build() {
            return new Slf4jAuditSink(this);
        }
    }
}
