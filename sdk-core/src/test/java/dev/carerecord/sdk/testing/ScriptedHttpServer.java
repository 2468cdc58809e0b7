package dev.carerecord.sdk.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * A real HTTP(S) server on 127.0.0.1 (JDK {@code com.sun.net.httpserver}) that misbehaves on request. Each
 * path gets a script: a sequence of {@link Reply}s, one per request, the last repeating. Unscripted paths get
 * 404. Every request is recorded as received. Stops on {@link #close()} and in any case after ten minutes.
 */
public final class ScriptedHttpServer implements AutoCloseable {
    private static final long MAX_LIFETIME_MINUTES = 10;
    private static final long MAX_HANG_SECONDS = 120;

    private final HttpServer server;
    private final ExecutorService executor;
    private final ScheduledExecutorService reaper;
    private final String scheme;
    private final Map<String, Script> scripts = new ConcurrentHashMap<>();
    private final List<RecordedRequest> received = new CopyOnWriteArrayList<>();
    private volatile CountDownLatch hangs = new CountDownLatch(1);

    private ScriptedHttpServer(HttpServer server, String scheme) {
        this.server = server;
        this.scheme = scheme;
        AtomicInteger count = new AtomicInteger();
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "scripted-server-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.reaper = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "scripted-server-reaper");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
        reaper.schedule(this::close, MAX_LIFETIME_MINUTES, TimeUnit.MINUTES);
    }

    /** A plain HTTP server on a free port of 127.0.0.1. */
    public static ScriptedHttpServer start() {
        try {
            return new ScriptedHttpServer(HttpServer.create(loopback(), 0), "http");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An HTTPS server on a free port of 127.0.0.1.
     *
     * @param context the server's key and the CAs it trusts for client certificates
     * @param needClientAuth whether a client certificate is required
     * @param protocols the TLS versions offered, e.g. {@code "TLSv1.2", "TLSv1.3"}
     */
    public static ScriptedHttpServer startHttps(SSLContext context, boolean needClientAuth, String... protocols) {
        try {
            HttpsServer server = HttpsServer.create(loopback(), 0);
            server.setHttpsConfigurator(new HttpsConfigurator(context) {
                @Override
                public void configure(HttpsParameters params) {
                    SSLParameters p = context.getDefaultSSLParameters();
                    p.setNeedClientAuth(needClientAuth);
                    if (protocols.length > 0) {
                        p.setProtocols(protocols);
                    }
                    params.setSSLParameters(p);
                }
            });
            return new ScriptedHttpServer(server, "https");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InetSocketAddress loopback() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    }

    /** {@code http://127.0.0.1:port} (or https). */
    public String baseUrl() {
        return scheme + "://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The port. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** Scripts {@code path} (exact raw path) with {@code replies} in order, the last repeating. */
    public ScriptedHttpServer on(String path, Reply... replies) {
        if (replies.length == 0) {
            throw new IllegalArgumentException("at least one reply");
        }
        scripts.put(path, new Script(List.of(replies)));
        return this;
    }

    /** Every request received so far, in arrival order. */
    public List<RecordedRequest> requests() {
        return List.copyOf(received);
    }

    /** The requests received on {@code path}. */
    public List<RecordedRequest> requests(String path) {
        return received.stream().filter(r -> r.rawPath().equals(path)).toList();
    }

    /** How many requests arrived on {@code path}. */
    public int count(String path) {
        return requests(path).size();
    }

    /** Lets every hanging reply go (they close their connection). */
    public void releaseHangs() {
        CountDownLatch old = hangs;
        hangs = new CountDownLatch(1);
        old.countDown();
    }

    @Override
    public void close() {
        releaseHangs();
        server.stop(0);
        executor.shutdownNow();
        reaper.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        RecordedRequest request = record(exchange);
        received.add(request);
        Script script = scripts.get(request.rawPath());
        Reply reply = script == null ? Reply.text(404, "not scripted") : script.next();
        if (reply.kind == Reply.Kind.DYNAMIC) {
            reply = reply.dynamic.apply(request);
        }
        perform(exchange, request, reply);
    }

    private void perform(HttpExchange exchange, RecordedRequest request, Reply reply) throws IOException {
        if (!reply.delay.isZero()) {
            awaitRelease(reply.delay.toMillis());
        }
        switch (reply.kind) {
            case CLOSE -> throw new IOException("scripted: close the connection without a response");
            case HANG -> {
                awaitRelease(TimeUnit.SECONDS.toMillis(MAX_HANG_SECONDS));
                exchange.sendResponseHeaders(503, -1);
                exchange.close();
                return;
            }
            default -> {
                // answered below
            }
        }
        byte[] body = reply.wireBody();
        reply.headers.forEach(h -> exchange.getResponseHeaders().add(h.getKey(), h.getValue()));
        if (reply.gzip) {
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
        }
        boolean head = request.method().equals("HEAD");
        long length = head || body.length == 0 ? -1 : reply.chunked ? 0 : body.length;
        exchange.sendResponseHeaders(reply.status, length);
        OutputStream out = exchange.getResponseBody();
        if (reply.kind == Reply.Kind.TRUNCATE || reply.kind == Reply.Kind.HANG_AFTER_HEADERS) {
            out.write(body, 0, Math.min(reply.sendBytes, body.length));
            out.flush();
            if (reply.kind == Reply.Kind.HANG_AFTER_HEADERS) {
                awaitRelease(TimeUnit.SECONDS.toMillis(MAX_HANG_SECONDS));
            }
            throw new IOException("scripted: body cut short");
        }
        if (!head && body.length > 0) {
            out.write(body);
        }
        out.close();
    }

    private void awaitRelease(long millis) {
        try {
            hangs.await(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static RecordedRequest record(HttpExchange exchange) throws IOException {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        exchange.getRequestHeaders().forEach((k, v) -> headers.put(k, List.copyOf(v)));
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        return new RecordedRequest(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                exchange.getRequestURI().getRawQuery(), Collections.unmodifiableMap(headers), body);
    }

    private static final class Script {
        private final List<Reply> replies;
        private int next;

        Script(List<Reply> replies) {
            this.replies = new ArrayList<>(replies);
        }

        synchronized Reply next() {
            Reply reply = replies.get(Math.min(next, replies.size() - 1));
            next++;
            return reply;
        }
    }
}
