package dev.carerecord.sdk.benchmarks;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.Executors;

/**
 * A stand-in GP Connect practice on 127.0.0.1 that answers every structured-record POST with one fixed Bundle and
 * no {@code Cache-Control} header. The sandbox, like GP Connect providers, sends {@code no-store}, which the
 * client honours, so the cache-hit benchmark needs a provider that lets the answer be cached. It checks nothing:
 * it serves the bytes the sandbox rendered, so the cached record is the sandbox's rich patient.
 */
final class CacheablePractice implements AutoCloseable {
    private final HttpServer server;

    CacheablePractice(byte[] bundle) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().add("Content-Type", "application/fhir+json;charset=utf-8");
            exchange.sendResponseHeaders(200, bundle.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(bundle);
            }
        });
        server.setExecutor(Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "cacheable-practice");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
    }

    /** The structured-record endpoint of the practice. */
    String structuredUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + GpConnectSetup.PRACTICE.value()
                + "/STU3/1/gpconnect/structured";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
