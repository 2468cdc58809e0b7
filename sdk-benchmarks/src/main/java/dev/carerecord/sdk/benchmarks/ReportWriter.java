package dev.carerecord.sdk.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes {@code bench/RESULTS.md} from one run's outputs: the JMH JSON files, {@code heap-footprint.json} and
 * {@code peak-heap.json} in the results directory, plus the machine (date, JDK, CPU model, cores) and, when
 * present, a hand-written notes file (profiling findings) appended as is. Arguments: results directory, output
 * file, optional notes file.
 */
public final class ReportWriter {
    static final double PARSE_MAP_TARGET = 1.25;
    static final double PEAK_HEAP_TARGET = 6.0;
    static final double ROUND_TRIP_TARGET = 0.9;
    static final double CACHE_P99_TARGET_US = 50.0;
    static final double RETAINED_TARGET = 1.0;
    private static final String MISSING = "not measured";

    private final JmhResults jmh;
    private final JsonNode footprint;
    private final JsonNode peak;
    private final StringBuilder md = new StringBuilder();

    ReportWriter(JmhResults jmh, JsonNode footprint, JsonNode peak) {
        this.jmh = jmh;
        this.footprint = footprint;
        this.peak = peak;
    }

    public static void main(String[] args) throws IOException {
        Path results = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Optional<String> notes = args.length > 2 && Files.isRegularFile(Path.of(args[2]))
                ? Optional.of(Files.readString(Path.of(args[2]))) : Optional.empty();
        ObjectMapper json = new ObjectMapper();
        JsonNode footprint = readOrMissing(json, results.resolve("heap-footprint.json"));
        JsonNode peak = readOrMissing(json, results.resolve("peak-heap.json"));
        String report = new ReportWriter(JmhResults.read(results), footprint, peak).write(Machine.describe(), notes);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report, StandardCharsets.UTF_8);
        System.out.println(report);
    }

    private static JsonNode readOrMissing(ObjectMapper json, Path file) throws IOException {
        return Files.isRegularFile(file) ? json.readTree(file.toFile()) : json.missingNode();
    }

    /** The whole report. */
    String write(String machine, Optional<String> notes) {
        md.append("# Benchmark results\n\n");
        md.append("Written by `bench/run` on ")
                .append(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")))
                .append(". ").append(machine).append("\n\n");
        md.append("Every SDK figure is set against a baseline measured in the same run; the ratio is what to compare "
                + "across machines. Targets are goals of the benchmark, not tests.\n\n");
        md.append("| # | benchmark | SDK | baseline | ratio | target | result |\n");
        md.append("|---|---|---|---|---|---|---|\n");
        parseMap();
        peakHeap();
        cache();
        roundTrip();
        coldStart();
        md.append('\n');
        legend();
        notes.ifPresent(n -> md.append('\n').append(n.strip()).append('\n'));
        return md.toString();
    }

    private void parseMap() {
        for (BenchInputs.Stu3Size size : BenchInputs.Stu3Size.values()) {
            long bytes = footprintBytes(size.name());
            String label = "GP Connect STU3 " + (bytes > 0 ? sizeLabel(bytes) : size.name());
            parseMapRows("1", label, size.name(), "HAPI STU3 parse", bytes);
        }
        parseMapRows("2", "R4 UK Core search page", "search", "HAPI R4 parse", -1);
        parseMapRows("2", "IPS document", "ips", "HAPI R4 parse", -1);
    }

    private void parseMapRows(String number, String label, String param, String hapiName, long knownBytes) {
        Optional<JmhResults.Result> sdk = jmh.find("sdkParseMap", 0, param);
        Optional<JmhResults.Result> hapi = jmh.find("hapiParse", 0, param);
        Optional<JmhResults.Result> jackson = jmh.find("jacksonReadTree", 0, param);
        long bytes = knownBytes > 0 ? knownBytes : inputBytes(param);
        if (sdk.isEmpty() || hapi.isEmpty()) {
            row(number, label + ": parse + map", MISSING, MISSING, "", "<= " + PARSE_MAP_TARGET + "x HAPI", "");
            return;
        }
        double ratio = sdk.get().score() / hapi.get().score();
        row(number, label + ": parse + map vs " + hapiName, speed(sdk.get(), bytes), speed(hapi.get(), bytes),
                ratio(ratio), "<= " + PARSE_MAP_TARGET + "x", verdict(ratio <= PARSE_MAP_TARGET));
        jackson.ifPresent(j -> row(number, label + ": parse + map vs Jackson readTree (floor)", speed(sdk.get(), bytes),
                speed(j, bytes), ratio(sdk.get().score() / j.score()), "-", "-"));
    }

    private void peakHeap() {
        if (peak.isMissingNode()) {
            row("1", "peak heap mapping the 10 MB record", MISSING, MISSING, "", "< " + PEAK_HEAP_TARGET + "x size", "");
            return;
        }
        double mb = peak.path("inputBytes").asDouble() / 1_048_576.0;
        double floor = peak.path("floorMb").asDouble();
        double sdk = peak.path("sdkMb").asDouble() - floor;
        double hapi = peak.path("hapiMb").asDouble() - floor;
        double jackson = peak.path("jacksonMb").asDouble() - floor;
        row("1", "peak heap, 10 MB record: SDK parse + map vs HAPI parse",
                String.format(Locale.ROOT, "%.0f MB (%.1fx size)", sdk, sdk / mb),
                String.format(Locale.ROOT, "%.0f MB (%.1fx size)", hapi, hapi / mb), ratio(sdk / hapi),
                "SDK < " + PEAK_HEAP_TARGET + "x size", verdict(sdk / mb < PEAK_HEAP_TARGET));
        row("1", "peak heap, 10 MB record: Jackson readTree (floor)", "-",
                String.format(Locale.ROOT, "%.0f MB (%.1fx size)", jackson, jackson / mb), "-", "-", "-");
    }

    private void cache() {
        Optional<JmhResults.Result> client = jmh.find("clientCacheHit", 0, "default");
        Optional<JmhResults.Result> pinned = jmh.find("clientCacheHit", 0, "pinned");
        Optional<JmhResults.Result> pipeline = jmh.find("pipelineCacheHit", 0, null);
        Optional<JmhResults.Result> map = jmh.find("baselineMapGet", 0, null);
        if (client.isPresent() && map.isPresent()) {
            double p99 = micros(client.get(), 99.0);
            row("3", "cache hit, whole client call (`getStructuredRecord`)", latency(client.get()), latency(map.get())
                    + " (ConcurrentHashMap.get)", ratio(p99 / micros(map.get(), 99.0)) + " (p99)",
                    "p99 < " + (int) CACHE_P99_TARGET_US + " us", verdict(p99 < CACHE_P99_TARGET_US));
        } else {
            row("3", "cache hit latency", MISSING, MISSING, "", "p99 < " + (int) CACHE_P99_TARGET_US + " us", "");
        }
        pinned.ifPresent(p -> map.ifPresent(m -> row("3", "cache hit, whole client call, what-if: "
                + "`-Djakarta.json.provider` pinned (no service-loader scan per JSON builder)", latency(p),
                latency(m) + " (ConcurrentHashMap.get)", ratio(micros(p, 99.0) / micros(m, 99.0)) + " (p99)",
                "p99 < " + (int) CACHE_P99_TARGET_US + " us", verdict(micros(p, 99.0) < CACHE_P99_TARGET_US)
                        + " (what-if)")));
        pipeline.ifPresent(p -> map.ifPresent(m -> row("3", "cache hit, `HttpPipeline.execute` alone", latency(p),
                latency(m) + " (ConcurrentHashMap.get)", ratio(micros(p, 99.0) / micros(m, 99.0)) + " (p99)",
                "p99 < " + (int) CACHE_P99_TARGET_US + " us", verdict(micros(p, 99.0) < CACHE_P99_TARGET_US))));
        if (footprint.isMissingNode()) {
            row("3", "retained heap of a cached record", MISSING, MISSING, "", "<= JSON length", "");
            return;
        }
        for (BenchInputs.Stu3Size size : BenchInputs.Stu3Size.values()) {
            JsonNode f = footprint.path(size.name());
            if (f.isMissingNode()) {
                continue;
            }
            long record = f.path("recordRetained").asLong();
            long json = f.path("recordJsonBytes").asLong();
            long input = f.path("inputBytes").asLong();
            double ratio = (double) record / json;
            row("3", "retained heap, `CareRecord` of the " + sizeLabel(input) + " Bundle vs its CareRecordJson",
                    bytes(record), bytes(json) + " JSON", ratio(ratio), "<= " + RETAINED_TARGET + "x",
                    verdict(ratio <= RETAINED_TARGET));
            long cached = f.path("cachedResultRetained").asLong();
            long hapi = f.path("hapiBundleRetained").asLong();
            row("3", "retained heap, " + sizeLabel(input) + ": cached `StructuredRecordResult` (record + raw bytes) "
                    + "vs HAPI Bundle", bytes(cached) + String.format(Locale.ROOT, " (%.1fx input)", (double) cached / input),
                    bytes(hapi) + String.format(Locale.ROOT, " (%.1fx input)", (double) hapi / input),
                    ratio((double) cached / hapi), "-", "-");
        }
    }

    private void roundTrip() {
        for (int threads : new int[] {1, 8}) {
            Optional<JmhResults.Result> sdk = jmh.find("sdkGetStructuredRecord", threads, null);
            Optional<JmhResults.Result> bare = jmh.find("bareHttpAndHapiParse", threads, null);
            String target = threads == 8 ? ">= " + ROUND_TRIP_TARGET + "x" : "-";
            if (sdk.isEmpty() || bare.isEmpty()) {
                row("4", "round trip, concurrency " + threads, MISSING, MISSING, "", target, "");
                continue;
            }
            double ratio = throughput(sdk.get()) / throughput(bare.get());
            row("4", "round trip on loopback, concurrency " + threads + ": `getStructuredRecord` vs bare "
                    + "java.net.http + HAPI parse", roundTrip(sdk.get()), roundTrip(bare.get()), ratio(ratio)
                    + " (throughput)", target, threads == 8 ? verdict(ratio >= ROUND_TRIP_TARGET) : "-");
            Optional<JmhResults.Result> pipe = jmh.find("pipelineAndHapiParse", threads, null);
            if (pipe.isPresent()) {
                row("4", "round trip, concurrency " + threads + ", split: the SDK's `HttpPipeline` + HAPI parse (no "
                        + "mapping) vs bare", roundTrip(pipe.get()), roundTrip(bare.get()),
                        ratio(throughput(pipe.get()) / throughput(bare.get())) + " (throughput)", "-", "-");
            }
        }
    }

    private void coldStart() {
        Optional<JmhResults.Result> sdk = jmh.find("sdkFirstRecord", 0, null);
        Optional<JmhResults.Result> hapi = jmh.find("hapiFirstParse", 0, null);
        if (sdk.isEmpty() || hapi.isEmpty()) {
            row("5", "cold start", MISSING, MISSING, "", "-", "");
            return;
        }
        row("5", "cold start, fresh JVM: first mapped record (client built, call over loopback) vs FhirContext + "
                + "first parse of the same bytes", coldStart(sdk.get()), coldStart(hapi.get()),
                ratio(sdk.get().score() / hapi.get().score()), "-", "-");
    }

    private void legend() {
        md.append("How each figure is taken:\n\n");
        md.append("- **1, 2 parse + map**: JMH average time per document, turned into MB/s of input; SDK = lenient "
                + "parse on the SDK's shared context + mapping to the model, exactly as the clients do it; baselines = "
                + "HAPI's parse alone (a plain context of the benchmark's own) and Jackson `readTree` of the same "
                + "bytes. Inputs: the sandbox's rich patient at scales 8, 40 and 430 on a fixed date; the R4 "
                + "documents come from the sandbox's shared care record over HTTP (an Observation searchset page of "
                + "50 with `_include`d performers, and `Patient/$summary`).\n");
        md.append("- **1 peak heap**: the smallest `-Xmx` (bisection to " + PeakHeapSearch.STEP_MB + " MB, "
                + "`-XX:+UseSerialGC`, a fresh JVM per try) with which one parse (+ map) of the 10 MB document "
                + "completes, minus the same for a JVM that built and warmed both FHIR contexts but read nothing: the "
                + "live data needed at the peak (input bytes, JSON tree, HAPI model and, for the SDK, the record).\n");
        md.append("- **3 cache hit**: JMH sample time (p50 / p99) of a call answered from the pipeline's "
                + "`ResponseCache` (in-memory Caffeine `CacheStore`, clinical caching on); the audit event is built "
                + "and handed to the default SLF4J sink (logger at WARN). Baseline: `ConcurrentHashMap.get`.\n");
        md.append("- **3 retained heap**: JOL `GraphLayout` (the sizes this JVM really gives every object reachable "
                + "from the root; exact for one instance and independent of GC timing, unlike a `MemoryMXBean` "
                + "reading; objects shared with the JVM such as enum constants count as owned, so it errs high). JSON "
                + "length: `CareRecordJson.compact()` in UTF-8 bytes.\n");
        md.append("- **4 round trip**: JMH sample time at 1 and 8 threads against an in-process sandbox on 127.0.0.1 "
                + "(the rich patient at scale 8, about 300 KB; the sandbox renders each response, for both sides); "
                + "throughput = threads / mean time (closed loop). Baseline: `java.net.http` with the headers, JWT and "
                + "body the client sent (fresh `Ssp-TraceID` per call), then HAPI's parse.\n");
        md.append("- **5 cold start**: JMH single shot in fresh JVMs (one per fork); the sandbox runs in another JVM. "
                + "Mean over forks.\n");
        md.append("- **±**: JMH's 99.9% confidence half-width over the measured iterations; on a shared machine it is "
                + "wide, and ratios of one run are only as good as it.\n");
    }

    private void row(String number, String what, String sdk, String baseline, String ratio, String target,
            String verdict) {
        md.append("| ").append(number).append(" | ").append(what).append(" | ").append(sdk).append(" | ")
                .append(baseline).append(" | ").append(ratio).append(" | ").append(target).append(" | ")
                .append(verdict).append(" |\n");
    }

    private long footprintBytes(String size) {
        return footprint.path(size).path("inputBytes").asLong(inputBytes(size));
    }

    private static long inputBytes(String param) {
        Path file = switch (param) {
            case "search" -> BenchInputs.directory().resolve("r4-search.json");
            case "ips" -> BenchInputs.directory().resolve("ips-document.json");
            default -> BenchInputs.directory().resolve("stu3-scale-" + BenchInputs.Stu3Size.valueOf(param).scale()
                    + ".json");
        };
        try {
            return Files.size(file);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static String speed(JmhResults.Result r, long bytes) {
        double ms = toMillis(r.score(), r.unit());
        double error = toMillis(r.error(), r.unit());
        String time = ms >= 10 ? String.format(Locale.ROOT, "%.0f ms", ms) : String.format(Locale.ROOT, "%.2f ms", ms);
        if (!Double.isNaN(error) && error > 0) {
            time += ms >= 10 ? String.format(Locale.ROOT, " ± %.0f", error) : String.format(Locale.ROOT, " ± %.2f", error);
        }
        if (bytes <= 0) {
            return time;
        }
        return String.format(Locale.ROOT, "%.0f MB/s (%s)", bytes / 1_000_000.0 / (ms / 1000.0), time);
    }

    private static String latency(JmhResults.Result r) {
        return "p50 " + micros(micros(r, 50.0)) + ", p99 " + micros(micros(r, 99.0));
    }

    private static String micros(double us) {
        return us < 1 ? String.format(Locale.ROOT, "%.0f ns", us * 1000) : String.format(Locale.ROOT, "%.1f us", us);
    }

    private static String roundTrip(JmhResults.Result r) {
        return String.format(Locale.ROOT, "%.0f req/s, p50 %.1f ms, p99 %.1f ms", throughput(r),
                toMillis(r.percentile(50.0), r.unit()), toMillis(r.percentile(99.0), r.unit()));
    }

    private static String coldStart(JmhResults.Result r) {
        return String.format(Locale.ROOT, "%.0f ms (%d JVMs)", toMillis(r.score(), r.unit()), r.samples());
    }

    static double throughput(JmhResults.Result r) {
        return r.threads() * 1000.0 / toMillis(r.score(), r.unit());
    }

    private static double micros(JmhResults.Result r, double percentile) {
        return toMillis(r.percentile(percentile), r.unit()) * 1000.0;
    }

    static double toMillis(double value, String unit) {
        return switch (unit) {
            case "ns/op" -> value / 1_000_000.0;
            case "us/op" -> value / 1000.0;
            case "ms/op" -> value;
            case "s/op" -> value * 1000.0;
            default -> throw new IllegalArgumentException("unexpected unit " + unit);
        };
    }

    private static String ratio(double r) {
        return r >= 100 ? String.format(Locale.ROOT, "%,.0fx", r) : String.format(Locale.ROOT, "%.2fx", r);
    }

    static String verdict(boolean met) {
        return met ? "MET" : "NOT MET";
    }

    private static String bytes(long n) {
        return n >= 1_048_576 ? String.format(Locale.ROOT, "%.1f MB", n / 1_048_576.0)
                : String.format(Locale.ROOT, "%.0f KB", n / 1024.0);
    }

    private static String sizeLabel(long n) {
        return n <= 0 ? "" : bytes(n);
    }
}
