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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Benchmark 3 (latency): a cached record served again. {@code clientCacheHit} is the whole
 * {@code GpConnectClient.getStructuredRecord} call whose answer is in the pipeline's {@code ResponseCache}
 * (input checks, routing, request building, cache key, store lookup, audit event), from a
 * {@link CacheablePractice} (the sandbox sends {@code no-store}); {@code pipelineCacheHit} is
 * {@code HttpPipeline.execute} alone for a prebuilt request of the same shape; the baseline is a
 * {@code ConcurrentHashMap} lookup of the same value, the floor of any in-memory cache.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CacheHitBenchmark {
    private final RequesterContext requester = GpConnectSetup.requester();
    private final StructuredRecordRequest request = GpConnectSetup.request();
    private CacheablePractice practice;
    private HttpPipeline pipeline;
    private GpConnectClient client;
    private PipelineRequest prebuilt;
    private final ResponseHandler<CareRecord> handler = response -> {
        throw new IllegalStateException("a cache hit must not reach the handler");
    };
    private final ConcurrentHashMap<String, Object> map = new ConcurrentHashMap<>();
    private String mapKey;

    /**
     * {@code default}: as shipped. {@code pinned}: with {@code jakarta.json.provider} set to Parsson's provider,
     * which spares {@code jakarta.json.Json}'s service-loader scan of the class path on every builder the client
     * makes (JWT and Parameters body, per call): a what-if for the fix proposed in the report.
     */
    @Param({"default"})
    public String jsonProvider;

    @Setup
    public void start() {
        if ("pinned".equals(jsonProvider)) {
            System.setProperty("jakarta.json.provider", "org.eclipse.parsson.JsonProviderImpl");
        }
        practice = new CacheablePractice(BenchInputs.stu3(BenchInputs.Stu3Size.KB_300));
        pipeline = HttpPipeline.builder().clientName("bench-cache")
                .cacheOptions(CacheOptions.builder().clinicalCaching(true).build()).build();
        client = GpConnectSetup.client(practice.structuredUrl(), pipeline);
        StructuredRecordResult first = clientCacheHit();
        if (clientCacheHit() != first || pipeline.responseCache().stats().hits() < 1) {
            throw new IllegalStateException("the second call was not served from the cache");
        }
        prebuilt = PipelineRequest.builder(HttpMethod.POST, practice.structuredUrl())
                .header("Accept", "application/fhir+json;charset=utf-8")
                .header("Content-Type", "application/fhir+json;charset=utf-8")
                .header("Ssp-From", "200000000359").header("Ssp-To", "918999198993")
                .header("Ssp-InteractionID", "urn:nhs:names:services:gpconnect:fhir:operation:gpc.getstructuredrecord-1")
                .body(new byte[1200])
                .source("GP Connect bench").operation("bench.cached").requester(requester)
                .patient(GpConnectSetup.PATIENT).cachePolicy(CachePolicy.clinicalData()).build();
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
        practice.close();
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
