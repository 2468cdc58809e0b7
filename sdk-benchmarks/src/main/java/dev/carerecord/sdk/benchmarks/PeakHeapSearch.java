package dev.carerecord.sdk.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Benchmark 1 (memory): the peak heap of mapping the 10 MB record, found as the smallest {@code -Xmx} with which
 * a fresh JVM ({@code -XX:+UseSerialGC}, so a full compacting collection runs before any
 * {@code OutOfMemoryError}) completes {@link PeakHeapProbe}, by bisection to {@value #STEP_MB} MB. The
 * {@code floor} mode (both FHIR contexts built and warmed, nothing read) is subtracted from each mode, so the
 * figure is what processing the document needs at its peak: its bytes, the JSON tree, the HAPI Bundle and (for
 * the SDK) the record. Writes {@code peak-heap.json} into the directory given as the first argument.
 */
public final class PeakHeapSearch {
    static final int STEP_MB = 4;
    private static final int FLOOR_MAX_MB = 512;
    private static final int ABOVE_FLOOR_MAX_MB = 320;

    private PeakHeapSearch() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/bench-results");
        Path document = BenchInputs.directory().resolve("stu3-scale-" + BenchInputs.Stu3Size.MB_10.scale() + ".json");
        BenchInputs.stu3(BenchInputs.Stu3Size.MB_10);
        BenchInputs.stu3(BenchInputs.Stu3Size.KB_300);
        List<String> modes = List.of("floor", "sdk", "hapi", "jackson");
        int floor = smallestHeap("floor", document, 8, FLOOR_MAX_MB);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Map<String, Future<Integer>> found = new LinkedHashMap<>();
        for (String mode : modes.subList(1, modes.size())) {
            found.put(mode, pool.submit(() -> smallestHeap(mode, document, floor, floor + ABOVE_FLOOR_MAX_MB)));
        }
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("inputBytes", Files.size(document));
        results.put("stepMb", STEP_MB);
        results.put("floorMb", floor);
        for (String mode : modes.subList(1, modes.size())) {
            results.put(mode + "Mb", found.get(mode).get());
        }
        pool.shutdown();
        Files.createDirectories(out);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(out.resolve("peak-heap.json").toFile(), results);
        System.out.println(results);
    }

    /** The smallest heap in MB (to {@link #STEP_MB}) in {@code (atLeast, atMost]} with which {@code mode} succeeds. */
    static int smallestHeap(String mode, Path document, int atLeast, int atMost) throws Exception {
        int ok = atMost;
        if (!runs(mode, document, ok)) {
            throw new IllegalStateException(mode + " fails even with " + atMost + " MB");
        }
        int failed = atLeast;
        while (ok - failed > STEP_MB) {
            int mid = (ok + failed) / 2;
            if (runs(mode, document, mid)) {
                ok = mid;
            } else {
                failed = mid;
            }
        }
        return ok;
    }

    private static boolean runs(String mode, Path document, int heapMb) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-Xmx" + heapMb + "m",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-D" + BenchInputs.DIR_PROPERTY + "=" + BenchInputs.directory().toAbsolutePath(),
                "-cp", System.getProperty("java.class.path"),
                PeakHeapProbe.class.getName(), mode, document.toAbsolutePath().toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return false;
        }
        int status = process.exitValue();
        if (status != 0 && status != PeakHeapProbe.OUT_OF_MEMORY && heapMb >= 64) {
            System.err.println("probe " + mode + " at " + heapMb + " MB exited " + status);
        }
        return status == 0;
    }
}
