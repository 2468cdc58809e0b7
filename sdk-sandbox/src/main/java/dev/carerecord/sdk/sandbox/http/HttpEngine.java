package dev.carerecord.sdk.sandbox.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one HTTP server of the sandbox (JDK {@code HttpServer} on 127.0.0.1): reads each request whole, routes it
 * to the owning {@link Api}, records it, applies injected faults, and writes the answer with a fixed length
 * (gzip when the client accepts it), so keep-alive works. Its threads are daemons: a sandbox someone forgot to
 * close never keeps a JVM alive.
 */
public final class HttpEngine {
    private static final Logger LOG = LoggerFactory.getLogger(HttpEngine.class);
    private static final int QUEUE = 10_000;

    static {
        // The JDK server sends headers and body as separate segments; with Nagle's algorithm on, the body waits
        // for the client's delayed ACK (about 40 ms a response). Read once, when the JDK's server config loads.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final List<Api> apis;
    private final Api admin;
    private final Api fallback;
    private final FaultEngine faults;
    private final RequestRecorder recorder;
    private final Duration hangCap;
    private final HttpServer server;
    private final ExecutorService executor;
    private final String baseUrl;
    private volatile boolean stopping;

    public HttpEngine(int port, int threads, Duration hangCap, Api admin, List<Api> apis, Api fallback,
                      FaultEngine faults, RequestRecorder recorder) {
        this.apis = List.copyOf(apis);
        this.admin = admin;
        this.fallback = fallback;
        this.faults = faults;
        this.recorder = recorder;
        this.hangCap = hangCap;
        try {
            this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 128);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot bind the sandbox to 127.0.0.1:" + port, e);
        }
        this.executor = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(QUEUE), daemonThreads(), new ThreadPoolExecutor.CallerRunsPolicy());
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        this.baseUrl = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Starts serving; the server's dispatcher thread is created from a daemon thread so it is a daemon too. */
    public void start() {
        Thread starter = new Thread(server::start, "sandbox-start");
        starter.setDaemon(true);
        starter.start();
        try {
            starter.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while starting the sandbox", e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** Releases held requests, stops accepting, and ends the worker threads. */
    public void stop() {
        stopping = true;
        faults.clear();
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) {
        try {
            SandboxRequest request = read(exchange);
            if (admin.owns(request.path())) {
                write(exchange, admin.handle(request), false, acceptsGzip(request));
                return;
            }
            Api api = apis.stream().filter(a -> a.owns(request.path())).findFirst().orElse(fallback);
            String route = api.route(request);
            recorder.record(route, request);
            LOG.debug("{} {}", request.method(), route);
            FaultEngine.Decision decision = faults.decide(route, request.path());
            if (!decision.latency().isZero()) {
                Thread.sleep(decision.latency().toMillis());
            }
            ActiveFault fault = decision.outcome();
            if (fault == null) {
                write(exchange, api.handle(request), false, acceptsGzip(request));
                return;
            }
            LOG.debug("fault {} ({}) on {}", fault.id(), fault.kind(), route);
            switch (fault.kind()) {
                case RESET -> exchange.close();
                case STATUS -> write(exchange, withRetryAfter(api.failure(fault.status(), request), fault), false,
                        acceptsGzip(request));
                case TOO_MANY_REQUESTS -> write(exchange, withRetryAfter(api.failure(429, request), fault), false,
                        acceptsGzip(request));
                case TRUNCATE -> write(exchange, api.handle(request), true, acceptsGzip(request));
                case GPCONNECT_ERROR -> write(exchange, api.gpConnectError(fault.gpConnectError(), request), false,
                        acceptsGzip(request));
                case REWRITE -> write(exchange, rewritten(api.handle(request), fault), false, acceptsGzip(request));
                case HANG -> {
                    fault.awaitRelease(hangCap);
                    if (stopping) {
                        exchange.close();
                    } else {
                        write(exchange, api.handle(request), false, acceptsGzip(request));
                    }
                }
                default -> write(exchange, api.handle(request), false, acceptsGzip(request));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            LOG.debug("connection problem: {}", e.toString());
        } catch (RuntimeException e) {
            LOG.debug("sandbox failure", e);
            try {
                exchange.sendResponseHeaders(500, -1);
            } catch (IOException | RuntimeException ignored) {
                // the connection is unusable; closing it below is all we can do
            }
        } finally {
            exchange.close();
        }
    }

    private static SandboxResponse rewritten(SandboxResponse served, ActiveFault fault) {
        String body = fault.rewrite().apply(new String(served.body(), StandardCharsets.UTF_8));
        SandboxResponse response = new SandboxResponse(served.status(), null, body.getBytes(StandardCharsets.UTF_8));
        served.headers().forEach(response::header);
        return response;
    }

    private static SandboxResponse withRetryAfter(SandboxResponse response, ActiveFault fault) {
        if (fault.retryAfterSeconds() > 0) {
            response.header("Retry-After", Integer.toString(fault.retryAfterSeconds()));
        }
        return response;
    }

    private SandboxRequest read(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        String rawPath = exchange.getRequestURI().getRawPath();
        return new SandboxRequest(exchange.getRequestMethod(), QueryString.decodePath(rawPath == null ? "/" : rawPath),
                exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders(), body, baseUrl);
    }

    private static boolean acceptsGzip(SandboxRequest request) {
        String accept = request.header("Accept-Encoding");
        return accept != null && accept.toLowerCase(java.util.Locale.ROOT).contains("gzip");
    }

    private static void write(HttpExchange exchange, SandboxResponse response, boolean truncate, boolean gzip)
            throws IOException {
        byte[] body = response.body();
        response.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        exchange.getResponseHeaders().set("Vary", "Accept-Encoding");
        if (gzip && body.length > 0) {
            body = gzip(body);
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
        }
        exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
        if (body.length == 0) {
            return;
        }
        OutputStream out = exchange.getResponseBody();
        if (truncate) {
            out.write(body, 0, body.length / 2);
            out.flush();
            return;
        }
        out.write(body);
        out.flush();
    }

    private static byte[] gzip(byte[] body) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(Math.max(64, body.length / 4));
        try (GZIPOutputStream zip = new GZIPOutputStream(buffer)) {
            zip.write(body);
        }
        return buffer.toByteArray();
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "sandbox-http-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
