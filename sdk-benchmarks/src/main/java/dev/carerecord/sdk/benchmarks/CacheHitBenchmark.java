package dev.carerecord.sdk.benchmarks;

import dev.carerecord.sdk.core.cache.CacheOptions;
import dev.carerecord.sdk.core.cache.CachePolicy;
import dev.carerecord.sdk.core.http.HttpMethod;
import dev.carerecord.sdk.core.http.HttpPipeline;
import dev.carerecord.sdk.core.http.PipelineRequest;
import dev.carerecord.sdk.core.http.ResponseHandler;
import dev.carerecord.sdk.core.RequesterContext;
import dev.carerecord.sdk.gpconnect.GpConnectClient;
import dev.carerecord.sdk.gpconnect.StructuredRecordRequest;
import dev.carerecord.sdk.gpconnect.StructuredRecordResult;
import dev.carerecord.sdk.model.CareRecord;
import dev.carerecord.sdk.sandbox.RecordedRequest;
import dev.carerecord.sdk.sandbox.Sandbox;
import dev.carerecord.sdk.sandbox.SandboxRoutes;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Benchmark 3 (latency): a cached record served again. {@code clientCacheHit} is the whole
 * {@code GpConnectClient.getStructuredRecord} call whose answer is in the pipeline's {@code ResponseCache}
 * (input checks, routing, request building, cache key, store lookup, audit event); {@code pipelineCacheHit} is
 * {@code HttpPipeline.execute} alone for a prebuilt request of the same shape; the baseline is a
 * {@code ConcurrentHashMap} lookup of the same value, the floor of any in-memory cache.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CacheHitBenchmark {
    private final RequesterContext requester = GpConnectSetup.requester();
    private final StructuredRecordRequest request = GpConnectSetup.request();
    private Sandbox sandbox;
    private HttpPipeline pipeline;
    private GpConnectClient client;
    private PipelineRequest prebuilt;
    private final ResponseHandler<CareRecord> handler = response -> {
        throw new IllegalStateException("a cache hit must not reach the handler");
    };
    private final ConcurrentHashMap<String, Object> map = new ConcurrentHashMap<>();
    private String mapKey;

    @Setup
    public void start() {
        sandbox = Sandbox.builder().scale(RoundTripBenchmark.SCALE).clock(BenchInputs.CLOCK).start();
        pipeline = HttpPipeline.builder().clientName("bench-cache")
                .cacheOptions(CacheOptions.builder().clinicalCaching(true).build()).build();
        client = GpConnectSetup.client(sandbox.urls().gpConnectStructured(GpConnectSetup.PRACTICE.value()), pipeline);
        StructuredRecordResult first = clientCacheHit();
        if (clientCacheHit() != first || pipeline.responseCache().stats().hits() < 1) {
            throw new IllegalStateException("the second call was not served from the cache");
        }
        RecordedRequest sent = sandbox.requests().last(SandboxRoutes.GPC_STRUCTURED).orElseThrow();
        PipelineRequest.Builder builder = PipelineRequest.builder(HttpMethod.POST,
                        sandbox.urls().base() + sent.path())
                .body(sent.body().getBytes(StandardCharsets.UTF_8))
                .source("GP Connect bench").operation("bench.cached").requester(GpConnectSetup.requester())
                .patient(GpConnectSetup.PATIENT).cachePolicy(CachePolicy.clinicalData());
        sent.headers().forEach((name, values) -> {
            if (name.startsWith("ssp-") && !name.equals("ssp-traceid") || name.equals("accept")) {
                values.forEach(v -> builder.header(name, v));
            }
        });
        prebuilt = builder.build();
        CareRecord record = pipeline.execute(prebuilt, response -> first.record());
        if (pipelineCacheHit() != record) {
            throw new IllegalStateException("the prebuilt request was not served from the cache");
        }
        mapKey = "crsdk1:" + Integer.toHexString(System.identityHashCode(first));
        map.put(mapKey, first);
    }

    @TearDown
    public void stop() {
        client.close();
        pipeline.close();
        sandbox.close();
    }

    @Benchmark
    public StructuredRecordResult clientCacheHit() {
        return client.getStructuredRecord(requester, GpConnectSetup.PATIENT, GpConnectSetup.PRACTICE, request);
    }

    @Benchmark
    public CareRecord pipelineCacheHit() {
        return pipeline.execute(prebuilt, handler);
    }

    @Benchmark
    public Object baselineMapGet() {
        return map.get(mapKey);
    }
}
