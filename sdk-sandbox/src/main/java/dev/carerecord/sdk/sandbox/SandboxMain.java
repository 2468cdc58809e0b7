package dev.carerecord.sdk.sandbox;

import java.io.IOException;
import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the sandbox standalone: prints its URLs, practices, consumer organisations and test patients, then serves
 * until stdin closes or the process is interrupted (Ctrl-C). Options: {@code --port N} (default 0, a free port),
 * {@code --scale N}, {@code --no-stdin} (ignore stdin; run until Ctrl-C).
 */
public final class SandboxMain {
    private SandboxMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        Sandbox.Builder builder = Sandbox.builder();
        boolean watchStdin = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> builder.port(Integer.parseInt(value(args, ++i, "--port")));
                case "--scale" -> builder.scale(Integer.parseInt(value(args, ++i, "--scale")));
                case "--no-stdin" -> watchStdin = false;
                default -> {
                    System.err.println("Usage: SandboxMain [--port N] [--scale N] [--no-stdin]");
                    System.exit(2);
                }
            }
        }
        Sandbox sandbox = builder.start();
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sandbox.close();
            stop.countDown();
        }, "sandbox-shutdown"));
        describe(sandbox, System.out);
        if (watchStdin) {
            Thread stdin = new Thread(() -> {
                try {
                    while (System.in.read() >= 0) {
                        // keep serving until stdin closes
                    }
                } catch (IOException ignored) {
                    // stdin unusable: treat as closed
                }
                stop.countDown();
            }, "sandbox-stdin");
            stdin.setDaemon(true);
            stdin.start();
        }
        stop.await();
        sandbox.close();
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    /** Prints the sandbox's URLs and catalogue. */
    static void describe(Sandbox sandbox, PrintStream out) {
        SandboxUrls urls = sandbox.urls();
        out.println("Care Record SDK sandbox on " + urls.base());
        out.println("  SDS  " + urls.sds() + "   (header apikey: any value)");
        out.println("  PDS  " + urls.pds() + "   (header X-Request-ID: a UUID)");
        out.println("  ShCR " + urls.shcr() + "   (Authorization: Bearer <token>)");
        out.println("  OAuth " + urls.oauthToken() + "   (demo client " + SandboxOAuth.DEMO_CLIENT_ID + " / "
                + SandboxOAuth.DEMO_CLIENT_SECRET + ")");
        out.println("  Admin " + urls.admin() + "/faults | /requests | /patients");
        out.println("Practices (GP Connect providers):");
        for (SandboxPractice p : SandboxOrganisations.practices()) {
            out.println("  " + p.ods() + "  " + p.name() + "  ASID " + p.asid() + "  party key " + p.partyKey()
                    + (p.disabledParameters().isEmpty() ? "" : "  disabled: " + p.disabledParameters()));
            out.println("      " + urls.gpConnect(p.ods()));
            out.println("      " + urls.gpConnectStructured(p.ods()));
            out.println("      " + urls.gpConnectDocuments(p.ods()));
        }
        out.println("Consumer organisations (Ssp-From):");
        for (SandboxConsumer c : SandboxOrganisations.consumers()) {
            out.println("  " + c.ods() + "  " + c.name() + "  ASID " + c.asid());
        }
        out.println("Test patients (all synthetic):");
        for (TestPatient p : SandboxPatients.all()) {
            out.println("  " + p.nhsNumber() + "  " + p.name() + "  " + p.demonstrates());
            out.println("      PDS: " + p.pdsBehaviour() + " | GP Connect: " + p.gpConnectBehaviour());
            out.println("      ShCR: " + p.shcrBehaviour());
        }
        out.println("Serving until stdin closes or Ctrl-C.");
    }
}
