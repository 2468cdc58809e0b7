package dev.carerecord.sdk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Keep-alive on one socket, and held requests released by the hang cap and by stopping the sandbox. */
class ConnectionLifecycleTest {
    @Test
    void keepAlive_twoRequestsOnOneConnection() throws Exception {
        try (Sandbox sandbox = Sandbox.start(); Socket socket = new Socket("127.0.0.1", sandbox.urls().port())) {
            OutputStream out = socket.getOutputStream();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            for (int i = 0; i < 2; i++) {
                out.write(("GET /personal-demographics/FHIR/R4/Patient/" + SandboxPatients.RICH.nhsNumber() + " HTTP/1.1\r\n"
                        + "Host: 127.0.0.1\r\nX-Request-ID: " + UUID.randomUUID() + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                assertThat(in.readLine()).isEqualTo("HTTP/1.1 200 OK");
                int length = -1;
                for (String line = in.readLine(); !line.isEmpty(); line = in.readLine()) {
                    if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                        length = Integer.parseInt(line.substring(15).trim());
                    }
                    assertThat(line.toLowerCase(java.util.Locale.ROOT)).isNotEqualTo("connection: close");
                }
                assertThat(length).isPositive();
                char[] body = new char[length];
                int read = 0;
                while (read < length) {
                    read += in.read(body, read, length - read);
                }
                assertThat(new String(body)).contains("\"resourceType\":\"Patient\"");
            }
        }
    }

    @Test
    void hang_isReleasedByTheCap() throws Exception {
        try (Sandbox sandbox = Sandbox.builder().hangCap(Duration.ofMillis(200)).start()) {
            sandbox.faults().on(SandboxRoutes.PDS_READ).next(1).hang();
            assertThat(Http.get(sandbox.urls().pds() + "/Patient/" + SandboxPatients.RICH.nhsNumber(),
                    "X-Request-ID", UUID.randomUUID().toString()).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void hang_isReleasedWhenTheSandboxStops() throws Exception {
        Sandbox sandbox = Sandbox.start();
        FaultRule hang = sandbox.faults().on(SandboxRoutes.PDS_READ).hang();
        CompletableFuture<Integer> held = CompletableFuture.supplyAsync(() -> Http.get(sandbox.urls().pds() + "/Patient/"
                + SandboxPatients.RICH.nhsNumber(), "X-Request-ID", UUID.randomUUID().toString()).statusCode());
        while (hang.fired() == 0) {
            Thread.sleep(10);
        }
        sandbox.close();
        assertThatThrownBy(() -> held.get(20, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class);
    }
}
