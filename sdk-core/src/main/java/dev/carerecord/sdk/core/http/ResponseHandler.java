package dev.carerecord.sdk.core.http;

import java.util.Objects;
import java.util.function.Predicate;

/**
 * Turns a successful (2xx) response into the caller's value, e.g. parses a FHIR Bundle and maps it. Anything it
 * throws becomes a {@code MalformedResponseException} keeping the cause. Its result may be cached, so it must
 * not depend on anything but the response.
 *
 * @param <T> the value produced
 */
@FunctionalInterface
public interface ResponseHandler<T> {

    /** The value read from {@code response}. */
    T handle(HttpResponse response) throws Exception;

    /**
     * True when {@code result} is only part of what was asked for (e.g. a structured record with a section the
     * source could not supply): the call's audit outcome is then {@code PARTIAL}. False by default.
     */
    default boolean isPartial(T result) {
        return false;
    }

    /**
     * False when {@code result} must not be stored in the response cache even though the request's cache policy
     * allows caching (e.g. the demographics of a restricted patient). Asked only when the result would be
     * stored. True by default.
     */
    default boolean isCacheable(T result) {
        return true;
    }

    /** {@code handler}, whose results matching {@code partial} are audited as {@code PARTIAL}. */
    static <T> ResponseHandler<T> withPartial(ResponseHandler<T> handler, Predicate<? super T> partial) {
        Objects.requireNonNull(handler, "handler");
        Objects.requireNonNull(partial, "partial");
        return decorated(handler, partial, handler::isCacheable);
    }

    /** {@code handler}, whose results matching {@code cacheable} may be cached and no others. */
    static <T> ResponseHandler<T> cacheableWhen(ResponseHandler<T> handler, Predicate<? super T> cacheable) {
        Objects.requireNonNull(handler, "handler");
        Objects.requireNonNull(cacheable, "cacheable");
        return decorated(handler, handler::isPartial, result -> handler.isCacheable(result) && cacheable.test(result));
    }

    /** {@code handler}'s parsing, with the partial and cacheable verdicts given. */
    private static <T> ResponseHandler<T> decorated(ResponseHandler<T> handler, Predicate<? super T> partial,
            Predicate<? super T> cacheable) {
        return new ResponseHandler<>() {
            @Override
            public T handle(HttpResponse response) throws Exception {
                return handler.handle(response);
            }

            @Override
            public boolean isPartial(T result) {
                return partial.test(result);
            }

            @Override
            public boolean isCacheable(T result) {
                return cacheable.test(result);
            }
        };
    }

    /** A handler that keeps the body as text. */
    static ResponseHandler<String> text() {
        return HttpResponse::bodyText;
    }

    /** A handler that keeps the body bytes. */
    static ResponseHandler<byte[]> bytes() {
        return HttpResponse::body;
    }
}
