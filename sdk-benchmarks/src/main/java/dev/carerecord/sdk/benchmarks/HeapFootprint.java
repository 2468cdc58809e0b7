package dev.carerecord.sdk.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.carerecord.sdk.gpconnect.StructuredRecordResult;
import dev.carerecord.sdk.gpconnect.internal.mapping.StructuredRecordMapping;
import dev.carerecord.sdk.model.CareRecord;
import dev.carerecord.sdk.model.json.CareRecordJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openjdk.jol.info.GraphLayout;

/**
 * Benchmark 3 (memory): the retained heap of a cached record, by JOL's {@link GraphLayout}: it walks every object
 * reachable from the root and adds up their real sizes as this JVM lays them out (headers, compressed references,
 * padding), so one instance is measured exactly, with no dependence on when a collector runs (a
 * {@code MemoryMXBean} reading after GC over many copies only estimates, and is disturbed by everything else the
 * heap holds). Objects shared with the rest of the JVM (enum constants, {@code Optional.empty()}, literals) are
 * counted as if owned, so the figures err high. Measured for each STU3 size: the mapped {@code CareRecord}, its
 * compact {@code CareRecordJson} length in UTF-8 bytes, HAPI's parsed Bundle of the same bytes, and the
 * {@code StructuredRecordResult} the client caches (the record plus the raw bytes it keeps for {@code bundle()}).
 * Writes {@code heap-footprint.json} into the directory given as the first argument.
 */
public final class HeapFootprint {
    private HeapFootprint() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "target/bench-results");
        Map<String, Object> results = new LinkedHashMap<>();
        for (BenchInputs.Stu3Size size : BenchInputs.Stu3Size.values()) {
            results.put(size.name(), measure(BenchInputs.stu3(size)));
        }
        Files.createDirectories(out);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(out.resolve("heap-footprint.json").toFile(), results);
        System.out.println(results);
    }

    static Map<String, Long> measure(byte[] body) {
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("inputBytes", (long) body.length);
        StructuredRecordMapping mapping = SdkPaths.stu3(body);
        CareRecord record = mapping.record();
        m.put("recordRetained", retained(record));
        m.put("recordJsonBytes", (long) CareRecordJson.compact().toJson(record).getBytes(StandardCharsets.UTF_8).length);
        StructuredRecordResult cached = new StructuredRecordResult(record, mapping.sourceIssues(),
                mapping.recordIssues(), GpConnectSetup.PRACTICE.value(), "bench", body);
        m.put("cachedResultRetained", retained(cached));
        mapping = null;
        m.put("hapiBundleRetained", retained(Baselines.hapiStu3(body)));
        return m;
    }

    static long retained(Object root) {
        return GraphLayout.parseInstance(root).totalSize();
    }
}
