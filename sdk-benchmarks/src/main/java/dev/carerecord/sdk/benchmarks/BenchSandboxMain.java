package dev.carerecord.sdk.benchmarks;

import dev.carerecord.sdk.sandbox.Sandbox;
import java.io.IOException;

/**
 * Runs the sandbox in its own JVM for the cold-start benchmark (whose measured JVMs must not carry the sandbox's
 * own HAPI warm-up): the rich patient at {@link RoundTripBenchmark#SCALE} on the benchmarks' fixed clock, so it
 * serves the bytes of {@link BenchInputs.Stu3Size#KB_300} (but for {@code Bundle.id}). Prints
 * {@code SANDBOX <base URL>} once it has served a first record, then serves until stdin closes.
 */
public final class BenchSandboxMain {
    private BenchSandboxMain() {
    }

    public static void main(String[] args) throws IOException {
        try (Sandbox sandbox = Sandbox.builder().scale(RoundTripBenchmark.SCALE).clock(BenchInputs.CLOCK).start()) {
            sandbox.structuredRecordJson(BenchInputs.RICH_NHS_NUMBER);
            System.out.println("SANDBOX " + sandbox.urls().base());
            System.out.flush();
            while (System.in.read() >= 0) {
                // serve until stdin closes
            }
        }
    }
}
