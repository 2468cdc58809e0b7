package dev.carerecord.sdk.gpconnect.internal.client;

import dev.carerecord.sdk.core.exception.AccessDeniedException;
import dev.carerecord.sdk.core.exception.ErrorCode;
import dev.carerecord.sdk.core.exception.PatientNotFoundException;
import dev.carerecord.sdk.core.exception.ServiceError;
import dev.carerecord.sdk.core.exception.ServiceException;
import dev.carerecord.sdk.core.http.ErrorDecoder;
import dev.carerecord.sdk.core.http.HttpResponse;
import dev.carerecord.sdk.core.http.PipelineRequest;
import java.util.Optional;
import java.util.Set;

/**
 * GP Connect's error mapping. Spine codes are matched by code (never display; {@code ACCESS DENIED} and
 * {@code ACCESS_DENIED} alike). {@code PATIENT_NOT_FOUND} is reported as "not available from this practice",
 * because providers use it for no match, deceased, registered elsewhere, unverified and sensitive patients.
 * Errors the Spine Secure Proxy makes itself carry the HTTP status as their code; they are named as the proxy's.
 */
public final class GpConnectErrorDecoder implements ErrorDecoder {
    /** The shared instance. */
    public static final GpConnectErrorDecoder INSTANCE = new GpConnectErrorDecoder();

    private static final Set<ErrorCode> REFUSALS = Set.of(ErrorCode.ACCESS_DENIED, ErrorCode.NO_PATIENT_CONSENT,
            ErrorCode.NO_ORGANISATION_CONSENT, ErrorCode.NO_RELATIONSHIP, ErrorCode.of("NOT_AUTHORISED"));

    private GpConnectErrorDecoder() {
    }

    @Override
    public ServiceException decode(PipelineRequest request, HttpResponse response) {
        ServiceError error = ErrorDecoder.operationOutcome().decode(request, response).error();
        Optional<ErrorCode> code = error.firstCode();
        if (code.isPresent() && code.get().value().matches("\\d{3}")) {
            ServiceError fromProxy = new ServiceError(error.status(), "Spine Secure Proxy (for " + request.source()
                    + ")", error.code(), error.diagnostics(), error.traceId(), error.issues(), error.retryAfter(),
                    error.attempts());
            return ServiceException.of(fromProxy);
        }
        if (code.filter(ErrorCode.PATIENT_NOT_FOUND::equals).isPresent()) {
            return new PatientNotFoundException(error, "Patient record not available from this practice "
                    + "(PATIENT_NOT_FOUND covers no match, registered elsewhere, deceased, unverified and sensitive "
                    + "patients) from " + request.source());
        }
        if (code.filter(REFUSALS::contains).isPresent()) {
            return new AccessDeniedException(error, "Access refused by " + request.source());
        }
        return ServiceException.of(error);
    }
}
