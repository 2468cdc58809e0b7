package dev.carerecord.sdk.core.internal.http;

import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.ResponseInfo;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Reads a response body into memory, stopping (and cancelling the exchange) as soon as it exceeds the cap,
 * including when {@code Content-Length} already announces more. Remembers whether the headers arrived, so a
 * failure can be told apart as "no response" or "body cut short", and lets the caller cancel the read.
 * One instance per exchange.
 */
final class CappedBodyHandler implements BodyHandler<byte[]> {
    private final long cap;
    private volatile boolean headersReceived;
    private volatile Flow.Subscription subscription;
    private volatile boolean cancelled;

    CappedBodyHandler(long cap) {
        this.cap = cap;
    }

    @Override
    public BodySubscriber<byte[]> apply(ResponseInfo info) {
        headersReceived = true;
        return new Subscriber(info.headers().firstValueAsLong("Content-Length"));
    }

    boolean headersReceived() {
        return headersReceived;
    }

    /** Stops reading the body, if it is being read. */
    void cancel() {
        cancelled = true;
        Flow.Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
    }

    /** Marks the body as too big; identified by type in the failure chain. */
    static final class TooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooLarge(String message) {
            super(message, null, false, false);
        }
    }

    private final class Subscriber implements BodySubscriber<byte[]> {
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final OptionalLong declared;
        private byte[] buffer = new byte[8192];
        private int size;

        Subscriber(OptionalLong declared) {
            this.declared = declared;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            if (declared.isPresent() && declared.getAsLong() > cap) {
                s.cancel();
                result.completeExceptionally(new TooLarge("the response declares " + declared.getAsLong()
                        + " bytes, over the cap of " + cap));
                return;
            }
            if (cancelled) {
                s.cancel();
                return;
            }
            if (declared.isPresent() && declared.getAsLong() > buffer.length) {
                buffer = new byte[(int) Math.min(declared.getAsLong(), 1 << 20)];
            }
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer item : items) {
                int n = item.remaining();
                if ((long) size + n > cap) {
                    subscription.cancel();
                    result.completeExceptionally(new TooLarge("the response exceeds the cap of " + cap + " bytes"));
                    return;
                }
                if (size + n > buffer.length) {
                    buffer = Arrays.copyOf(buffer, (int) Math.min(cap, Math.max((long) buffer.length * 2, size + n)));
                }
                item.get(buffer, size, n);
                size += n;
            }
        }

        @Override
        public void onError(Throwable error) {
            result.completeExceptionally(error);
        }

        @Override
        public void onComplete() {
            result.complete(size == buffer.length ? buffer : Arrays.copyOf(buffer, size));
        }
    }
}
