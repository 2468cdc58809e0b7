package dev.carerecord.sdk.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Benchmark 2: an R4 UK Core search Bundle and an IPS document parsed and mapped by the SDK, against HAPI's R4
 * parse alone and Jackson's {@code readTree} of the same bytes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class R4ParseMapBenchmark {
    /** Which document: {@code search} (UK Core searchset) or {@code ips} (IPS document Bundle). */
    @Param({"search", "ips"})
    public String document;

    private byte[] body;

    @Setup
    public void load() {
        body = "ips".equals(document) ? BenchInputs.ipsDocument() : BenchInputs.r4Search();
    }

    @Benchmark
    public Object sdkParseMap() {
        return "ips".equals(document) ? SdkPaths.ips(body) : SdkPaths.r4Search(body);
    }

    @Benchmark
    public Object hapiParse() {
        return Baselines.hapiR4(body);
    }

    @Benchmark
    public Object jacksonReadTree() {
        return Baselines.jacksonTree(body);
    }
}
