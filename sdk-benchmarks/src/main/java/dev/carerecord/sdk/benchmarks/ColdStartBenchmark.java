package dev.carerecord.sdk.benchmarks;

import dev.carerecord.sdk.gpconnect.GpConnectClient;
import dev.carerecord.sdk.gpconnect.StructuredRecordResult;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Benchmark 5: cold start, one shot per fresh JVM (run with several forks). {@code sdkFirstRecord}: build a
 * {@code GpConnectClient} and get the first mapped record from a sandbox already running in another JVM
 * (system property {@code bench.sandbox.url}, see {@link BenchSandboxMain}). Baseline {@code hapiFirstParse}:
 * create a HAPI STU3 {@code FhirContext} and parse the same bytes (read from the inputs file in setup). Nothing
 * of HAPI or the SDK is loaded before the measured call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ColdStartBenchmark {
    /** The system property holding the external sandbox's base URL. */
    public static final String SANDBOX_URL = "bench.sandbox.url";

    private byte[] body;
    private String structuredUrl;

    @Setup
    public void load() {
        body = java.util.Objects.requireNonNull(readInput(), "inputs");
        String base = System.getProperty(SANDBOX_URL);
        structuredUrl = base == null ? null : base + "/" + GpConnectSetup.PRACTICE.value() + "/STU3/1/gpconnect/structured";
    }

    private static byte[] readInput() {
        try {
            return java.nio.file.Files.readAllBytes(BenchInputs.directory().resolve("stu3-scale-"
                    + RoundTripBenchmark.SCALE + ".json"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("run BenchInputs first", e);
        }
    }

    @Benchmark
    public StructuredRecordResult sdkFirstRecord() {
        if (structuredUrl == null) {
            throw new IllegalStateException("set -D" + SANDBOX_URL + " to a running BenchSandboxMain");
        }
        try (GpConnectClient client = GpConnectSetup.client(structuredUrl, null)) {
            StructuredRecordResult result = client.getStructuredRecord(GpConnectSetup.requester(),
                    GpConnectSetup.PATIENT, GpConnectSetup.PRACTICE, GpConnectSetup.request());
            if (result.record().sections().isEmpty()) {
                throw new IllegalStateException("no sections mapped");
            }
            return result;
        }
    }

    @Benchmark
    public Object hapiFirstParse() {
        ca.uhn.fhir.context.FhirContext context = ca.uhn.fhir.context.FhirContext.forDstu3();
        return context.newJsonParser().parseResource(org.hl7.fhir.dstu3.model.Bundle.class,
                new java.io.InputStreamReader(new java.io.ByteArrayInputStream(body),
                        java.nio.charset.StandardCharsets.UTF_8));
    }
}
