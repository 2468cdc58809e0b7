package dev.carerecord.sdk.core.internal.http;

import dev.carerecord.sdk.core.http.HttpHeaders;
import dev.carerecord.sdk.core.http.HttpMethod;
import dev.carerecord.sdk.core.http.TransportOptions;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpTimeoutException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;

/**
 * The only transport: the JDK's {@code java.net.http.HttpClient}, HTTP/1.1, no redirects followed, TLS 1.2 and
 * 1.3 only. Each exchange runs asynchronously and the caller waits for headers and the whole body within the
 * attempt's time, then cancels the exchange, so a server that sends headers and stalls cannot hang a call.
 */
final class JdkTransport implements AutoCloseable {
    private static final List<String> TLS_PROTOCOLS = List.of("TLSv1.3", "TLSv1.2");

    private final TransportOptions options;
    private final ExecutorService executor;
    private final HttpClient client;

    JdkTransport(String clientName, TransportOptions options) {
        this.options = options;
        this.executor = Executors.newCachedThreadPool(daemonThreads("carerecord-http-" + clientName));
        HttpClient.Builder builder = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(options.connectTimeout())
                .executor(executor);
        SSLContext context = options.sslContext().orElseGet(JdkTransport::defaultContext);
        builder.sslContext(context).sslParameters(tlsParameters(context));
        options.proxy().ifPresent(proxy -> builder.proxy(ProxySelector.of(proxy)));
        this.client = builder.build();
    }

    /** The TLS parameters used: TLS 1.3 and 1.2 only, as far as {@code context} supports them. */
    static SSLParameters tlsParameters(SSLContext context) {
        List<String> supported = Arrays.asList(context.getSupportedSSLParameters().getProtocols());
        String[] protocols = TLS_PROTOCOLS.stream().filter(supported::contains).toArray(String[]::new);
        if (protocols.length == 0) {
            throw new IllegalArgumentException("the TLS context supports neither TLS 1.3 nor TLS 1.2");
        }
        SSLParameters parameters = context.getDefaultSSLParameters();
        parameters.setProtocols(protocols);
        return parameters;
    }

    /**
     * Sends one request and reads the whole response within {@code timeout}.
     *
     * @throws TransportFailure when no complete, decodable response within the cap arrived in time
     * @throws InterruptedException when the calling thread is interrupted (the exchange is cancelled)
     */
    RawResponse send(URI uri, HttpMethod method, HttpHeaders headers, byte[] body, Duration timeout)
            throws TransportFailure, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout)
                .method(method.name(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.map().forEach((name, values) -> values.forEach(v -> request.header(name, v)));
        CappedBodyHandler handler = new CappedBodyHandler(options.maxResponseBytes());
        CompletableFuture<java.net.http.HttpResponse<byte[]>> future;
        try {
            future = client.sendAsync(request.build(), handler);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new TransportFailure(TransportFailure.Kind.CONNECT, "the request could not be sent", e);
        }
        java.net.http.HttpResponse<byte[]> response;
        try {
            response = future.get(Math.max(1, timeout.toNanos()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            abort(handler, future);
            throw new TransportFailure(TransportFailure.Kind.TIMEOUT,
                    handler.headersReceived() ? "the response body did not arrive in time"
                            : "no response arrived in time", e);
        } catch (InterruptedException e) {
            abort(handler, future);
            throw e;
        } catch (ExecutionException e) {
            throw classify(e.getCause() == null ? e : e.getCause(), handler.headersReceived());
        }
        if (response.statusCode() < 100 || response.statusCode() > 599) {
            // the JDK accepts any three digits; HTTP defines 1xx-5xx and nothing here can be made of the rest
            throw new TransportFailure(TransportFailure.Kind.UNDECODABLE,
                    "the response status " + response.statusCode() + " is outside HTTP's 100-599", null);
        }
        HttpHeaders responseHeaders = HttpHeaders.of(response.headers().map());
        return decode(response.statusCode(), responseHeaders, response.body());
    }

    private RawResponse decode(int status, HttpHeaders headers, byte[] body) throws TransportFailure {
        String encoding = headers.firstValue("Content-Encoding").orElse(null);
        if (ContentDecoding.isIdentity(encoding)) {
            return new RawResponse(status, headers, body);
        }
        if (!ContentDecoding.isGzip(encoding)) {
            throw new TransportFailure(TransportFailure.Kind.UNDECODABLE,
                    "the response uses an unsupported content encoding", null);
        }
        byte[] decoded = ContentDecoding.gunzip(body, options.maxResponseBytes());
        HttpHeaders plain = headers.toBuilder().remove("Content-Encoding").remove("Content-Length").build();
        return new RawResponse(status, plain, decoded);
    }

    private static void abort(CappedBodyHandler handler, CompletableFuture<?> future) {
        handler.cancel();
        future.cancel(true);
    }

    static TransportFailure classify(Throwable failure, boolean headersReceived) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof CappedBodyHandler.TooLarge) {
                return new TransportFailure(TransportFailure.Kind.TOO_LARGE, t.getMessage(), null);
            }
        }
        if (failure instanceof HttpConnectTimeoutException) {
            return new TransportFailure(TransportFailure.Kind.CONNECT, "the connection timed out", failure);
        }
        if (failure instanceof HttpTimeoutException) {
            return new TransportFailure(TransportFailure.Kind.TIMEOUT, "no response arrived in time", failure);
        }
        if (headersReceived && failure instanceof IOException) {
            return new TransportFailure(TransportFailure.Kind.TRUNCATED,
                    "the connection ended before the whole body arrived", failure);
        }
        String what = failure instanceof SSLException ? "the TLS handshake failed"
                : failure instanceof ConnectException ? "the connection was refused"
                : "the connection failed before a response arrived";
        return new TransportFailure(TransportFailure.Kind.CONNECT, what, failure);
    }

    private static SSLContext defaultContext() {
        try {
            return SSLContext.getDefault();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no default TLS context", e);
        }
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
