package dev.carerecord.sdk.benchmarks;

import dev.carerecord.sdk.gpconnect.internal.mapping.StructuredRecordMapping;
import java.util.concurrent.TimeUnit;
import org.hl7.fhir.dstu3.model.Bundle;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Benchmark 1: a GP Connect structured record Bundle parsed and mapped to a {@code CareRecord} by the SDK, against
 * HAPI's STU3 parse alone and Jackson's {@code readTree} of the same bytes. Average time per document; the report
 * turns it into MB/s and ratios.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class Stu3ParseMapBenchmark {
    @Param({"KB_300", "MB_1", "MB_10"})
    public BenchInputs.Stu3Size size;

    private byte[] body;

    @Setup
    public void load() {
        body = BenchInputs.stu3(size);
    }

    @Benchmark
    public StructuredRecordMapping sdkParseMap() {
        return SdkPaths.stu3(body);
    }

    @Benchmark
    public Bundle hapiParse() {
        return Baselines.hapiStu3(body);
    }

    @Benchmark
    public Object jacksonReadTree() {
        return Baselines.jacksonTree(body);
    }
}
