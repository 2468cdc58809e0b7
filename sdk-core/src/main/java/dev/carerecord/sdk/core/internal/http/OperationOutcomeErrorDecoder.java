package dev.carerecord.sdk.core.internal.http;

import dev.carerecord.sdk.core.exception.ErrorCode;
import dev.carerecord.sdk.core.exception.OutcomeIssue;
import dev.carerecord.sdk.core.exception.ServiceError;
import dev.carerecord.sdk.core.exception.ServiceException;
import dev.carerecord.sdk.core.http.ErrorDecoder;
import dev.carerecord.sdk.core.http.HttpResponse;
import dev.carerecord.sdk.core.http.PipelineRequest;
import java.util.List;
import java.util.Optional;

/**
 * The default {@link ErrorDecoder}: the OperationOutcome's issues (see {@link OperationOutcomeReader}), the first
 * issue's code and diagnostics (or details text), the correlation id sent as the trace id, {@code Retry-After},
 * and the attempt count; the subtype by {@link ServiceException#of}. NHS numbers in server texts are masked,
 * as exception messages end up in logs.
 */
public final class OperationOutcomeErrorDecoder implements ErrorDecoder {
    /** The shared instance. */
    public static final OperationOutcomeErrorDecoder INSTANCE = new OperationOutcomeErrorDecoder();

    private OperationOutcomeErrorDecoder() {
    }

    @Override
    public ServiceException decode(PipelineRequest request, HttpResponse response) {
        List<OutcomeIssue> issues = OperationOutcomeReader.read(response.body());
        Optional<ErrorCode> code = issues.stream().map(OutcomeIssue::code).flatMap(Optional::stream).findFirst();
        Optional<String> diagnostics = issues.stream()
                .map(i -> i.diagnostics().or(i::detailsText))
                .flatMap(Optional::stream).findFirst();
        Optional<String> traceId = Optional.of(response.correlationId()).filter(id -> !id.isEmpty());
        ServiceError error = new ServiceError(response.status(), request.source(), code, diagnostics, traceId,
                issues, response.retryAfter(), response.attempts());
        return ServiceException.of(error);
    }
}
